package org.untoc.kg.normalize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.TextShape;

/**
 * Plain text: paragraphs separated by blank lines (or one per line, as a word processor exports them), footnote
 * lines opening with a superscript marker ("¹ …") or with the plain number a lost superscript leaves, when its
 * marker came before ({@link PlainDigitFootnotes}); a paragraph cut by footnote lines is rejoined.
 */
public final class PlainNormalizer implements Normalizer {
    private static final int MIN_LINES = 3;
    /** Fewer blank-line paragraph breaks than one in this many lines: lines are paragraphs. */
    private static final int BLANK_SHARE = 10;

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
        List<SourceLine> lines = Lines.split(text);
        boolean linePerParagraph = withoutBlankLines(lines);
        if (linePerParagraph) {
            // A word processor's plain-text export loses raised markers as PDF text does ("Crime1", notes "1 United
            // Nations, …" at the end): the same consistency check sets them apart. Blank-line texts keep theirs.
            lines = PlainDigitFootnotes.raise(lines);
        }
        boolean starCited = false;
        String previous = null;
        for (SourceLine line : lines) {
            FootnoteLine.Parsed note = FootnoteLine.parse(line.text(), starCited);
            starCited |= note == null && FootnoteLine.citesStar(line.text());
            boolean item = !buffer.isEmpty() && LaidOutItems.opensItem(previous, line.text());
            // An act's heading is a line of its own, in a block with its title or not.
            boolean heading = !buffer.isEmpty() && (ActHeadingLine.is(previous) || ActHeadingLine.is(line.text()));
            previous = line.isBlank() ? null : line.text();
            if ((line.isBlank() || note != null || linePerParagraph || item || heading) && !buffer.isEmpty()) {
                raws.add(new RawParagraph(buffer.toString(), start, 0));
                buffer.setLength(0);
            }
            if (note != null) {
                Footnotes.add(footnotes, note, line.number());
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
            raws.add(new RawParagraph(buffer.toString(), start, 0));
        }
        return new NormalizedText(source, shape(), ParagraphAssembler.assemble(raws), footnotes, List.of());
    }

    /**
     * A text that never separates paragraphs by blank lines (a word processor's export) has one paragraph per
     * line; a line cut mid-sentence is still rejoined by the assembler.
     */
    private static boolean withoutBlankLines(List<SourceLine> lines) {
        int text = 0;
        int blankBetween = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                text++;
                if (lines.get(i - 1).isBlank()) blankBetween++;
            }
        }
        return text >= MIN_LINES && blankBetween * BLANK_SHARE < text;
    }
}
