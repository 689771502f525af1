package org.untoc.kg.normalize;

import java.util.List;
import java.util.regex.Pattern;
import org.untoc.kg.read.RawDocument;
import org.untoc.kg.read.SourceFormat;
import org.untoc.kg.read.Superscripts;
import org.untoc.kg.structure.TextShape;

/**
 * Shape from content: a PDF is PDF_EXTRACT and a .docx PLAIN by construction; a text file is MARKDOWN when it has
 * Markdown block markup (headings, {@code <sup>} markers, footnote rules), PDF_EXTRACT when most of its lines are
 * hard-wrapped mid-sentence or it carries running headers, and PLAIN otherwise; a text whose layout does not
 * separate its paragraphs at all (hard-wrapped without blank lines, flattened) is LAYOUT_FREE.
 */
public final class ContentShapeDetector implements ShapeDetector {
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+\\S.*");
    private static final Pattern MD_RULE = Pattern.compile("^\\s{0,3}-{3,}\\s*$");
    private static final Pattern MD_SUP = Pattern.compile(".*<sup>[^<]+</sup>.*");
    private static final LineEnds ENDS_CLAUSE = new LineEnds(LineEnds.CLAUSE, LineEnds.QUOTES, false, true);
    /** Share of text lines that break mid-sentence above which a text is hard-wrapped. */
    private static final double HARD_WRAPPED = 0.3;

    @Override
    public TextShape detect(RawDocument document) {
        if (document.format() == SourceFormat.PDF) {
            return TextShape.PDF_EXTRACT;
        }
        if (document.format() == SourceFormat.DOCX) {
            return TextShape.PLAIN;
        }
        if (document.format() == SourceFormat.HTML) {
            return TextShape.MARKDOWN; // the HTML reader writes the page's markup as Markdown
        }
        if (LayoutRecovery.layoutFree(document.text())) {
            return TextShape.LAYOUT_FREE;
        }
        List<String> lines = document.text().lines().toList();
        int markdown = 0;
        int headers = 0;
        int text = 0;
        int wrapped = 0;
        int superscripts = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            text++;
            if (MD_HEADING.matcher(line).matches() || MD_RULE.matcher(line).matches() || MD_SUP.matcher(line).matches()) {
                markdown++;
            }
            if (RunningHeaders.isHeaderOrFooter(line)) {
                headers++;
            }
            if (Superscripts.containsAny(line)) {
                superscripts++;
            }
            String next = nextText(lines, i);
            if (next != null && !ENDS_CLAUSE.test(line) && Character.isLowerCase(next.strip().charAt(0))) {
                wrapped++;
            }
        }
        if (markdown >= 2 && markdown >= superscripts) {
            return TextShape.MARKDOWN;
        }
        if (text > 0 && (wrapped >= text * HARD_WRAPPED || (headers >= 2 && wrapped >= text * 0.1))) {
            return TextShape.PDF_EXTRACT;
        }
        return TextShape.PLAIN;
    }

    private static String nextText(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j);
            }
        }
        return null;
    }
}
