package org.untoc.kg.normalize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.TextShape;

/**
 * Text extracted from PDF: hard-wrapped lines, often a blank line after every line, running headers and footers,
 * indented paragraph starts, words broken in two and end-of-line hyphens. A paragraph starts at a labelled line
 * ("12.", "(a)", "II.", "A."), at an indented line after a finished sentence, or at a blank line when blank lines
 * are not mere double spacing.
 */
public final class PdfExtractNormalizer implements Normalizer {
    /** Above this share of blank lines inside sentences, blank lines are spacing, not paragraph breaks. */
    private static final double DOUBLE_SPACED = 0.25;
    private static final int MIN_CONTINUATIONS = 3;
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^\\s*(?:\\d{1,3}\\.|[IVXL]{1,6}\\.|[A-Z]\\.|\\([a-z]{1,2}\\)|\\([ivx]{1,5}\\))\\s+[\\p{Lu}\\d“\"‘'(].*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.;:!?][”\"’')]*$");
    /** Cover-page lines stand alone: they are not wrapped prose, and joining them would hide the date and symbol. */
    private static final Pattern COVER_LINE = Pattern.compile(
            "^\\s*(?:Distr\\.|Original:|Item \\d+ of|Agenda item|United Nations\\s+" + RunningHeaders.SYMBOL
                    + "|" + RunningHeaders.SYMBOL + "\\s*$).*");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*\\d{1,2} \\p{L}+ \\d{4}\\s*$");
    /** Table-of-contents lines have dot leaders and a page number; the headings come again in the body. */
    private static final Pattern CONTENTS_LINE = Pattern.compile(".*(?:\\.\\s?){4,}\\s*\\d{1,3}\\s*$");

    @Override
    public TextShape shape() {
        return TextShape.PDF_EXTRACT;
    }

    @Override
    public NormalizedText normalize(Path source, String text) {
        List<SourceLine> all = Lines.split(text);
        List<String> headers = new ArrayList<>();
        List<SourceLine> lines = new ArrayList<>();
        for (SourceLine line : all) {
            if (CONTENTS_LINE.matcher(line.text()).matches()) {
                continue;
            }
            if (!line.isBlank() && RunningHeaders.isHeaderOrFooter(line.text())) {
                if (!RunningHeaders.isLinkLine(line.text())) {
                    headers.add(Whitespace.collapse(line.text()));
                }
            } else {
                lines.add(line);
            }
        }
        boolean blankIsBreak = !doubleSpaced(lines);
        WordRepair repair = new WordRepair(new Vocabulary(lines.stream().map(SourceLine::text).toList()));
        Map<String, Footnote> footnotes = new LinkedHashMap<>();
        List<RawParagraph> raws = new ArrayList<>();
        String current = null;
        int start = 0;
        boolean sawBlank = false;
        boolean afterFootnotes = false;
        boolean previousWasCover = false;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                sawBlank = true;
                continue;
            }
            FootnoteLine.Parsed note = FootnoteLine.parse(line.text());
            if (note != null) {
                Footnotes.add(footnotes, new FootnoteLine.Parsed(note.marker(), repair.repairLine(note.text())),
                        line.number());
                if (current != null) {
                    raws.add(new RawParagraph(current, start, 0, false));
                    current = null;
                }
                afterFootnotes = true;
                sawBlank = false;
                continue;
            }
            String repaired = repair.repairLine(line.text());
            boolean cover = COVER_LINE.matcher(line.text()).matches();
            boolean dateOfDistr = previousWasCover && current != null && current.startsWith("Distr")
                    && DATE_LINE.matcher(line.text()).matches();
            boolean startsParagraph = current == null || cover || (previousWasCover && !dateOfDistr)
                    || (blankIsBreak && sawBlank)
                    || LABEL_LINE.matcher(line.text()).matches()
                    || (indented(line.text()) && !Character.isLowerCase(repaired.charAt(0))
                        && ENDS_SENTENCE.matcher(current).matches());
            if (startsParagraph) {
                if (current != null) {
                    raws.add(new RawParagraph(current, start, 0, afterFootnotes));
                }
                current = repaired;
                start = line.number();
                afterFootnotes = false;
            } else {
                current = repair.joinLines(current, repaired);
            }
            sawBlank = false;
            previousWasCover = cover;
        }
        if (current != null) {
            raws.add(new RawParagraph(current, start, 0, false));
        }
        return new NormalizedText(source, shape(), ParagraphAssembler.assemble(raws), footnotes, headers);
    }

    private static boolean indented(String line) {
        return !line.isEmpty() && Character.isWhitespace(line.charAt(0));
    }

    /**
     * Blank lines are mere spacing when sentences run on across them: the line after a blank continues in lower
     * case. Counting blank-followed lines alone would mistake a text of one-line paragraphs for double spacing.
     */
    private static boolean doubleSpaced(List<SourceLine> lines) {
        int blankFollowed = 0;
        int continuedAcrossBlank = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).isBlank() || !lines.get(i + 1).isBlank()) {
                continue;
            }
            blankFollowed++;
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) j++;
            if (j < lines.size()) {
                String next = lines.get(j).text().strip();
                if (!next.isEmpty() && Character.isLowerCase(next.charAt(0))) continuedAcrossBlank++;
            }
        }
        return continuedAcrossBlank >= Math.max(MIN_CONTINUATIONS, blankFollowed * DOUBLE_SPACED);
    }

}
