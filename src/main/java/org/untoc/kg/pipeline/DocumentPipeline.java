package org.untoc.kg.pipeline;

import java.nio.file.Path;

/** read → normalize → detect kind → parse structure → extract → map to RDF, for one file. */
public interface DocumentPipeline {
    /** Parses one file completely; throws, naming the file, when it cannot. */
    DocumentGraph process(Path file) throws DocumentException;
}
