package org.untoc.kg.read;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A text stripper that writes a blank line where the vertical gap before a line is clearly larger than line
 * spacing: the gap printed documents put between paragraphs. PDFBox's own paragraph guess misses uniform gaps.
 */
final class GapMarkingTextStripper extends PDFTextStripper {
    /** Line spacing is 1.2–1.3 font sizes; a paragraph gap adds at least half a line more. */
    private static final float PARAGRAPH_GAP = 1.6f;
    private boolean atLineStart = true;
    private float lastY = Float.NaN;

    GapMarkingTextStripper() {
        setSortByPosition(true);
        setLineSeparator("\n");
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        lastY = Float.NaN;
        atLineStart = true;
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        super.writeLineSeparator();
        atLineStart = true;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (atLineStart && !positions.isEmpty()) {
            // The lowest baseline of the chunk: a raised footnote marker opening a line must not widen the gap.
            float y = Float.NEGATIVE_INFINITY;
            float size = 0;
            for (TextPosition p : positions) {
                y = Math.max(y, p.getYDirAdj());
                size = Math.max(size, p.getFontSizeInPt());
            }
            if (!Float.isNaN(lastY) && y - lastY > PARAGRAPH_GAP * size) {
                output.write("\n");
            }
            lastY = y;
            atLineStart = false;
        }
        super.writeString(text, positions);
    }
}
