package org.untoc.kg.pipeline;

import java.nio.file.Path;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.structure.ParsedFile;

/** Reads, normalizes, detects the kind of, and parses the structure of one file. */
public interface DocumentParser {
    /** Parses one file and every act it holds; throws, naming the file and line, when it cannot. */
    ParsedFile parseFile(Path file) throws DocumentException;

    /** The file's first (for most files, its only) document. */
    default ParsedDocument parse(Path file) throws DocumentException {
        return parseFile(file).documents().get(0);
    }
}
