package org.untoc.kg.normalize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.TextShape;

/**
 * Plain text: paragraphs separated by blank lines, footnote lines opening with a superscript marker ("¹ …"),
 * superscript markers in the text; a paragraph cut by footnote lines is rejoined.
 */
public final class PlainNormalizer implements Normalizer {
    @Override
    public TextShape shape() {
        return TextShape.PLAIN;
    }

    @Override
    public NormalizedText normalize(Path source, String text) {
        List<RawParagraph> raws = new ArrayList<>();
        Map<String, Footnote> footnotes = new LinkedHashMap<>();
        StringBuilder buffer = new StringBuilder();
        int start = 0;
        boolean afterFootnotes = false;
        for (SourceLine line : Lines.split(text)) {
            FootnoteLine.Parsed note = FootnoteLine.parse(line.text());
            if ((line.isBlank() || note != null) && !buffer.isEmpty()) {
                raws.add(new RawParagraph(buffer.toString(), start, 0, afterFootnotes));
                afterFootnotes = false;
                buffer.setLength(0);
            }
            if (note != null) {
                Footnotes.add(footnotes, note, line.number());
                afterFootnotes = true;
            } else if (!line.isBlank()) {
                if (buffer.isEmpty()) {
                    start = line.number();
                } else {
                    buffer.append(' ');
                }
                buffer.append(line.text().strip());
            }
        }
        if (!buffer.isEmpty()) {
            raws.add(new RawParagraph(buffer.toString(), start, 0, afterFootnotes));
        }
        return new NormalizedText(source, shape(), ParagraphAssembler.assemble(raws), footnotes, List.of());
    }
}
