package org.untoc.kg.structure;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.untoc.kg.detect.Compilation;

/**
 * Everything one file holds after parsing: one document, or — a session report, a page of decisions, a booklet of
 * resolutions — several acts, each parsed as if it stood alone, and the acts its list of contents names.
 *
 * @param source    the file
 * @param sha256    hex SHA-256 of the file's bytes
 * @param documents the documents in reading order; never empty
 * @param symbols   the file's own symbols (a session report's, from its running headers); may be empty
 * @param contents  acts named by the file's list of contents, by "kind number"; empty when it has none
 */
public record ParsedFile(Path source, String sha256, List<ParsedDocument> documents, List<String> symbols,
                         Map<String, Compilation.ListedAct> contents) {
    public ParsedFile {
        documents = List.copyOf(documents);
        symbols = List.copyOf(symbols);
        contents = Collections.unmodifiableMap(new LinkedHashMap<>(contents));
    }

    /** Whether the file holds several acts or a list of them, rather than one document. */
    public boolean isCompilation() {
        return documents.size() > 1 || !contents.isEmpty();
    }
}
