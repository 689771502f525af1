package org.untoc.kg.detect;

import org.untoc.kg.normalize.NormalizedText;

/** Decides the kind and identity of a normalized document from its content. */
public interface KindDetector {
    /** Kind and identity; never null (an unrecognised text is OTHER with an empty identity). */
    Detection detect(NormalizedText text);
}
