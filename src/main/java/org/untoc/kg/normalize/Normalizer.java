package org.untoc.kg.normalize;

import java.nio.file.Path;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.structure.TextShape;

/** Turns raw text of one shape into clean paragraphs and footnotes. */
public interface Normalizer {
    /** The shape this normalizer handles. */
    TextShape shape();

    /** Paragraphs and footnotes of the text; source names the file in errors. */
    NormalizedText normalize(Path source, String text) throws DocumentException;
}
