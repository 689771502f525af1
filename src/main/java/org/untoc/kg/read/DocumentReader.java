package org.untoc.kg.read;

import java.nio.file.Path;
import org.untoc.kg.pipeline.DocumentException;

/** Turns the bytes of one file of one format into text. */
public interface DocumentReader {
    /** Whether this reader handles the file, judged by its name and its first bytes. */
    boolean accepts(Path file, byte[] bytes);

    /** The file's text; throws, naming the file, when the bytes are not a readable document of this format. */
    String read(Path file, byte[] bytes) throws DocumentException;

    /** The format this reader reads. */
    SourceFormat format();
}
