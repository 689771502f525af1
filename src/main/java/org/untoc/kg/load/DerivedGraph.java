package org.untoc.kg.load;

import java.util.function.Consumer;
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
}
