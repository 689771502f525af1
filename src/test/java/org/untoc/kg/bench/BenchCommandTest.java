package org.untoc.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.cli.Main;

/** A smoke run of {@code bench --sizes 10}: it completes and prints every figure (values are not judged). */
class BenchCommandTest {
    private static final List<String> LABELS = List.of("machine: ", "JVM: ", "heap: -Xmx",
            "ingest: documents/s", "ingest: triples/s", "ingest stage: read+normalize+parse", "ingest stage: extract",
            "ingest stage: store writes", "ingest stage: derived graphs", "ingest stage: compaction",
            "bulk load: triples/s",
            "extraction overhead (ingest time / bulk load time)",
            "point query 'who recalls X', /sparql uncached p50", "point query 'who recalls X', /sparql uncached p99",
            "point query 'who recalls X', Fuseki direct uncached p50",
            "point query 'who recalls X', /sparql repeated (cached) p50",
            "point query 'who recalls X', Fuseki direct repeated p99",
            "transitive ancestry query, /sparql uncached p50", "transitive ancestry query, Fuseki direct uncached p99",
            "transitive ancestry query, /sparql repeated (cached) p99",
            "transitive ancestry query: Fuseki / /sparql repeated (p50 speed-up)",
            "concurrent 2 clients, /sparql: queries/s", "concurrent 2 clients, Fuseki direct: queries/s",
            "ingest stage: lineage index kept beside the database",
            "lineage index: first start after the load (read from the snapshot the load kept)",
            "lineage index: read from the store instead (two queries + arrays)",
            "lineage index: ancestry, first 100 + total, on the wire (kept-alive socket, no client library) p50",
            "lineage index: descendants, first 100 + total, on the wire (kept-alive socket, no client library) p99",
            "heap after load (live, after GC)", "heap while serving (live, after GC)",
            "scaling from 5 to 10 documents");

    @TempDir
    Path out;

    @Test
    void aSmallRunPrintsEveryFigure() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = Main.run(new String[] {"bench", "--sizes", "5,10", "--out", out.toString(), "--queries", "3",
                "--clients", "2", "--seconds", "0.5"}, stream, stream);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        for (String label : LABELS) {
            assertTrue(printed.contains(label), "missing '" + label + "' in:\n" + printed);
        }
        assertTrue(printed.contains("ingest: documents failed                                                    0"),
                printed);
        assertTrue(Files.readString(out.resolve("bench-results.csv")).contains("10,\"ingest: triples\""));
        // Every lineage request answered, the ones timed on the wire included (a NaN figure would print too).
        assertTrue(java.util.regex.Pattern.compile("lineage index: failed requests\\s+0\\s").matcher(printed).find(), printed);
        assertFalse(printed.contains("NaN"), printed);
    }
}
