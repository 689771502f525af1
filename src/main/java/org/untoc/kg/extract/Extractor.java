package org.untoc.kg.extract;

import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.structure.ParsedDocument;

/** Emits the triples of one aspect of a parsed document (clauses, references, States, meetings…). */
public interface Extractor {
    /** Streams this aspect's triples for {@code doc} into {@code out}; never throws for odd text, records it instead. */
    void extract(ParsedDocument doc, StreamRDF out);
}
