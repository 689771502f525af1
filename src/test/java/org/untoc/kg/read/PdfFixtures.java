package org.untoc.kg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a text as a PDF the way UN documents are printed: paragraphs hard-wrapped, a gap between paragraphs,
 * a running header with a document symbol and a footer with a page counter and a job number on every page.
 */
public final class PdfFixtures {
    /** A Unicode TrueType font (superscript digits, curly quotes); tests are skipped where it is missing. */
    public static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float FONT_SIZE = 10;
    private static final float LEADING = 13;
    private static final float MARGIN = 60;
    /** The running header every page carries, as a UN PDF carries its symbol. */
    static final String SYMBOL = "CTOC/COP/TEST/2024/1";

    private PdfFixtures() {}

    /** Writes paragraphs (separated by blank lines in text) to a PDF file. */
    public static void write(String text, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, FONT.toFile());
            PDRectangle size = PDRectangle.A4;
            float width = size.getWidth() - 2 * MARGIN;
            int linesPerPage = (int) ((size.getHeight() - 2 * MARGIN - 3 * LEADING) / LEADING);
            List<List<String>> pages = layout(text, font, width, linesPerPage);
            for (int n = 0; n < pages.size(); n++) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    line(out, font, MARGIN, size.getHeight() - MARGIN + 2 * LEADING, SYMBOL);
                    float y = size.getHeight() - MARGIN;
                    for (String l : pages.get(n)) {
                        if (!l.isEmpty()) line(out, font, MARGIN, y, l);
                        y -= LEADING;
                    }
                    line(out, font, MARGIN, MARGIN - 2 * LEADING, (n + 1) + "/" + pages.size() + " V.24-00001");
                }
            }
            doc.save(pdf.toFile());
        }
    }

    private static final float NOTE_SIZE = 8;
    private static final float NOTE_LEADING = 10;
    /** Room for the short rule printed above a page's notes. */
    private static final float RULE_SPACE = 12;
    private static final Pattern NOTE_LINE = Pattern.compile("^\\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s+(.*)$");
    private static final Pattern MARKER = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");

    /** One page being laid out: its body lines ("" a paragraph gap), its notes' lines, and the height they take. */
    private static final class Page {
        final List<String> body = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        float height;
    }

    /**
     * Writes paragraphs as {@link #write} does, but each note (a "¹ text" line of {@code text}) at the foot of the
     * page that first cites it, smaller and under a short rule, as UN documents print their notes; a note no line
     * cites closes the last page. Text extraction then gives the notes between a page's last line and its footer.
     */
    public static void writeWithPageNotes(String text, Path pdf) throws IOException {
        Map<String, String> notes = new LinkedHashMap<>();
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\n")) {
            Matcher m = NOTE_LINE.matcher(line);
            if (m.matches()) {
                notes.putIfAbsent(m.group(1), m.group(2).strip());
            } else if (!line.isBlank()) {
                paragraphs.add(line.strip().replaceAll("\\s+", " "));
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, FONT.toFile());
            PDRectangle size = PDRectangle.A4;
            float width = size.getWidth() - 2 * MARGIN;
            float room = size.getHeight() - 2 * MARGIN - 2 * LEADING;
            List<Page> pages = new ArrayList<>();
            Page page = new Page();
            Set<String> placed = new HashSet<>();
            for (String paragraph : paragraphs) {
                for (String line : wrap(paragraph, font, FONT_SIZE, width)) {
                    List<String> noteLines = new ArrayList<>();
                    List<String> cited = new ArrayList<>();
                    Matcher m = MARKER.matcher(line);
                    while (m.find()) {
                        if (notes.containsKey(m.group()) && !placed.contains(m.group()) && !cited.contains(m.group())) {
                            cited.add(m.group());
                            noteLines.addAll(wrap(m.group() + " " + notes.get(m.group()), font, NOTE_SIZE, width));
                        }
                    }
                    if (page.height + need(page, noteLines) > room && !page.body.isEmpty()) {
                        pages.add(page);
                        page = new Page();
                    }
                    page.height += need(page, noteLines);
                    page.body.add(line);
                    page.notes.addAll(noteLines);
                    placed.addAll(cited);
                }
                page.body.add("");
                page.height += LEADING;
            }
            for (Map.Entry<String, String> n : notes.entrySet()) {
                if (!placed.contains(n.getKey())) {
                    page.notes.addAll(wrap(n.getKey() + " " + n.getValue(), font, NOTE_SIZE, width));
                }
            }
            pages.add(page);
            for (int n = 0; n < pages.size(); n++) {
                PDPage pdPage = new PDPage(size);
                doc.addPage(pdPage);
                try (PDPageContentStream out = new PDPageContentStream(doc, pdPage)) {
                    line(out, font, FONT_SIZE, MARGIN, size.getHeight() - MARGIN + 2 * LEADING, SYMBOL);
                    float y = size.getHeight() - MARGIN;
                    for (String l : pages.get(n).body) {
                        if (!l.isEmpty()) line(out, font, FONT_SIZE, MARGIN, y, l);
                        y -= LEADING;
                    }
                    List<String> foot = pages.get(n).notes;
                    if (!foot.isEmpty()) {
                        float top = MARGIN + foot.size() * NOTE_LEADING;
                        out.moveTo(MARGIN, top + 4);
                        out.lineTo(MARGIN + 120, top + 4);
                        out.stroke();
                        float ny = top - NOTE_LEADING;
                        for (String l : foot) {
                            line(out, font, NOTE_SIZE, MARGIN, ny, l);
                            ny -= NOTE_LEADING;
                        }
                    }
                    line(out, font, FONT_SIZE, MARGIN, MARGIN - 2 * LEADING, (n + 1) + "/" + pages.size() + " V.24-00001");
                }
            }
            doc.save(pdf.toFile());
        }
    }

    /** The height a body line takes on the page, with its notes (and the rule, for a page's first notes). */
    private static float need(Page page, List<String> noteLines) {
        float rule = page.notes.isEmpty() && !noteLines.isEmpty() ? RULE_SPACE : 0;
        return LEADING + noteLines.size() * NOTE_LEADING + rule;
    }

    private static void line(PDPageContentStream out, PDFont font, float x, float y, String s) throws IOException {
        line(out, font, FONT_SIZE, x, y, s);
    }

    /**
     * Superscript digits are printed as UN documents print footnote markers: ordinary digits, smaller and raised.
     * Text extraction then gives plain digits ("Crime,1"; "1 United Nations …"), as it does for real documents.
     */
    private static void line(PDPageContentStream out, PDFont font, float fontSize, float x, float y, String s)
            throws IOException {
        out.beginText();
        out.newLineAtOffset(x, y);
        StringBuilder run = new StringBuilder();
        boolean raised = false;
        for (int i = 0; i <= s.length(); i++) {
            boolean sup = i < s.length() && Superscripts.isSuperscript(s.charAt(i));
            if (i == s.length() || sup != raised) {
                if (!run.isEmpty()) {
                    out.setFont(font, raised ? fontSize * 0.6f : fontSize);
                    out.setTextRise(raised ? fontSize * 0.35f : 0);
                    out.showText(raised ? Superscripts.toDigits(run.toString()) : run.toString());
                    run.setLength(0);
                }
                raised = sup;
            }
            if (i < s.length()) run.append(s.charAt(i));
        }
        out.setTextRise(0);
        out.endText();
    }

    /** Lines per page; "" is the gap between paragraphs. */
    private static List<List<String>> layout(String text, PDFont font, float width, int perPage) throws IOException {
        List<String> lines = new ArrayList<>();
        // One source line is one paragraph (plain text); footnote lines stay lines of their own.
        for (String paragraph : text.split("\\n")) {
            String p = paragraph.strip().replaceAll("\\s+", " ");
            if (p.isEmpty()) continue;
            lines.addAll(wrap(p, font, FONT_SIZE, width));
            lines.add("");
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += perPage) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + perPage)));
        }
        return pages;
    }

    private static List<String> wrap(String paragraph, PDFont font, float fontSize, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * fontSize > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }

    public static boolean fontAvailable() {
        return Files.isReadable(FONT);
    }
}
