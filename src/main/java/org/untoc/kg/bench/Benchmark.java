package org.untoc.kg.bench;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.untoc.kg.lineage.LineageIndex;
import org.untoc.kg.lineage.LineageIndexes;
import org.untoc.kg.load.DerivedGraph;
import org.untoc.kg.load.DocumentFiles;
import org.untoc.kg.load.LoadReport;
import org.untoc.kg.load.Loader;
import org.untoc.kg.pipeline.DocumentPipeline;
import org.untoc.kg.query.NamedQueryCatalog;
import org.untoc.kg.serve.EmbeddedFuseki;
import org.untoc.kg.serve.LineageIndexFactory;
import org.untoc.kg.serve.SparqlConfig;
import org.untoc.kg.serve.UntocService;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;

/**
 * The whole benchmark for each corpus size: generate, ingest through the real loader, bulk-load the same
 * N-Quads with Jena's TDB2 loader, then serve the store (our /sparql and the embedded Fuseki side by side) and
 * time lineage queries and concurrent clients. Every figure is printed with the machine, JVM and heap.
 */
public final class Benchmark {
    private final PrintWriter out;
    private final Path work;
    private final Settings settings;

    /**
     * Knobs that bound the run time.
     *
     * @param seed generator seed
     * @param latencyQueries distinct queries timed uncached per query kind, and repetitions of one cached query
     * @param clients concurrent client threads
     * @param concurrentSeconds how long the concurrent run lasts at most
     * @param concurrentRequests how many requests it sends at most per endpoint
     * @param load how the loader runs (worker threads, documents and triples per write transaction)
     * @param derived whether the load recomputes the derived graphs, as {@code load} does
     */
    public record Settings(long seed, int latencyQueries, int clients, double concurrentSeconds,
            int concurrentRequests, Loader.Options load, boolean derived) {
        /** The defaults of the {@code bench} command. */
        public static Settings defaults() {
            return new Settings(42, 200, 4, 10, 4000, Loader.Options.defaults(), true);
        }
    }

    public Benchmark(PrintWriter out, Path work, Settings settings) {
        this.out = out;
        this.work = work;
        this.settings = settings;
    }

    /** Runs every size in turn, prints each size's figures and then how they scale; returns them. */
    public List<Figures> run(List<Integer> sizes) {
        out.println("untoc-kg benchmark — " + MachineInfo.describe());
        out.println("note: the machine is shared with other work; timings are noisy (2 cores).");
        List<Figures> all = new ArrayList<>();
        for (int size : sizes) {
            Figures f = runSize(size);
            all.add(f);
            out.println();
            out.println(f.render(size));
            write(all, sizes.subList(0, all.size()));
            if (all.size() > 1) {
                // After every size, so a run stopped before its largest size still shows how cost grew so far.
                out.println(Figures.scaling(sizes.get(0), all.get(0), size, f));
            }
            out.flush();
        }
        out.println();
        out.println("end: " + MachineInfo.describe());
        out.flush();
        return all;
    }

    private Figures runSize(int size) {
        Figures f = new Figures(out);
        Path dir = work.resolve("n" + size);
        deleteRecursively(dir);
        out.printf("%n== %,d documents: generating…%n", size);
        out.flush();
        CorpusGenerator.GeneratedCorpus corpus =
                CorpusGenerator.fromBuiltInCorpus().generate(size, settings.seed(), dir.resolve("corpus"));
        Path data = dir.resolve("data");
        Path nquads = dir.resolve("dump.nq");
        Path bulk = dir.resolve("bulk");
        ingest(f, dir.resolve("corpus"), data, nquads);
        bulkLoad(f, nquads, bulk.resolve("tdb2"));
        serve(f, corpus, data);
        // The databases are large; keep the disk for the next size.
        deleteRecursively(data);
        deleteRecursively(bulk);
        deleteRecursively(nquads);
        return f;
    }

    /**
     * Ingests exactly as {@code load} does: the application's pipeline, store and derived graphs from the same
     * application context, the real {@link Loader} (parallel extraction, batched writes, derived graphs,
     * compaction, dataset version).
     */
    private void ingest(Figures f, Path corpusDir, Path data, Path nquads) {
        out.println("ingest through the loader…");
        out.flush();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("untoc.store.mode", "EMBEDDED");
        props.put("untoc.store.data", data.toString());
        try (ApplicationContext context = ApplicationContext.builder().properties(props).start()) {
            StageTimer pipeline = new StageTimer(context.getBean(DocumentPipeline.class));
            var sources = DocumentFiles.collect(List.of(corpusDir), pipeline);
            Tdb2Store store = (Tdb2Store) context.getBean(KnowledgeStore.class);
            List<DerivedGraph> derived = settings.derived()
                    ? List.copyOf(context.getBeansOfType(DerivedGraph.class)) : List.of();
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            PrintStream errors = new PrintStream(new ErrorLines(out));
            LoadReport report = new Loader(store, quiet, errors, derived, settings.load()).load(sources);
            // As `load` does after the loader: the lineage index kept beside the database.
            long kept = System.nanoTime();
            LineageIndexFactory.keep(store, context.getBean(SparqlConfig.class).timeout());
            double keepSeconds = (System.nanoTime() - kept) / 1e9;
            LoadReport.Stages stages = report.stages();
            double seconds = stages.total() + keepSeconds;
            f.put("ingest: worker threads", "", settings.load().workers());
            f.put("ingest: documents per write transaction (at most)", "", settings.load().batchDocuments());
            f.put("ingest: bulk path (1 = TDB2 bulk loader, 0 = transactions)", "", stages.bulk() ? 1 : 0);
            f.put("ingest: documents loaded", "", report.loaded());
            f.put("ingest: documents failed", "", report.failures().size());
            f.put("ingest: triples", "", report.triples());
            f.put("ingest: time", "s", seconds);
            f.put("ingest: documents/s", "doc/s", report.loaded() / seconds);
            f.put("ingest: triples/s", "triple/s", report.triples() / seconds);
            f.put("ingest stage: read+normalize+parse (summed over workers)", "s", pipeline.parseSeconds());
            f.put("ingest stage: extract (summed over workers)", "s", pipeline.extractSeconds());
            f.put("ingest stage: documents, wall clock (extract and write overlap)", "s",
                    stages.total() - stages.derived() - stages.compact() - stages.statistics());
            f.put("ingest stage: writer waiting for extraction", "s", stages.waitForExtract());
            f.put("ingest stage: store writes (adds + commits)", "s", stages.write());
            f.put("ingest stage: derived graphs", "s", stages.derived());
            f.put("ingest stage: compaction", "s", stages.compact());
            f.put("ingest stage: dataset version (statistics)", "s", stages.statistics());
            f.put("ingest stage: lineage index kept beside the database", "s", keepSeconds);
            f.put("heap after load (live, after GC)", "MB", MachineInfo.liveHeapBytes() / 1048576.0);
            f.put("ingest: database size on disk", "MB", diskMegabytes(data));
            DatasetGraph dsg = store.datasetGraph();
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(nquads))) {
                Txn.executeRead(dsg, () -> RDFDataMgr.write(os, dsg, Lang.NQUADS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double diskMegabytes(Path dir) {
        try (var files = Files.walk(dir)) {
            long bytes = 0;
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                bytes += Files.size(p);
            }
            return bytes / 1048576.0;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private void bulkLoad(Figures f, Path nquads, Path dir) {
        out.println("bulk load of the same N-Quads with the TDB2 loader…");
        out.flush();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            long t0 = System.nanoTime();
            // The default (phased/parallel) loader buffers more than a 512 MB heap holds at ~14 M quads (it ran out
            // of memory there); below 1 GB of heap the single-threaded sequential loader is used.
            boolean smallHeap = Runtime.getRuntime().maxMemory() < (1L << 30);
            DataLoader loader = smallHeap ? LoaderFactory.sequentialLoader(dsg, (fmt, args) -> { })
                    : LoaderFactory.createLoader(dsg, (fmt, args) -> { });
            f.put("bulk load: loader (1 = sequential, 0 = default)", "", smallHeap ? 1 : 0);
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long quads = loader.countQuads();
            f.put("bulk load: quads", "", quads);
            f.put("bulk load: time", "s", seconds);
            f.put("bulk load: triples/s", "triple/s", quads / seconds);
            f.put("bulk load: database size on disk", "MB", diskMegabytes(dir));
            f.put("extraction overhead (ingest time / bulk load time)", "x", f.get("ingest: time") / seconds);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private void serve(Figures f, CorpusGenerator.GeneratedCorpus corpus, Path data) {
        out.println("serving: /sparql and Fuseki on loopback…");
        out.flush();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("untoc.store.mode", "EMBEDDED");
        props.put("untoc.store.data", data.toString());
        props.put("micronaut.server.port", -1);
        props.put("untoc.fuseki.port", freePort());
        try (ApplicationContext context = ApplicationContext.builder().properties(props).start()) {
            UntocService service = context.getBean(UntocService.class);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            String sparql = service.start(quiet, quiet);
            try {
                String fuseki = context.getBean(EmbeddedFuseki.class).datasetUrl() + "/query";
                QueryLoad load = new QueryLoad(NamedQueryCatalog.load(), corpus.acts(), settings.seed());
                // The index is read on first use: here, timed on its own, before any request needs it; it comes from
                // the snapshot the ingest kept, as the first `serve` after a `load` gets it.
                LineageIndex index = context.getBean(LineageIndexes.class).current();
                if (index.origin() != LineageIndex.Origin.SNAPSHOT) {
                    throw new IllegalStateException("the load kept no lineage index beside " + data);
                }
                f.put("lineage index: works", "", index.size());
                f.put("lineage index: citesWork edges", "", index.edgeCount());
                f.put("lineage index: first start after the load (read from the snapshot the load kept)", "ms",
                        index.buildNanos() / 1e6);
                f.put("lineage index: read from the store instead (two queries + arrays)", "ms",
                        fromStore(context.getBean(KnowledgeStore.class), context.getBean(SparqlConfig.class).timeout()));
                f.put("lineage index: memory (estimate of its arrays, IRIs and facts)", "MB",
                        index.approximateBytes() / 1048576.0);
                load.lineage(f, sparql.substring(0, sparql.length() - "/sparql".length()), fuseki,
                        settings.latencyQueries());
                load.latencies(f, sparql, fuseki, settings.latencyQueries());
                load.concurrent(f, sparql, fuseki, settings.clients(), settings.concurrentSeconds(),
                        settings.concurrentRequests());
                f.put("heap while serving (live, after GC)", "MB", MachineInfo.liveHeapBytes() / 1048576.0);
            } finally {
                service.stop();
            }
        }
    }

    /**
     * The index as a start without a snapshot reads it: two scans of the store and the arrays (a new holder, not
     * registered for SPARQL: the service's own index stays the one in use).
     */
    private static double fromStore(KnowledgeStore store, Duration timeout) {
        LineageIndexes fresh = new LineageIndexes(LineageIndexFactory.streamed(store, timeout), () -> "store", null);
        return fresh.current().buildNanos() / 1e6;
    }

    private void write(List<Figures> all, List<Integer> sizes) {
        try {
            Files.createDirectories(work);
            StringBuilder csv = new StringBuilder("size,figure,unit,value\n");
            for (int i = 0; i < all.size(); i++) {
                for (Figures.Figure fig : all.get(i).list()) {
                    csv.append(sizes.get(i)).append(",\"").append(fig.label()).append("\",").append(fig.unit())
                            .append(',').append(fig.value()).append('\n');
                }
            }
            Files.writeString(work.resolve("bench-results.csv"), csv);
            out.println("figures also written to " + work.resolve("bench-results.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (Files.isRegularFile(dir)) {
            dir.toFile().delete();
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passes the loader's failure lines through, so a failed document is visible in the bench output. */
    private static final class ErrorLines extends OutputStream {
        private final PrintWriter out;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        ErrorLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                out.println("  loader: " + line.toString(java.nio.charset.StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
