package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.serve.UntocService;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;

/**
 * {@code kill -9} of {@code serve} during its first-start load, after the documents were written and before the
 * derived graphs were: the next start used to see a non-empty store and skip the load, so the lineage graph was
 * missing for ever and ancestry answered nothing. Now the load records that it started and, last, that it
 * completed; a start that finds it incomplete loads again.
 */
class InterruptedFirstStartTest {
    private static final String WORK_LINEAGE = "https://w3id.org/untoc/graph/derived/work-lineage";
    private static final String CITES_WORK = "ASK { GRAPH <" + WORK_LINEAGE + "> { ?a <https://w3id.org/untoc/ontology#citesWork> ?b } }";

    @TempDir
    Path dir;

    @Test
    void aStartKilledBeforeItsDerivedGraphsIsFinishedByTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        try (ServeProcess first = new ServeProcess(data, List.of("-Xmx512m", "-Duntoc.test.real-pipeline=true",
                "-Duntoc.test.slow-derived=true"))) {
            assertTrue(first.awaitOutput(SlowDerivedGraph.COMPUTING, 300),
                    "the first start never reached its derived graphs:\n" + first.output());
            first.kill9();
            assertFalse(first.process.isAlive());
        }
        // What the kill left: the documents, and no lineage.
        try (Tdb2Store store = new Tdb2Store(data.resolve("tdb2"))) {
            assertFalse(store.isEmpty(), "the documents were written before the kill");
            assertFalse(ask(store, CITES_WORK), "the kill came before the derived graphs");
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "untoc.store.mode", "EMBEDDED", "untoc.store.data", data.toString(),
                "micronaut.server.port", -1, "untoc.fuseki.port", 0, "untoc.test.real-pipeline", "true")).start()) {
            UntocService service = context.getBean(UntocService.class);
            try {
                service.start(print, print);
                KnowledgeStore store = context.getBean(KnowledgeStore.class);
                assertTrue(ask(store, CITES_WORK), "the second start completed the lineage graph:\n" + out);
                assertTrue(out.toString(StandardCharsets.UTF_8).contains("did not finish"), out.toString());
            } finally {
                service.stop();
            }
        }
        // A third start finds the load complete and loads nothing.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "untoc.store.mode", "EMBEDDED", "untoc.store.data", data.toString(),
                "micronaut.server.port", -1, "untoc.fuseki.port", 0, "untoc.test.real-pipeline", "true")).start()) {
            UntocService service = context.getBean(UntocService.class);
            try {
                service.start(new PrintStream(again, true, StandardCharsets.UTF_8), System.err);
                assertFalse(again.toString(StandardCharsets.UTF_8).contains("loading"), again.toString());
                assertEquals(true, ask(context.getBean(KnowledgeStore.class), CITES_WORK));
            } finally {
                service.stop();
            }
        }
    }

    private static boolean ask(KnowledgeStore store, String ask) {
        return store.query(QueryFactory.create(ask), Duration.ofSeconds(30), qe -> qe.execAsk());
    }
}
