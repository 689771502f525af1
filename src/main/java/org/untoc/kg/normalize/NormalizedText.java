package org.untoc.kg.normalize;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.TextShape;

/**
 * A text after normalization: paragraphs in reading order, footnotes by marker, and the running headers and
 * footers that were removed (they carry the document's symbol).
 */
public record NormalizedText(Path source, TextShape shape, List<Paragraph> paragraphs,
                             Map<String, Footnote> footnotes, List<String> runningHeaders) {
    public NormalizedText {
        paragraphs = List.copyOf(paragraphs);
        footnotes = Collections.unmodifiableMap(new LinkedHashMap<>(footnotes));
        runningHeaders = List.copyOf(runningHeaders);
    }
}
