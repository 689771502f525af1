package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.untoc.kg.store.StandaloneFuseki;
import org.untoc.kg.vocab.Ids;

/**
 * The command line against a STOCK {@code fuseki-server --tdb2 --loc DIR --update /ds} (default graph not the
 * union): {@code load --endpoint} fills it and derives the lineage right; {@code serve --endpoint} with
 * {@code untoc.store.remote.default-graph=REQUIRE_UNION} refuses to start, naming the setting to change.
 */
class StockFusekiCliTest {
    private static StandaloneFuseki stock;

    @BeforeAll
    static void start() {
        stock = StandaloneFuseki.startStock(false);
    }

    @AfterAll
    static void stop() throws Exception {
        stock.close();
    }

    @Test
    void loadFillsItRightAndServeRefusesItWhenTheUnionIsRequired() {
        Cli load = Cli.run(List.of("load", "--endpoint", stock.datasetUrl(),
                "src/main/resources/corpus/000_8d79988d579e14f5.txt", "src/main/resources/corpus/001_a32a9ece5a4bc505.txt"));
        assertEquals(0, load.code(), load.toString());
        // The lineage derived during the load joined the document graphs although the default graph is empty.
        try (QueryExecution qe = QueryExecutionHTTP.service(stock.datasetUrl() + "/query").query(
                "ASK { GRAPH <" + Ids.graph("derived/work-lineage") + "> { <" + Ids.ID + "cop/resolution/11/1>"
                        + " <https://w3id.org/untoc/ontology#citesWork> <" + Ids.ID + "cop/resolution/7/4> } }").build()) {
            assertTrue(qe.execAsk(), "work lineage 11/1 → 7/4 derived on the stock store");
        }
        System.setProperty("untoc.store.remote.default-graph", "REQUIRE_UNION");
        try {
            Cli serve = Cli.run(List.of("serve", "--endpoint", stock.datasetUrl(), "--port", "0", "--fuseki-port", "0"));
            assertEquals(1, serve.code(), serve.toString());
            assertTrue(serve.err().contains("default graph is not the union of the named graphs"), serve.toString());
            assertTrue(serve.err().contains("tdb2:unionDefaultGraph true"), serve.toString());
            assertTrue(serve.err().contains("--set tdb:unionDefaultGraph=true"), serve.toString());
        } finally {
            System.clearProperty("untoc.store.remote.default-graph");
        }
    }
}
