package org.untoc.kg.read;

import java.nio.file.Path;

/**
 * A source file turned into text, before any normalization.
 *
 * @param source  the file
 * @param sha256  hex SHA-256 of the file's bytes
 * @param format  format the text was read from
 * @param text    the decoded text, line breaks as "\n"
 */
public record RawDocument(Path source, String sha256, SourceFormat format, String text) {}
