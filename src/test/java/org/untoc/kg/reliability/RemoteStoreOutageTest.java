package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.untoc.kg.load.DocumentFiles;
import org.untoc.kg.load.DocumentSource;
import org.untoc.kg.load.LoadReport;
import org.untoc.kg.load.Loader;
import org.untoc.kg.load.StoreSnapshot;
import org.untoc.kg.load.TestPipeline;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.store.RemoteStore;
import org.untoc.kg.store.RemoteStoreConfig;
import org.untoc.kg.store.StandaloneFuseki;
import org.untoc.kg.store.TestStores;

/**
 * The real standalone Fuseki behind a TCP proxy that fails in the middle of a load: down for good, down for a
 * moment, or slow. Retries with backoff, clear messages, and never a partial graph.
 */
@ExtendWith(TestStores.class)
class RemoteStoreOutageTest {
    private static final int DOCUMENTS = 6;
    private TcpProxy proxy;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stopProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void aStoreThatGoesDownMidLoadIsRetriedThenReportedAndWritesNoPartialGraph(TestStores stores) throws Exception {
        Map<String, Graph> reference = referenceLoad(stores);
        try (RemoteStore store = new RemoteStore(throughProxy(stores, Duration.ofSeconds(5), 3))) {
            List<DocumentSource> sources = sourcesWithFaultBefore(stores, 3, () -> proxy.down());

            long started = System.nanoTime();
            LoadReport report = loader(store).load(sources);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(3, report.loaded(), report.toString());
            assertEquals(DOCUMENTS - 3, report.failures().size());
            for (String failure : report.failures()) {
                assertTrue(failure.contains("doc-") && failure.contains("cannot reach")
                        && failure.contains("gave up after 4 attempts"), failure);
            }
            // Three documents, each retried 3 times with 100 + 200 + 400 ms between attempts.
            assertTrue(millis >= 3 * 700, "no backoff? " + millis + " ms");
        }
        assertEveryGraphWholeOrAbsent(reference, stores, 3);
    }

    @Test
    void aStoreThatComesBackWithinTheRetriesLosesNothing(TestStores stores) throws Exception {
        Map<String, Graph> reference = referenceLoad(stores);
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try (RemoteStore store = new RemoteStore(throughProxy(stores, Duration.ofSeconds(5), 4))) {
            List<DocumentSource> sources = sourcesWithFaultBefore(stores, 3, () -> {
                proxy.down();
                later.schedule(() -> {
                    proxy.up();
                    return null;
                }, 400, TimeUnit.MILLISECONDS);
            });

            LoadReport report = loader(store).load(sources);

            assertTrue(report.allLoaded(), report + "\n" + err);
        } finally {
            later.shutdownNow();
        }
        assertTrue(StoreSnapshot.isomorphic(reference, snapshot(stores)), "same dataset as without the outage");
    }

    @Test
    void aSlowStoreTimesOutClearlyAndARerunCompletesTheDataset(TestStores stores) throws Exception {
        Map<String, Graph> reference = referenceLoad(stores);
        try (RemoteStore store = new RemoteStore(throughProxy(stores, Duration.ofMillis(600), 1))) {
            List<DocumentSource> sources = sourcesWithFaultBefore(stores, 2, () -> proxy.delayResponses(1500));

            LoadReport report = loader(store).load(sources);

            assertEquals(2, report.loaded(), report.toString());
            for (String failure : report.failures()) {
                assertTrue(failure.contains("doc-") && failure.contains("timed out"), failure);
            }
        }
        // A write that timed out may still have reached the store: it is then whole, never partial.
        assertEveryGraphWholeOrAbsent(reference, stores, 2);

        proxy.delayResponses(0);
        try (RemoteStore store = new RemoteStore(throughProxy(stores, Duration.ofSeconds(5), 3))) {
            assertTrue(loader(store).load(sources(stores)).allLoaded(), err.toString());
        }
        assertTrue(StoreSnapshot.isomorphic(reference, snapshot(stores)));
    }

    @Test
    void throughTheCommandLineAStoreThatIsDownExitsOneAndSaysWhy(TestStores stores) throws Exception {
        Path doc = Files.writeString(stores.tempDir().resolve("a.txt"), "A\nline\n");
        int port = StandaloneFuseki.freePort();
        ByteArrayOutputStream cliOut = new ByteArrayOutputStream();
        ByteArrayOutputStream cliErr = new ByteArrayOutputStream();
        System.setProperty("untoc.test.pipeline", "true");
        int code;
        try {
            code = org.untoc.kg.cli.Main.run(new String[] {"load", "--endpoint", "http://127.0.0.1:" + port + "/untoc",
                    doc.toString()}, new PrintStream(cliOut, true, StandardCharsets.UTF_8),
                    new PrintStream(cliErr, true, StandardCharsets.UTF_8));
        } finally {
            System.clearProperty("untoc.test.pipeline");
        }
        String errors = cliErr.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, errors);
        // The store is checked when it is opened (its default graph, DefaultGraph), before any document is read:
        // the message names the store, not a file.
        assertTrue(errors.contains("cannot reach") && errors.contains("gave up after") && errors.contains(String.valueOf(port)),
                errors);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private Path docs;

    /** The dataset an undisturbed load of the documents gives; leaves the store empty. */
    private Map<String, Graph> referenceLoad(TestStores stores) throws IOException {
        StandaloneFuseki fuseki = stores.fuseki();
        fuseki.clear();
        docs = stores.tempDir();
        for (int i = 1; i <= DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder("Document " + i + "\n");
            for (int line = 0; line < 200; line++) {
                text.append("line ").append(line).append(" of document ").append(i).append('\n');
            }
            Files.writeString(docs.resolve("doc-" + i + ".txt"), text);
        }
        Map<String, Graph> reference;
        try (RemoteStore store = new RemoteStore(fuseki.config())) {
            assertTrue(loader(store).load(sources(stores)).allLoaded());
            reference = StoreSnapshot.of(store);
        }
        fuseki.clear();
        proxy = new TcpProxy(URI.create(fuseki.datasetUrl()).getPort());
        return reference;
    }

    private List<DocumentSource> sources(TestStores stores) {
        return DocumentFiles.collect(List.of(docs), new TestPipeline());
    }

    /** The documents, with a fault injected just before document {@code after + 1} is read. */
    private List<DocumentSource> sourcesWithFaultBefore(TestStores stores, int after, Fault fault) {
        List<DocumentSource> plain = sources(stores);
        List<DocumentSource> out = new ArrayList<>(plain.subList(0, after));
        DocumentSource next = plain.get(after);
        out.add(new DocumentSource() {
            @Override
            public String name() {
                return next.name();
            }

            @Override
            public DocumentGraph read() throws DocumentException {
                try {
                    fault.inject();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return next.read();
            }
        });
        out.addAll(plain.subList(after + 1, plain.size()));
        return out;
    }

    private RemoteStoreConfig throughProxy(TestStores stores, Duration requestTimeout, int retries) {
        RemoteStoreConfig real = stores.fuseki().config();
        String base = "http://127.0.0.1:" + proxy.port() + "/untoc";
        return RemoteStoreConfig.forDataset(base, real.user(), real.password())
                .withTiming(Duration.ofSeconds(1), requestTimeout, retries, Duration.ofMillis(100));
    }

    private void assertEveryGraphWholeOrAbsent(Map<String, Graph> reference, TestStores stores, int atLeast) {
        Map<String, Graph> now = snapshot(stores);
        assertTrue(now.size() >= atLeast, now.keySet().toString());
        for (var e : now.entrySet()) {
            assertTrue(reference.containsKey(e.getKey()), "unexpected graph " + e.getKey());
            assertTrue(reference.get(e.getKey()).isIsomorphicWith(e.getValue()), "partial graph " + e.getKey());
        }
    }

    private static Map<String, Graph> snapshot(TestStores stores) {
        try (RemoteStore store = new RemoteStore(stores.fuseki().config())) {
            return StoreSnapshot.of(store);
        }
    }

    private Loader loader(RemoteStore store) {
        return new Loader(store, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    interface Fault {
        void inject() throws IOException;
    }
}
