package org.untoc.kg.pipeline;

import java.nio.file.Path;

/** A source document could not be read or parsed; names the file and, where known, the line. */
public class DocumentException extends Exception {
    private final Path file;
    private final int line;

    public DocumentException(Path file, int line, String message, Throwable cause) {
        super(format(file, line, message), cause);
        this.file = file;
        this.line = line;
    }

    public DocumentException(Path file, String message) {
        this(file, 0, message, null);
    }

    public DocumentException(Path file, String message, Throwable cause) {
        this(file, 0, message, cause);
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** 1-based line number, or 0 when the error is not tied to a line. */
    public int line() {
        return line;
    }

    private static String format(Path file, int line, String message) {
        return (file == null ? "<unknown>" : file.toString()) + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
