package org.untoc.kg.reference;

import java.nio.file.Path;

/** A curated source file is malformed; the message names the file and, where known, the line. */
public class ReferenceDataException extends RuntimeException {
    public ReferenceDataException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
