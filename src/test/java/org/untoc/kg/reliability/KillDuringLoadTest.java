package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.cli.Main;
import org.untoc.kg.load.LoadCompletion;
import org.untoc.kg.load.StoreSnapshot;
import org.untoc.kg.store.Tdb2Store;

/**
 * {@code kill -9} of a separate loader JVM in the middle of a load into TDB2: the store opens consistent, holds
 * only whole documents, and re-running the load gives a dataset isomorphic to an uninterrupted load.
 */
class KillDuringLoadTest {
    private static final int DOCUMENTS = 120;
    private static final int LINES = 200;
    /** Kill once this many documents were reported loaded: well inside the load. */
    private static final int KILL_AFTER = 15;

    @TempDir
    Path dir;

    private Process loader;
    /** One reader for the loader's output: a second one would miss what the first read ahead into its buffer. */
    private BufferedReader progress;

    @AfterEach
    void noProcessLeftBehind() {
        if (loader != null) {
            loader.destroyForcibly();
        }
    }

    @Test
    void killedMidLoadTheStoreIsConsistentAndARerunMatchesAnUninterruptedLoad() throws Exception {
        Path docs = corpus();
        Path interrupted = dir.resolve("interrupted");
        Path uninterrupted = dir.resolve("uninterrupted");

        loader = new ProcessBuilder(List.of(java(), "-Xmx512m", "-Duntoc.test.pipeline=true", "-cp", classpath(),
                Main.class.getName(), "load", "--data", interrupted.toString(), docs.toString()))
                .redirectErrorStream(true).start();
        progress = new BufferedReader(new InputStreamReader(loader.getInputStream(), StandardCharsets.UTF_8));
        int reported = awaitProgress(progress, KILL_AFTER);
        // SIGKILL: no shutdown hook, no transaction end, no lock release.
        ProcessHandle handle = loader.toHandle();
        assertTrue(handle.isAlive(), "the load ended before it could be killed");
        new ProcessBuilder("kill", "-9", Long.toString(handle.pid())).start().waitFor(10, TimeUnit.SECONDS);
        assertTrue(loader.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, loader.exitValue(), "killed by SIGKILL");
        reported += countProgress(progress);
        assertTrue(reported >= KILL_AFTER && reported < DOCUMENTS, "killed after " + reported + " documents");

        assertEquals(0, load(uninterrupted, docs), "uninterrupted load");
        Map<String, Graph> reference = Cli.snapshot(uninterrupted);
        // every document, and the record that the load completed
        assertEquals(DOCUMENTS + 1, reference.size());
        assertTrue(reference.containsKey(LoadCompletion.GRAPH));

        // The killed store opens (TDB2 recovers from its journal and takes over the dead process's lock) and holds
        // only whole documents: at least those reported, at most one more (committed, not yet reported).
        Map<String, Graph> afterKill;
        try (Tdb2Store store = new Tdb2Store(interrupted.resolve("tdb2"))) {
            afterKill = StoreSnapshot.of(store);
            assertEquals(Optional.of(LoadCompletion.State.STARTED), LoadCompletion.state(store),
                    "the killed load is recorded as started, not completed");
        }
        afterKill.remove(LoadCompletion.GRAPH);
        assertTrue(afterKill.size() >= reported && afterKill.size() <= reported + 1,
                reported + " reported, " + afterKill.size() + " in the store");
        for (var e : afterKill.entrySet()) {
            assertTrue(reference.get(e.getKey()).isIsomorphicWith(e.getValue()), "partial graph " + e.getKey());
        }

        assertEquals(0, load(interrupted, docs), "the re-run completes");
        assertTrue(StoreSnapshot.isomorphic(reference, Cli.snapshot(interrupted)),
                "re-run after the kill = uninterrupted load, every named graph");
    }

    /** Documents big enough that each write takes a while: the kill lands inside the load, often in a write. */
    private Path corpus() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder("Document ").append(i).append('\n');
            for (int line = 0; line < LINES; line++) {
                text.append("paragraph ").append(line).append(" of document ").append(i).append(" with some words\n");
            }
            Files.writeString(docs.resolve(String.format("doc-%04d.txt", i)), text);
        }
        return docs;
    }

    /** Reads the loader's progress lines until {@code n} documents were reported; returns how many were. */
    private static int awaitProgress(BufferedReader out, int n) throws IOException {
        StringBuilder seen = new StringBuilder();
        int reported = 0;
        String line;
        while (reported < n && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.matches("\\[\\d+/\\d+] .* triples")) {
                reported++;
            }
        }
        assertFalse(reported < n, "the loader stopped early:\n" + seen);
        return reported;
    }

    /** Progress lines the process wrote before it died that were not read yet. */
    private static int countProgress(BufferedReader out) throws IOException {
        return (int) out.lines().filter(l -> l.matches("\\[\\d+/\\d+] .* triples")).count();
    }

    private static int load(Path data, Path docs) {
        System.setProperty("untoc.test.pipeline", "true");
        try {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
            return Main.run(new String[] {"load", "--data", data.toString(), docs.toString()}, print, print);
        } finally {
            System.clearProperty("untoc.test.pipeline");
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test class path (Surefire publishes it; a plain run has it as java.class.path). */
    static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
