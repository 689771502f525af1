package org.untoc.kg.normalize;

import java.nio.file.Path;
import org.untoc.kg.structure.TextShape;

/** Text whose layout does not separate its paragraphs: {@link LayoutRecovery} lays it out, then it is plain text. */
public final class LayoutFreeNormalizer implements Normalizer {
    private final PlainNormalizer plain = new PlainNormalizer();

    @Override
    public TextShape shape() {
        return TextShape.LAYOUT_FREE;
    }

    @Override
    public NormalizedText normalize(Path source, String text) {
        String laidOut = LayoutRecovery.recover(text);
        NormalizedText normalized = plain.normalize(source, laidOut == null ? text : laidOut);
        return new NormalizedText(source, shape(), normalized.paragraphs(), normalized.footnotes(),
                normalized.runningHeaders());
    }
}
