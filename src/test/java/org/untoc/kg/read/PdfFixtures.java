package org.untoc.kg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Superscript digits are printed as UN documents print footnote markers: ordinary digits, smaller and raised.
     * Text extraction then gives plain digits ("Crime,1"; "1 United Nations …"), as it does for real documents.
     */
    private static void line(PDPageContentStream out, PDFont font, float x, float y, String s) throws IOException {
        out.beginText();
        out.newLineAtOffset(x, y);
        StringBuilder run = new StringBuilder();
        boolean raised = false;
        for (int i = 0; i <= s.length(); i++) {
            boolean sup = i < s.length() && Superscripts.isSuperscript(s.charAt(i));
            if (i == s.length() || sup != raised) {
                if (!run.isEmpty()) {
                    out.setFont(font, raised ? FONT_SIZE * 0.6f : FONT_SIZE);
                    out.setTextRise(raised ? FONT_SIZE * 0.35f : 0);
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
            lines.addAll(wrap(p, font, width));
            lines.add("");
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += perPage) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + perPage)));
        }
        return pages;
    }

    private static List<String> wrap(String paragraph, PDFont font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
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
