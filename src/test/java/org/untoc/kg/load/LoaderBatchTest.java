package org.untoc.kg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.bench.CorpusGenerator;
import org.untoc.kg.extract.recommendation.RecommendationLinker;
import org.untoc.kg.lineage.WorkLineage;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.pipeline.PipelineFactory;
import org.untoc.kg.store.Tdb2Store;

/** Parallel extraction and batched writes: the same dataset as one document at a time, and failures stay alone. */
class LoaderBatchTest {
    private static final Loader.Options ONE_AT_A_TIME = new Loader.Options(1, 1, 1, Integer.MAX_VALUE);

    @TempDir
    Path dir;

    @Test
    void aDocumentTheStoreRejectsInsideABatchLeavesTheOthersOfTheBatchLoaded() throws IOException {
        List<DocumentSource> sources = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            Path file = LoaderTest.write(dir.resolve("doc-" + i + ".txt"), "Document " + i + "\nline\n");
            sources.add(i == 5 ? unstorable(file) : DocumentFiles.collect(List.of(file), new TestPipeline()).get(0));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            LoadReport report = new Loader(store, print(out), print(err), List.of(), new Loader.Options(2, 4, 1000, Integer.MAX_VALUE))
                    .load(sources);

            assertEquals(8, report.loaded(), err.toString(StandardCharsets.UTF_8));
            assertEquals(1, report.failures().size());
            assertTrue(report.failures().get(0).contains("doc-5.txt"), report.failures().toString());
            assertEquals(8, store.graphs().size());
            assertTrue(store.graphs().stream().noneMatch(g -> g.endsWith("/doc-5")), store.graphs().toString());
        }
        // Progress in input order, failure included, although four documents shared each transaction.
        assertEquals(List.of(1, 2, 3, 4, 6, 7, 8, 9), progressPositions(out.toString(StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[5/9] FAILED"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void parallelBatchedLoadGivesTheSameDatasetAsOneDocumentAtATime() {
        var sources = DocumentFiles.collect(List.of(Path.of("src/main/resources/corpus")),
                PipelineFactory.standardPipeline());
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Map<String, Graph> sequential;
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            new Loader(store, quiet, quiet, List.of(), ONE_AT_A_TIME).load(sources);
            sequential = StoreSnapshot.of(store);
        }
        Map<String, Graph> batched;
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            new Loader(store, quiet, quiet, List.of(), new Loader.Options(3, 2, 100_000, Integer.MAX_VALUE)).load(sources);
            batched = StoreSnapshot.of(store);
        }
        assertEquals(sources.size(), sequential.size());
        assertTrue(StoreSnapshot.isomorphic(sequential, batched), "batched load differs");
    }

    @Test
    void aFirstLoadThroughTheBulkLoaderGivesTheSameDatasetAsTransactions() throws IOException {
        List<DocumentSource> sources = new ArrayList<>(DocumentFiles.collect(
                List.of(Path.of("src/main/resources/corpus")), PipelineFactory.standardPipeline()));
        // Two files of one document (same graph): the later replaces the earlier on either path.
        Path first = LoaderTest.write(dir.resolve("docs/a.txt"), "First A\nold line\n");
        Path second = LoaderTest.write(dir.resolve("docs/sub/a.md"), "Second A\nnew line\nmore\n");
        sources.addAll(DocumentFiles.collect(List.of(first, second), new TestPipeline()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());

        Map<String, Graph> transactional;
        try (Tdb2Store store = new Tdb2Store(dir.resolve("transactional"))) {
            new Loader(store, quiet, quiet, List.of(), ONE_AT_A_TIME).load(sources);
            transactional = StoreSnapshot.of(store);
        }
        Map<String, Graph> bulk;
        LoadReport report;
        try (Tdb2Store store = new Tdb2Store(dir.resolve("bulk"))) {
            report = new Loader(store, print(out), quiet, List.of(), new Loader.Options(2, 4, 10_000, 1))
                    .load(sources);
            bulk = StoreSnapshot.of(store);
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("empty store: bulk loading"), printed);
        assertEquals(sources.size(), report.loaded());
        assertEquals(sources.size() - 1, transactional.size());
        assertTrue(transactional.get(TestPipeline.graphOf(second)).toString().contains("new line"));
        assertTrue(StoreSnapshot.isomorphic(transactional, bulk), "bulk load differs");
        assertEquals(IntStreamRange.of(1, sources.size()), progressPositions(printed));
    }

    /**
     * The derived graphs a bulk load computes from its own documents (and loads with them) are the ones a load by
     * transactions reads back from the store: the reference RDF (the Convention's articles are part of it there),
     * the built-in corpus and generated texts that print the same recommendations and cite each other.
     */
    @Test
    void derivedGraphsComputedInABulkLoadAreTheOnesReadBackFromTheStore() throws IOException {
        List<DocumentSource> sources = new ArrayList<>(
                new CorpusBootstrap(Tdb2Store.inMemory(), PipelineFactory.standardPipeline(), List.of()).ontologySources());
        sources.addAll(DocumentFiles.collect(List.of(Path.of("src/main/resources/corpus")), PipelineFactory.standardPipeline()));
        CorpusGenerator.fromBuiltInCorpus().generate(40, 7, dir.resolve("generated"));
        sources.addAll(DocumentFiles.collect(List.of(dir.resolve("generated")), PipelineFactory.standardPipeline()));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());

        Map<String, Graph> transactional;
        try (Tdb2Store store = new Tdb2Store(dir.resolve("transactional"))) {
            new Loader(store, quiet, quiet, PipelineFactory.standardDerivedGraphs(),
                    new Loader.Options(2, 8, 50_000, Integer.MAX_VALUE)).load(sources);
            transactional = StoreSnapshot.of(store);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Graph> bulk;
        try (Tdb2Store store = new Tdb2Store(dir.resolve("bulk"))) {
            new Loader(store, print(out), quiet, PipelineFactory.standardDerivedGraphs(), new Loader.Options(2, 4, 10_000, 1))
                    .load(sources);
            bulk = StoreSnapshot.of(store);
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        for (String graph : List.of(RecommendationLinker.GRAPH, WorkLineage.GRAPH)) {
            assertTrue(printed.contains("derived " + graph + " … ") && printed.contains("(in the bulk load)"), printed);
            assertTrue(bulk.get(graph).size() > 100, graph + ": " + bulk.get(graph).size());
        }
        assertTrue(StoreSnapshot.isomorphic(transactional, bulk), "the bulk load's derived graphs differ");
    }

    @Test
    void inABulkLoadADocumentNoStoreCanHoldFailsAloneAndTheOthersLoad() throws IOException {
        List<DocumentSource> sources = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            Path file = LoaderTest.write(dir.resolve("doc-" + i + ".txt"), "Document " + i + "\nline\n");
            sources.add(i == 4 ? unstorable(file) : DocumentFiles.collect(List.of(file), new TestPipeline()).get(0));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (Tdb2Store store = new Tdb2Store(dir.resolve("tdb2"))) {
            LoadReport report = new Loader(store, print(out), quiet, List.of(), new Loader.Options(2, 4, 10_000, 1))
                    .load(sources);

            assertTrue(out.toString(StandardCharsets.UTF_8).contains("empty store: bulk loading"));
            assertEquals(5, report.loaded());
            assertEquals(1, report.failures().size());
            assertTrue(report.failures().get(0).contains("doc-4.txt: cannot be stored"), report.failures().toString());
            assertEquals(5, store.graphs().size());
        }
    }

    @Test
    void aBulkLoadThatFailsWritesNothingAndTheStoreStaysWritable() {
        Triple t = Triple.create(NodeFactory.createURI("http://example.org/s"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o"));
        try (Tdb2Store store = new Tdb2Store(dir.resolve("tdb2"))) {
            assertThrows(IllegalStateException.class, () -> store.bulkLoad(stream -> {
                stream.quad(org.apache.jena.sparql.core.Quad.create(NodeFactory.createURI("http://example.org/g"), t));
                throw new IllegalStateException("failed half-way");
            }));
            assertTrue(store.isEmpty());

            store.replaceGraph("http://example.org/h", sink -> sink.triple(t));

            assertEquals(List.of("http://example.org/h"), store.graphs());
            assertEquals(1, StoreSnapshot.of(store).get("http://example.org/h").size());
            assertTrue(store.query(org.apache.jena.query.QueryFactory.create("ASK { ?s ?p \"o\" }"),
                    java.time.Duration.ofSeconds(10), org.apache.jena.query.QueryExecution::execAsk));
        }
    }

    /** A document whose graph holds a query variable, which no store can hold: it fails in the write. */
    private static DocumentSource unstorable(Path file) {
        return new DocumentSource() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public DocumentGraph read() {
                return new DocumentGraph() {
                    @Override
                    public String graphIri() {
                        return TestPipeline.graphOf(file);
                    }

                    @Override
                    public String label() {
                        return "unstorable";
                    }

                    @Override
                    public void emit(StreamRDF sink) {
                        sink.triple(Triple.create(NodeFactory.createURI("http://example.org/s"),
                                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o")));
                        sink.triple(Triple.create(NodeFactory.createURI("http://example.org/s"),
                                NodeFactory.createURI("http://example.org/p"), Var.alloc("x")));
                    }
                };
            }
        };
    }

    /** 1..n as a list. */
    private static final class IntStreamRange {
        static List<Integer> of(int from, int to) {
            return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
        }
    }

    private static List<Integer> progressPositions(String out) {
        List<Integer> positions = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\[(\\d+)/\\d+] .* triples$").matcher(out);
        while (m.find()) {
            positions.add(Integer.parseInt(m.group(1)));
        }
        return positions;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
