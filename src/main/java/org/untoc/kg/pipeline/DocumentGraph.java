package org.untoc.kg.pipeline;

import org.apache.jena.riot.system.StreamRDF;

/**
 * Everything extracted from one source document, ready to be written as one named graph.
 *
 * <p>Parsing is finished before a store transaction opens, so a document that fails to parse never touches the
 * store; {@link #emit} then streams the triples into the transaction.
 */
public interface DocumentGraph {
    /** IRI of the named graph this document owns (see {@code Ids.graph}). */
    String graphIri();

    /** Human-readable name for progress output, e.g. "resolution 11/1" or "CTOC/COP/WG.3/2021/3". */
    String label();

    /** Streams the document's triples (triples only: the caller places them in {@link #graphIri()}). */
    void emit(StreamRDF sink);
}
