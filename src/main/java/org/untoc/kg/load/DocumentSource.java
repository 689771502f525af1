package org.untoc.kg.load;

import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;

/** One document to load: read and parse it completely, before any store transaction opens. */
public interface DocumentSource {
    /** The file or resource name, for messages. */
    String name();

    /** Parses the document; throws, naming it, when it cannot. */
    DocumentGraph read() throws DocumentException;
}
