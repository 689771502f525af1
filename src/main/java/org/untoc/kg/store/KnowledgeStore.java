package org.untoc.kg.store;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;

/** An RDF dataset of named graphs, one per source document; the default graph is the union of them all. */
public interface KnowledgeStore extends AutoCloseable {
    /** Atomically replaces the named graph with the triples the writer emits (all of them, or none on failure). */
    void replaceGraph(String graphIri, Consumer<StreamRDF> writer);

    /**
     * Replaces each graph as {@link #replaceGraph} does, in order. Where {@link #batchesAtomically()} holds, all of
     * them in ONE transaction (all written, or none); otherwise one after the other, each atomically.
     */
    default void replaceGraphs(List<GraphWrite> writes) {
        for (GraphWrite w : writes) {
            replaceGraph(w.graphIri(), w.writer());
        }
    }

    /** True when {@link #replaceGraphs} writes all its graphs in one transaction, so a batch costs one commit. */
    default boolean batchesAtomically() {
        return false;
    }

    /** True when {@link #bulkLoad} is available: a loader faster than transactions for a first load. */
    default boolean bulkLoads() {
        return false;
    }

    /**
     * Loads the quads the writer emits (each in the named graph it names) into this EMPTY store in one bulk
     * operation: all of them, or none if it fails.
     *
     * @throws UnsupportedOperationException where {@link #bulkLoads()} is false
     * @throws IllegalStateException when the store is not empty
     */
    default void bulkLoad(Consumer<StreamRDF> quads) {
        throw new UnsupportedOperationException(describe() + " has no bulk loader");
    }

    /** True when the store holds no triple in any graph. */
    boolean isEmpty();

    /** IRIs of the named graphs that hold at least one triple, sorted. */
    List<String> graphs();

    /** Runs a read-only query, cancelled after the timeout; the reader consumes the results before this returns. */
    <T> T query(Query query, Duration timeout, Function<QueryExecution, T> reader);

    /**
     * Reclaims the space earlier writes left behind, where the store needs to be told (TDB2 keeps the old copy of
     * every block a transaction changed until it is compacted); does nothing where the store manages itself.
     */
    default void compact() {}

    /** Where the store lives, for messages (a directory or a URL). */
    String describe();

    /** Releases the store's resources. */
    @Override
    void close();
}
