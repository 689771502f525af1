package org.untoc.kg.load;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.store.KnowledgeStore;

/**
 * A named graph computed from all loaded documents together (links between texts), not from one text; the loader
 * recomputes it after every load, so it never goes stale when a document is added or replaced.
 */
public interface DerivedGraph {
    /** IRI of the graph this step owns and replaces. */
    String graphIri();

    /** Reads what it needs from the store and returns the writer of the graph's new content (run in the write). */
    Consumer<StreamRDF> compute(KnowledgeStore store);

    /**
     * A new accumulator computing this graph from the documents as the loader writes them, when it can: the loader
     * uses one when its documents are all the store will hold (a bulk load into an empty store), so that the graph
     * goes into the same bulk load instead of being read back and written after it.
     */
    default Optional<Accumulator> accumulator() {
        return Optional.empty();
    }

    /** Computes a derived graph from document graphs handed to it one by one. */
    interface Accumulator {
        /** One document's graph, as the store will hold it. */
        void add(String graphIri, List<Triple> triples);

        /** The graph's content: the same as {@link DerivedGraph#compute} over a store of exactly the graphs added. */
        Consumer<StreamRDF> result();
    }
}
