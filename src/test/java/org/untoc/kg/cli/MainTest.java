package org.untoc.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.untoc.kg.load.LoadCompletion;
import org.untoc.kg.load.StoreSnapshot;
import org.untoc.kg.load.TestPipeline;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.RemoteStore;
import org.untoc.kg.store.StandaloneFuseki;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;
import org.untoc.kg.store.Tdb2Store;

/** The command line run in-process, its output captured: exit codes, progress, errors, both store modes. */
@ExtendWith(TestStores.class)
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void useTestPipeline() {
        // The CLI builds its own application context; system properties are one of its configuration sources.
        System.setProperty("untoc.test.pipeline", "true");
    }

    @AfterEach
    void forgetTestPipeline() {
        System.clearProperty("untoc.test.pipeline");
    }

    @ParameterizedTest
    @EnumSource(value = StoreKind.class, names = {"EMBEDDED", "REMOTE"})
    void loadExitsZeroWhenEveryDocumentLoaded(StoreKind kind, TestStores stores) throws IOException {
        Path docs = stores.tempDir();
        write(docs.resolve("a.txt"), "Alpha\nx\n");
        write(docs.resolve("nested/b.txt"), "Beta\n");
        List<String> args = new ArrayList<>(List.of("load"));
        args.addAll(storeArgs(kind, stores));
        args.add(docs.toString());

        int code = run(args);

        assertEquals(0, code, err());
        assertTrue(out().contains("[1/2] test a … 6 triples"), out());
        assertTrue(out().contains("[2/2] test b … 4 triples"), out());
        assertTrue(out().contains("loaded 2 of 2 documents, 10 triples"), out());
        try (KnowledgeStore store = reopen(kind, stores)) {
            // the two documents, and the record that the load completed
            assertEquals(List.of(LoadCompletion.GRAPH), store.graphs().stream()
                    .filter(g -> !g.startsWith("https://w3id.org/untoc/graph/test/")).toList());
            assertEquals(3, store.graphs().size());
            assertEquals(Optional.of(LoadCompletion.State.COMPLETE), LoadCompletion.state(store));
        }
    }

    @ParameterizedTest
    @EnumSource(value = StoreKind.class, names = {"EMBEDDED", "REMOTE"})
    void loadExitsOneWhenADocumentFailedAndNamesIt(StoreKind kind, TestStores stores) throws IOException {
        Path docs = stores.tempDir();
        write(docs.resolve("good.txt"), "Good\n");
        Path bad = write(docs.resolve("bad.txt"), "Bad\n!FAIL\n");
        List<String> args = new ArrayList<>(List.of("load"));
        args.addAll(storeArgs(kind, stores));
        args.add(docs.toString());

        int code = run(args);

        assertEquals(1, code);
        assertTrue(err().contains("FAILED " + bad + ":2: test pipeline: unparseable line"), err());
        assertTrue(out().contains("loaded 1 of 2 documents"), out());
        try (KnowledgeStore store = reopen(kind, stores)) {
            assertEquals(List.of(LoadCompletion.GRAPH, TestPipeline.graphOf(docs.resolve("good.txt"))), store.graphs());
        }
    }

    @Test
    void loadingTheSameFolderTwiceThroughTheCliIsIdempotent(TestStores stores) throws IOException {
        Path data = stores.tempDir();
        Path docs = stores.tempDir();
        write(docs.resolve("a.txt"), "A\n1\n");
        write(docs.resolve("r.ttl"), "<http://example.org/s> <http://example.org/p> [ <http://example.org/q> 1 ] .\n");

        assertEquals(0, run(List.of("load", "--data", data.toString(), docs.toString())), err());
        var first = snapshot(data);
        assertEquals(0, run(List.of("load", "--data", data.toString(), docs.toString())), err());

        assertTrue(StoreSnapshot.isomorphic(first, snapshot(data)));
    }

    @Test
    void usageErrorsExitTwo(TestStores stores) {
        Path data = stores.tempDir();
        assertEquals(2, run(List.of()));
        assertEquals(2, run(List.of("load")), "no PATH");
        assertEquals(2, run(List.of("load", "--no-such-flag", "x")));
        assertEquals(2, run(List.of("frobnicate")));
        assertEquals(2, run(List.of("load", "--data", data.toString(), "--endpoint", "http://127.0.0.1:1/ds", "x")));
        assertEquals(2, run(List.of("load", "--data", data.toString(), data.resolve("missing.txt").toString())));
        assertTrue(err().contains("missing.txt"), err());
    }

    @Test
    void wrongPasswordIsAClearFailure(TestStores stores) throws IOException {
        StandaloneFuseki fuseki = stores.fuseki();
        fuseki.clear();
        Path doc = write(stores.tempDir().resolve("a.txt"), "A\n");

        int code = run(List.of("load", "--endpoint", fuseki.datasetUrl(), "--user", StandaloneFuseki.USER,
                "--password", "wrong", doc.toString()));

        assertEquals(1, code);
        assertTrue(err().contains("401"), err());
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, run(List.of("--help")));
        assertTrue(out().contains("serve") && out().contains("load"), out());
    }

    private List<String> storeArgs(StoreKind kind, TestStores stores) throws IOException {
        if (kind == StoreKind.EMBEDDED) {
            Path data = stores.tempDir();
            dataDirs.add(data);
            return List.of("--data", data.toString());
        }
        StandaloneFuseki fuseki = stores.fuseki();
        fuseki.clear();
        Path passwordFile = Files.writeString(stores.tempDir().resolve("passwd"),
                StandaloneFuseki.USER + ": " + StandaloneFuseki.PASSWORD + "\n");
        return List.of("--endpoint", fuseki.datasetUrl(), "--password-file", passwordFile.toString());
    }

    private final List<Path> dataDirs = new ArrayList<>();

    private KnowledgeStore reopen(StoreKind kind, TestStores stores) {
        return kind == StoreKind.EMBEDDED ? new Tdb2Store(dataDirs.get(dataDirs.size() - 1).resolve("tdb2"))
                : new RemoteStore(stores.fuseki().config());
    }

    private static java.util.Map<String, org.apache.jena.graph.Graph> snapshot(Path data) {
        try (Tdb2Store store = new Tdb2Store(data.resolve("tdb2"))) {
            return StoreSnapshot.of(store);
        }
    }

    private int run(List<String> args) {
        return Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
