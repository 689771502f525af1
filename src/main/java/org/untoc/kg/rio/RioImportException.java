package org.untoc.kg.rio;

import java.nio.file.Path;

/** An RDF file could not be imported; the message names the file and, where the parser knows it, the line. */
public class RioImportException extends RuntimeException {
    private final Path file;
    private final long line;

    public RioImportException(Path file, long line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or -1 when unknown. */
    public long line() {
        return line;
    }
}
