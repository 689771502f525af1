package org.untoc.kg.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.publish.DatasetStatistics;
import org.untoc.kg.store.KnowledgeStore;

/**
 * Loads documents one by one, each into its own named graph in one store transaction: a document that fails
 * writes nothing, the others still load, and loading a document again replaces exactly its own graph.
 */
public final class Loader {
    private final KnowledgeStore store;
    private final PrintStream out;
    private final PrintStream err;
    private final List<DerivedGraph> derived;

    public Loader(KnowledgeStore store, PrintStream out, PrintStream err) {
        this(store, out, err, List.of());
    }

    /** A loader that recomputes the given derived graphs after every load that wrote a document. */
    public Loader(KnowledgeStore store, PrintStream out, PrintStream err, List<DerivedGraph> derived) {
        this.store = store;
        this.out = out;
        this.err = err;
        this.derived = List.copyOf(derived);
    }

    /** Loads every source, printing one progress line per document and a summary. */
    public LoadReport load(List<DocumentSource> sources) {
        long started = System.nanoTime();
        int total = sources.size();
        int loaded = 0;
        long triples = 0;
        List<String> failures = new ArrayList<>();
        Map<String, String> written = new HashMap<>();
        for (int i = 0; i < total; i++) {
            DocumentSource source = sources.get(i);
            String position = "[" + (i + 1) + "/" + total + "] ";
            try {
                DocumentGraph doc = source.read();
                long count = write(doc);
                out.println(position + doc.label() + " … " + count + " triples");
                String earlier = written.put(doc.graphIri(), source.name());
                if (earlier != null && !earlier.equals(source.name())) {
                    // Two files of one run are the same document: the later replaced the earlier; say so.
                    err.println(position + "note: " + source.name() + " is the same document as " + earlier
                            + " (graph " + doc.graphIri() + "); it replaced it");
                }
                loaded++;
                triples += count;
            } catch (DocumentException e) {
                fail(failures, position, e.getMessage());
            } catch (RuntimeException e) {
                // Store errors and pipeline bugs alike: this document is not written, the next one is tried.
                fail(failures, position, source.name() + ": " + describe(e));
            }
        }
        if (loaded > 0) {
            refreshDerived(failures);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (loaded > 0) {
            compact();
            printVersion();
        }
        out.printf("loaded %d of %d documents, %d triples, in %.1f s into %s%n", loaded, total, triples, seconds,
                store.describe());
        if (!failures.isEmpty()) {
            err.println(failures.size() + " document(s) FAILED and were not written:");
            failures.forEach(f -> err.println("  " + f));
        }
        return new LoadReport(loaded, List.copyOf(failures), triples);
    }

    private long write(DocumentGraph doc) {
        AtomicLong count = new AtomicLong();
        store.replaceGraph(doc.graphIri(), sink -> doc.emit(counting(sink, count)));
        return count.get();
    }

    /**
     * One transaction per document keeps each document all-or-nothing, but on TDB2 every transaction leaves a copy
     * of the blocks it changed: 1,000 documents took 6.8 GB against 0.56 GB bulk-loaded (src/docs/performance.md).
     * Compacting once after the load gives the space back.
     */
    private void compact() {
        try {
            store.compact();
        } catch (RuntimeException e) {
            // The documents are written and whole; only space is not given back yet.
            err.println("WARNING: could not compact " + store.describe() + ": " + describe(e));
        }
    }

    /** The dataset version this load produced: the one VoID publishes and dumps are named after. */
    private void printVersion() {
        try {
            DatasetStatistics stats = DatasetStatistics.of(store, Duration.ofMinutes(5));
            out.println("dataset version " + stats.version() + ": " + stats.graphs().size() + " graphs, "
                    + stats.triples() + " triples");
        } catch (RuntimeException e) {
            err.println("dataset version not computed: " + describe(e));
        }
    }

    private void refreshDerived(List<String> failures) {
        for (DerivedGraph d : derived) {
            try {
                AtomicLong count = new AtomicLong();
                var writer = d.compute(store);
                store.replaceGraph(d.graphIri(), sink -> writer.accept(counting(sink, count)));
                out.println("derived " + d.graphIri() + " … " + count.get() + " triples");
            } catch (RuntimeException e) {
                fail(failures, "", "derived graph " + d.graphIri() + ": " + describe(e));
            }
        }
    }

    private void fail(List<String> failures, String position, String message) {
        failures.add(message);
        err.println(position + "FAILED " + message);
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static StreamRDF counting(StreamRDF sink, AtomicLong count) {
        return new StreamRDFWrapper(sink) {
            @Override
            public void triple(Triple triple) {
                count.incrementAndGet();
                super.triple(triple);
            }
        };
    }
}
