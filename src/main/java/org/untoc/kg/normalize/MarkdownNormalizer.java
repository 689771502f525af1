package org.untoc.kg.normalize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.TextShape;

/**
 * Markdown: "#" headings, all-bold lines as headings, emphasis, {@code <sup>} footnote markers, footnote blocks
 * after a "---" rule, and paragraphs cut by such a block rejoined.
 */
public final class MarkdownNormalizer implements Normalizer {
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern ALL_BOLD = Pattern.compile("^\\s*(\\*\\*|__)(?!\\s)(.+?)\\1\\s*$", Pattern.DOTALL);

    @Override
    public TextShape shape() {
        return TextShape.MARKDOWN;
    }

    @Override
    public NormalizedText normalize(Path source, String text) {
        List<SourceLine> lines = Lines.split(text);
        List<RawParagraph> raws = new ArrayList<>();
        Map<String, Footnote> footnotes = new LinkedHashMap<>();
        StringBuilder buffer = new StringBuilder();
        int start = 0;
        String previous = null;
        for (SourceLine line : lines) {
            String s = line.text();
            Matcher heading = ATX_HEADING.matcher(s);
            FootnoteLine.Parsed note = FootnoteLine.parse(s);
            boolean breaks = line.isBlank() || heading.matches() || RULE.matcher(s).matches() || note != null;
            boolean item = !buffer.isEmpty() && LaidOutItems.opensItem(previous, s);
            previous = line.isBlank() ? null : s;
            if ((breaks || item) && !buffer.isEmpty()) {
                raws.add(paragraph(buffer.toString(), start));
                buffer.setLength(0);
            }
            if (note != null) {
                Footnotes.add(footnotes, note, line.number());
            } else if (heading.matches()) {
                raws.add(new RawParagraph(heading.group(2), line.number(), heading.group(1).length()));
            } else if (!breaks) {
                if (buffer.isEmpty()) {
                    start = line.number();
                } else {
                    buffer.append(' ');
                }
                buffer.append(s.strip());
            }
        }
        if (!buffer.isEmpty()) {
            raws.add(paragraph(buffer.toString(), start));
        }
        return new NormalizedText(source, shape(), ParagraphAssembler.assemble(raws), footnotes, List.of());
    }

    private static RawParagraph paragraph(String text, int line) {
        return new RawParagraph(text, line, ALL_BOLD.matcher(text).matches() ? Paragraph.BOLD_LINE : 0);
    }
}
