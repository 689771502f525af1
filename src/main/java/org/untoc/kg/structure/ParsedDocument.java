package org.untoc.kg.structure;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source text after reading, normalizing, kind detection and structure parsing; the input of extraction.
 *
 * @param source     file it came from
 * @param sha256     hex SHA-256 of the file's bytes
 * @param shape      physical shape of the text
 * @param kind       kind of document
 * @param identity   what the document says it is
 * @param blocks     structural blocks in reading order
 * @param footnotes  footnotes by marker, in order of appearance
 */
public record ParsedDocument(Path source, String sha256, TextShape shape, DocumentKind kind,
                             DocumentIdentity identity, List<Block> blocks, Map<String, Footnote> footnotes) {
    public ParsedDocument {
        blocks = List.copyOf(blocks);
        footnotes = Collections.unmodifiableMap(new LinkedHashMap<>(footnotes));
    }
}
