package org.untoc.kg.structure;

import java.nio.file.Path;
import org.untoc.kg.pipeline.DocumentException;

/** Reads, normalizes, detects the kind of, and parses the structure of one file. */
public interface DocumentParser {
    /** Parses one file; throws, naming the file and line, when it cannot. */
    ParsedDocument parse(Path file) throws DocumentException;
}
