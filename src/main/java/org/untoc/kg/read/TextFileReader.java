package org.untoc.kg.read;

import java.nio.file.Path;
import org.untoc.kg.pipeline.DocumentException;

/** Reads .txt and .md files, detecting their encoding. */
public final class TextFileReader implements DocumentReader {
    private final TextDecoder decoder;

    public TextFileReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public boolean accepts(Path file, byte[] bytes) {
        return FileNames.hasExtension(file, "txt", "md", "markdown", "text");
    }

    @Override
    public String read(Path file, byte[] bytes) throws DocumentException {
        return decoder.decode(file, bytes);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.TEXT;
    }
}
