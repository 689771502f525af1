package org.untoc.kg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.untoc.kg.pipeline.DocumentException;

/** Reads any supported file: picks the reader by magic bytes and extension, and fingerprints the bytes. */
public final class FormatSelectingReader {
    private final List<DocumentReader> readers;

    public FormatSelectingReader(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** PDF, .docx, HTML and text readers, in that order (magic bytes win over a misleading extension). */
    public static FormatSelectingReader standard() {
        return new FormatSelectingReader(List.of(new PdfFileReader(), new DocxFileReader(), new HtmlFileReader(),
                new TextFileReader(new TextDecoder())));
    }

    /** The file's text and fingerprint; throws naming the file when it is missing, empty, binary or unreadable. */
    public RawDocument read(Path file) throws DocumentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read file: " + e.getMessage(), e);
        }
        return read(file, bytes);
    }

    /** As {@link #read(Path)}, for bytes already in memory. */
    public RawDocument read(Path file, byte[] bytes) throws DocumentException {
        if (bytes.length == 0) {
            throw new DocumentException(file, "empty file");
        }
        DocumentReader reader = select(file, bytes);
        String text = reader.read(file, bytes);
        if (text.isBlank()) {
            throw new DocumentException(file, "file has no text (only white space)");
        }
        return new RawDocument(file, sha256(bytes), reader.format(), text);
    }

    private DocumentReader select(Path file, byte[] bytes) throws DocumentException {
        for (DocumentReader reader : readers) {
            if (reader.accepts(file, bytes)) {
                return reader;
            }
        }
        throw new DocumentException(file, "unsupported file type (expected .txt, .md, .pdf, .docx, .html or .htm)");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
