package org.untoc.kg.normalize;

import org.untoc.kg.read.RawDocument;
import org.untoc.kg.structure.TextShape;

/** Decides the physical shape of a text from its content. */
public interface ShapeDetector {
    /** The shape of the document's text. */
    TextShape detect(RawDocument document);
}
