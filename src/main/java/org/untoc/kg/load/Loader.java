package org.untoc.kg.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.publish.DatasetStatistics;
import org.untoc.kg.store.GraphWrite;
import org.untoc.kg.store.KnowledgeStore;

/**
 * Loads documents, each into its own named graph: a document that fails writes nothing, the others still load, and
 * loading a document again replaces exactly its own graph.
 *
 * <p>How it is fast, and why each document stays all-or-nothing:
 * <ul>
 *   <li>Documents are independent until they are written, so reading, parsing and extracting run on a small pool of
 *       worker threads. Each document's complete graph is buffered in memory (its list of triples) before anything
 *       is written, so a document whose extraction fails has nothing to write.
 *   <li>One writer, the calling thread, takes the buffered documents in input order. On a store that can put
 *       several graphs in one transaction (TDB2), up to {@link Options#batchDocuments} documents or
 *       {@link Options#batchTriples} triples share one transaction: a group commit. Each document still deletes
 *       and rewrites its own graph whole; the batch only shares the commit, and a transaction is all or nothing,
 *       so every document in it is either entirely written or not at all. On TDB2 the commit (journal write, a sync
 *       of every index file, a copy of every block the transaction touched) cost more than the rest of a
 *       document's write (src/docs/performance.md).
 *   <li>If a batch's transaction fails, nothing of it was written. Its documents are then written again one per
 *       transaction, so the one that fails is left out alone and the others land.
 *   <li>A first load of at least {@link Options#bulkMinimum} documents into an empty store that has a bulk loader
 *       (TDB2) streams every extracted document into it instead: one bulk operation, several times faster than
 *       transactional adds, which leaves nothing to compact. It is all or nothing as a whole, so each document in
 *       it is too; a document with a term no store can hold is left out alone before it reaches the bulk load, and
 *       if the bulk load fails anyway nothing was written and the load is done again by transactions. Its
 *       progress lines come when it completes. Smaller loads stay transactional: their progress is incremental,
 *       and a load stopped half-way keeps the documents committed so far.
 *   <li>The derived graphs that can be computed from the documents as they pass (recommendation links, work
 *       lineage: {@link DerivedGraph#accumulator}) go into the same bulk load, after the documents, instead of being
 *       read back from the new database and written by a transaction after it (about 35 s of 52 at 10,000
 *       generated documents). The others, and every derived graph after a transactional load, are read back.
 *   <li>A progress line is printed once its document is committed, in input order: a line always means "stored".
 * </ul>
 * Memory: at most about {@code batchDocuments + 2 × workers} documents are buffered at once.
 */
public final class Loader {
    /**
     * How a load runs.
     *
     * @param workers threads that read and extract documents (the writer is the calling thread)
     * @param batchDocuments most documents per write transaction (1: one transaction per document)
     * @param batchTriples a batch is written once it holds this many triples
     * @param bulkMinimum loads of at least this many documents into an empty store that has a bulk loader use it
     */
    public record Options(int workers, int batchDocuments, long batchTriples, int bulkMinimum) {
        public Options {
            if (workers < 1 || batchDocuments < 1 || batchTriples < 1 || bulkMinimum < 1) {
                throw new IllegalArgumentException("workers, batch sizes and bulk minimum must be positive");
            }
        }

        /**
         * One worker per processor; batches of up to 32 documents or 50,000 triples; the bulk loader for a first
         * load of 500 documents or more.
         */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 32, 50_000, 500);
        }
    }

    /** Worker threads get a large stack: deeply nested regular expressions recurse once per repetition. */
    private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    private final KnowledgeStore store;
    private final PrintStream out;
    private final PrintStream err;
    private final List<DerivedGraph> derived;
    private final Options options;
    /** The state recorded while this load runs (a loader with derived graphs records one; see LoadCompletion). */
    private LoadCompletion.State startState = LoadCompletion.State.STARTED;

    public Loader(KnowledgeStore store, PrintStream out, PrintStream err) {
        this(store, out, err, List.of());
    }

    /** A loader that recomputes the given derived graphs after every load that wrote a document. */
    public Loader(KnowledgeStore store, PrintStream out, PrintStream err, List<DerivedGraph> derived) {
        this(store, out, err, derived, Options.defaults());
    }

    public Loader(KnowledgeStore store, PrintStream out, PrintStream err, List<DerivedGraph> derived,
            Options options) {
        this.store = store;
        this.out = out;
        this.err = err;
        this.derived = List.copyOf(derived);
        this.options = options;
    }

    /** This loader marks its load as the first-start load, which an interrupted start does again. */
    public Loader firstStart() {
        startState = LoadCompletion.State.FIRST_START_STARTED;
        return this;
    }

    /**
     * Finishes a load that was interrupted after its documents: computes the derived graphs and records the load
     * as complete. Returns the failures (empty when it completed).
     */
    public List<String> finishDerived() {
        List<String> failures = new ArrayList<>();
        refreshDerived(failures, Set.of());
        return failures;
    }

    /** Loads every source, printing one progress line per document and a summary. */
    public LoadReport load(List<DocumentSource> sources) {
        long started = System.nanoTime();
        // A load that computes derived graphs records that it started; its end replaces that with "complete".
        boolean marking = !derived.isEmpty();
        boolean wasComplete = marking
                && LoadCompletion.state(store).orElse(null) == LoadCompletion.State.COMPLETE;
        Run run = new Run(sources.size());
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), workerThreads());
        try {
            boolean bulk = sources.size() >= options.bulkMinimum() && store.bulkLoads() && store.isEmpty();
            if (marking && !bulk) {
                LoadCompletion.record(store, startState, derived);
            }
            if (!bulk || !run.bulkLoadAll(sources, pool)) {
                if (bulk) {
                    run = new Run(sources.size());
                    if (marking) {
                        LoadCompletion.record(store, startState, derived);
                    }
                }
                run.loadAll(sources, pool);
            } else if (marking) {
                // The bulk load needs an empty store, so the record comes right after it, before the derived graphs.
                LoadCompletion.record(store, startState, derived);
            }
        } finally {
            pool.shutdownNow();
        }
        long t = System.nanoTime();
        if (run.loaded > 0) {
            refreshDerived(run.failures, run.derivedInBulk);
        } else if (wasComplete) {
            // Nothing was written: the derived graphs are as complete as they were.
            LoadCompletion.record(store, LoadCompletion.State.COMPLETE, derived);
        }
        long derivedNanos = System.nanoTime() - t + run.accumulateNanos;
        double seconds = (System.nanoTime() - started) / 1e9;
        long compactNanos = 0;
        long statisticsNanos = 0;
        if (run.loaded > 0) {
            t = System.nanoTime();
            if (!run.bulkLoaded) {
                // A bulk load leaves no stale blocks; the few transactions after it (derived graphs) leave few.
                compact();
            }
            compactNanos = System.nanoTime() - t;
            t = System.nanoTime();
            printVersion();
            statisticsNanos = System.nanoTime() - t;
        }
        out.printf("loaded %d of %d documents, %d triples in their graphs, in %.1f s into %s%n", run.loaded, run.total, run.triples,
                seconds, store.describe());
        if (!run.failures.isEmpty()) {
            err.println(run.failures.size() + " document(s) FAILED and were not written:");
            run.failures.forEach(f -> err.println("  " + f));
        }
        var stages = new LoadReport.Stages(run.extractNanos.sum() / 1e9, run.waitNanos / 1e9, run.writeNanos / 1e9,
                derivedNanos / 1e9, compactNanos / 1e9, statisticsNanos / 1e9, (System.nanoTime() - started) / 1e9,
                run.bulkLoaded);
        return new LoadReport(run.loaded, List.copyOf(run.failures), run.triples, stages);
    }

    /** What one document became: its buffered graph, or why it could not be read. */
    private sealed interface Outcome permits Extracted, Unreadable {
        int index();
    }

    private record Extracted(int index, String source, String graphIri, String label, List<Triple> triples,
            int count) implements Outcome {
        GraphWrite write() {
            return new GraphWrite(graphIri, sink -> triples.forEach(sink::triple));
        }

        /** The same document once its triples are in the store: what is left to report. */
        Extracted written() {
            return new Extracted(index, source, graphIri, label, List.of(), count);
        }
    }

    private record Unreadable(int index, String message) implements Outcome {}

    /** The state of one load: the writer's side, and what the workers add up. */
    private final class Run {
        final int total;
        final List<String> failures = new ArrayList<>();
        final Map<String, String> written = new HashMap<>();
        final LongAdder extractNanos = new LongAdder();
        /** Triples extracted and not yet written: bounds the look-ahead when documents are large. */
        final AtomicLong buffered = new AtomicLong();
        long waitNanos;
        long writeNanos;
        /** Time spent computing derived graphs from the documents during a bulk load. */
        long accumulateNanos;
        /** The derived graphs that went into the bulk load, complete: not to be computed again after it. */
        final Set<String> derivedInBulk = new HashSet<>();
        int loaded;
        long triples;
        boolean bulkLoaded;

        Run(int total) {
            this.total = total;
        }

        void loadAll(List<DocumentSource> sources, ExecutorService pool) {
            boolean batching = store.batchesAtomically();
            int batchDocuments = batching ? options.batchDocuments() : 1;
            // On a store without atomic batches (a remote SPARQL store, one HTTP request per graph) documents go
            // one at a time as before, each read just before it is written: its outage handling and retries are
            // tested against that order (RemoteStoreOutageTest), and the network, not parsing, bounds its speed.
            int window = batching ? batchDocuments + 2 * options.workers() : 1;
            long bufferLimit = Math.max(options.batchTriples() * 4, 1);
            Lookahead ahead = new Lookahead(sources, pool, window, bufferLimit);
            List<Outcome> batch = new ArrayList<>();
            long batchTriples = 0;
            for (int i = 0; i < total; i++) {
                Outcome o = ahead.take(i);
                batch.add(o);
                if (o instanceof Extracted x) {
                    batchTriples += x.count();
                }
                if (batch.size() >= batchDocuments || batchTriples >= options.batchTriples()) {
                    flush(batch);
                    batchTriples = 0;
                }
            }
            flush(batch);
        }

        /**
         * The bulk path, for a first load into an empty store: every document goes into ONE bulk load as soon as
         * it is extracted, so nothing is buffered beyond the look-ahead. Every document is whole or absent, as the
         * bulk load is one operation; if it fails, nothing of it was written and this returns false, so that the
         * caller loads again by transactions, which isolate the document at fault. A document whose graph an
         * earlier one of this run already has replaces it afterwards, by a transaction, as it would have.
         */
        boolean bulkLoadAll(List<DocumentSource> sources, ExecutorService pool) {
            out.println("empty store: bulk loading " + total + " documents; their lines follow when it completes");
            List<Outcome> outcomes = new ArrayList<>();
            List<Extracted> replacing = new ArrayList<>();
            Set<String> fed = new HashSet<>();
            Map<DerivedGraph, DerivedGraph.Accumulator> accumulators = new java.util.LinkedHashMap<>();
            derived.forEach(d -> d.accumulator().ifPresent(a -> accumulators.put(d, a)));
            List<String> lines = new ArrayList<>();
            long t0 = System.nanoTime();
            long waitedBefore = waitNanos;
            long accumulatedBefore = accumulateNanos;
            try {
                store.bulkLoad(stream -> {
                    Lookahead ahead = new Lookahead(sources, pool, options.batchDocuments() + 2 * options.workers(),
                            Math.max(options.batchTriples() * 4, 1));
                    for (int i = 0; i < total; i++) {
                        Outcome o = unstorable(ahead.take(i));
                        if (o instanceof Extracted x && fed.add(x.graphIri())) {
                            Node g = NodeFactory.createURI(x.graphIri());
                            for (Triple t : x.triples()) {
                                stream.quad(Quad.create(g, t));
                            }
                            accumulate(accumulators, x);
                            buffered.addAndGet(-x.count());
                            outcomes.add(x.written());
                        } else {
                            if (o instanceof Extracted x) {
                                replacing.add(x);
                            }
                            outcomes.add(o);
                        }
                    }
                    // A document replaced after the bulk load changes what the graphs are derived from: then they
                    // are read back from the store after it, as after any load.
                    if (replacing.isEmpty()) {
                        deriveInto(stream, accumulators, lines);
                    }
                });
            } catch (RuntimeException e) {
                err.println("note: the bulk load failed (" + describe(e) + "); nothing of it was written;"
                        + " loading again by transactions");
                derivedInBulk.clear();
                return false;
            } finally {
                writeNanos += System.nanoTime() - t0 - (waitNanos - waitedBefore) - (accumulateNanos - accumulatedBefore);
            }
            bulkLoaded = true;
            writeAndReport(replacing, outcomes);
            lines.forEach(out::println);
            return true;
        }

        /**
         * A document with a term no store can hold (a query variable: a pipeline bug) fails alone here; inside
         * the bulk load it would fail the whole load.
         */
        private Outcome unstorable(Outcome o) {
            if (o instanceof Extracted x) {
                for (Triple t : x.triples()) {
                    if (!t.isConcrete()) {
                        buffered.addAndGet(-x.count());
                        return new Unreadable(x.index(), x.source() + ": cannot be stored: " + t
                                + " is not a triple of RDF terms");
                    }
                }
            }
            return o;
        }

        private void accumulate(Map<DerivedGraph, DerivedGraph.Accumulator> accumulators, Extracted x) {
            long t = System.nanoTime();
            accumulators.values().forEach(a -> a.add(x.graphIri(), x.triples()));
            accumulateNanos += System.nanoTime() - t;
        }

        /**
         * Streams each accumulated derived graph into the bulk load. One whose computation fails is left out and
         * read back from the store after the load instead, where its failure is reported as any derived graph's.
         */
        private void deriveInto(StreamRDF stream, Map<DerivedGraph, DerivedGraph.Accumulator> accumulators,
                List<String> lines) {
            long t = System.nanoTime();
            for (var e : accumulators.entrySet()) {
                java.util.function.Consumer<StreamRDF> writer;
                try {
                    writer = e.getValue().result();
                } catch (RuntimeException failed) {
                    err.println("note: derived graph " + e.getKey().graphIri() + " could not be computed from the"
                            + " documents (" + describe(failed) + "); it is read back from the store after the load");
                    continue;
                }
                Node g = NodeFactory.createURI(e.getKey().graphIri());
                AtomicLong count = new AtomicLong();
                writer.accept(counting(new StreamRDFBase() {
                    @Override
                    public void triple(Triple triple) {
                        stream.quad(Quad.create(g, triple));
                    }
                }, count));
                derivedInBulk.add(e.getKey().graphIri());
                lines.add("derived " + e.getKey().graphIri() + " … " + count.get() + " triples (in the bulk load)");
            }
            accumulateNanos += System.nanoTime() - t;
        }

        /** Documents submitted to the workers ahead of the writer, taken back in input order. */
        private final class Lookahead {
            private final List<DocumentSource> sources;
            private final ExecutorService pool;
            private final int window;
            private final long bufferLimit;
            private final ArrayDeque<Future<Outcome>> ahead = new ArrayDeque<>();
            private int next;

            Lookahead(List<DocumentSource> sources, ExecutorService pool, int window, long bufferLimit) {
                this.sources = sources;
                this.pool = pool;
                this.window = window;
                this.bufferLimit = bufferLimit;
            }

            /** Document {@code i}, extracted; the next ones are submitted as far as the window allows. */
            Outcome take(int i) {
                while (next < total && (next == i || next < i + window && buffered.get() < bufferLimit)) {
                    int index = next++;
                    DocumentSource source = sources.get(index);
                    ahead.add(pool.submit(() -> extract(index, source)));
                }
                return await(ahead.removeFirst());
            }
        }

        private Outcome extract(int index, DocumentSource source) {
            long t0 = System.nanoTime();
            try {
                DocumentGraph doc = source.read();
                // A set: an extractor may state a triple twice, the graph holds it once, and the figure
                // printed for the document is the size of its graph.
                java.util.Set<Triple> distinct = new java.util.LinkedHashSet<>();
                doc.emit(new StreamRDFBase() {
                    @Override
                    public void triple(Triple triple) {
                        distinct.add(triple);
                    }

                    @Override
                    public void quad(Quad quad) {
                        // A document owns one graph: the store puts every quad in it, whatever graph it names.
                        distinct.add(quad.asTriple());
                    }
                });
                List<Triple> list = new ArrayList<>(distinct);
                buffered.addAndGet(list.size());
                return new Extracted(index, source.name(), doc.graphIri(), doc.label(), list, list.size());
            } catch (DocumentException e) {
                return new Unreadable(index, e.getMessage());
            } catch (RuntimeException e) {
                // Pipeline bugs too: this document is not written, the next one is tried.
                return new Unreadable(index, source.name() + ": " + describe(e));
            } finally {
                extractNanos.add(System.nanoTime() - t0);
            }
        }

        private Outcome await(Future<Outcome> future) {
            long t0 = System.nanoTime();
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("load interrupted", e);
            } catch (ExecutionException e) {
                // Only Errors get here (extract catches every exception): they stop the load, as they always did.
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                waitNanos += System.nanoTime() - t0;
            }
        }

        /** Writes the batch's documents, then reports every document of it in input order. */
        private void flush(List<Outcome> batch) {
            List<Extracted> docs = new ArrayList<>();
            for (Outcome o : batch) {
                if (o instanceof Extracted x) {
                    docs.add(x);
                }
            }
            writeAndReport(docs, batch);
            batch.clear();
        }

        /** Writes the documents, frees their buffers, and reports every outcome of the step in input order. */
        private void writeAndReport(List<Extracted> docs, List<Outcome> outcomes) {
            long t0 = System.nanoTime();
            Map<Integer, String> writeFailures = write(docs);
            writeNanos += System.nanoTime() - t0;
            for (Extracted x : docs) {
                buffered.addAndGet(-x.count());
            }
            report(outcomes, writeFailures);
        }

        /** Reports each document in input order: its progress line, or why it failed. */
        private void report(List<Outcome> batch, Map<Integer, String> writeFailures) {
            // The batch's progress lines go out in one write, right after the commit: a process killed now has
            // reported either none or all of the documents it stored (KillDuringLoadTest).
            StringBuilder progress = new StringBuilder();
            for (Outcome o : batch) {
                String position = "[" + (o.index() + 1) + "/" + total + "] ";
                if (o instanceof Unreadable u) {
                    fail(failures, position, u.message());
                } else if (o instanceof Extracted x) {
                    String failure = writeFailures.get(x.index());
                    if (failure != null) {
                        fail(failures, position, x.source() + ": " + failure);
                        continue;
                    }
                    progress.append(position).append(x.label()).append(" … ").append(x.count())
                            .append(" triples").append(System.lineSeparator());
                    String earlier = written.put(x.graphIri(), x.source());
                    if (earlier != null && !earlier.equals(x.source())) {
                        // Two files of one run are the same document: the later replaced the earlier; say so.
                        err.println(position + "note: " + x.source() + " is the same document as " + earlier
                                + " (graph " + x.graphIri() + "); it replaced it");
                    }
                    loaded++;
                    triples += x.count();
                }
            }
            out.print(progress);
            out.flush();
        }

        /** Writes the documents; returns why, for each that could not be written (by index). */
        private Map<Integer, String> write(List<Extracted> docs) {
            Map<Integer, String> failed = new HashMap<>();
            if (docs.size() > 1) {
                try {
                    store.replaceGraphs(docs.stream().map(Extracted::write).toList());
                    return failed;
                } catch (RuntimeException e) {
                    // Nothing of the batch was written: find the document at fault by writing each on its own.
                    err.println("note: a write of " + docs.size() + " documents failed (" + describe(e)
                            + "); writing them one by one");
                }
            }
            for (Extracted d : docs) {
                try {
                    store.replaceGraph(d.graphIri(), d.write().writer());
                } catch (RuntimeException e) {
                    failed.put(d.index(), describe(e));
                }
            }
            return failed;
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "untoc-load-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Batched transactions leave fewer stale blocks than one per document, but on TDB2 every transaction still
     * leaves a copy of the blocks it changed: 1,000 documents one per transaction took 6.8 GB against 0.56 GB
     * bulk-loaded (src/docs/performance.md). Compacting once after the load gives the space back.
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
            out.println("dataset version " + stats.version() + ": " + stats.describe());
        } catch (RuntimeException e) {
            err.println("dataset version not computed: " + describe(e));
        }
    }

    /**
     * Recomputes the derived graphs not {@code written} already (in a bulk load), each in its own transaction; the
     * last one is written in one transaction with the completion record, so "complete" in the store means every
     * derived graph is there. If any fails, the record stays "started" and the next start finishes the job.
     */
    private void refreshDerived(List<String> failures, Set<String> written) {
        List<DerivedGraph> pending = derived.stream().filter(d -> !written.contains(d.graphIri())).toList();
        if (pending.isEmpty()) {
            if (!derived.isEmpty()) {
                LoadCompletion.record(store, LoadCompletion.State.COMPLETE, derived);
            }
            return;
        }
        boolean allWritten = true;
        for (int i = 0; i < pending.size(); i++) {
            DerivedGraph d = pending.get(i);
            try {
                AtomicLong count = new AtomicLong();
                var writer = d.compute(store);
                GraphWrite graph = new GraphWrite(d.graphIri(), sink -> writer.accept(counting(sink, count)));
                if (i == pending.size() - 1 && allWritten) {
                    store.replaceGraphs(List.of(graph, LoadCompletion.write(LoadCompletion.State.COMPLETE, derived)));
                } else {
                    store.replaceGraph(graph.graphIri(), graph.writer());
                }
                out.println("derived " + d.graphIri() + " … " + count.get() + " triples");
            } catch (RuntimeException e) {
                allWritten = false;
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
