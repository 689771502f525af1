package org.untoc.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * What an external store's default graph is, found at start with one ASK each way, and queries answered right
 * whatever it is — against REAL standalone Fuseki processes: the stock {@code fuseki-server --tdb2 --loc DIR
 * --update /ds} (default graph separate from the named graphs), the same with the setting the refusal names
 * ({@code --set tdb:unionDefaultGraph=true}), and the project's configured one (docker/fuseki-config.ttl).
 */
@ExtendWith(TestStores.class)
class DefaultGraphTest {
    private static final String RECALLED = Ids.ID + "cop/decision/3/2";
    private static final String RECALLING = Ids.ID + "cop/resolution/7/4";
    private static final String GRAPH_A = Ids.graph("test/7-4");
    private static final String GRAPH_B = Ids.graph("test/3-2");
    private static final Query PLAIN = QueryFactory.create("SELECT ?x WHERE { ?x <" + Untoc.recalls.getURI() + "> <"
            + RECALLED + "> }");

    private static StandaloneFuseki stock;
    private static StandaloneFuseki stockWithUnionSetting;

    @BeforeAll
    static void start() {
        stock = StandaloneFuseki.startStock(false);
        stockWithUnionSetting = StandaloneFuseki.startStock(true);
    }

    @AfterAll
    static void stop() throws Exception {
        stock.close();
        stockWithUnionSetting.close();
    }

    /** Two document graphs: 7/4 recalls 3/2 in one, 3/2's title in the other (a join across graphs). */
    private static void load(RemoteStore store) {
        store.replaceGraph(GRAPH_A, out -> out.triple(Triple.create(NodeFactory.createURI(RECALLING), Untoc.recalls,
                NodeFactory.createURI(RECALLED))));
        store.replaceGraph(GRAPH_B, out -> out.triple(Triple.create(NodeFactory.createURI(RECALLED), Untoc.number,
                NodeFactory.createLiteralString("3/2"))));
    }

    private static List<String> column(KnowledgeStore store, Query query, String var) {
        return store.query(query, Duration.ofSeconds(30), qe -> {
            List<String> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(r -> out.add(r.get(var).toString()));
            return out;
        });
    }

    /** The store asked directly, bypassing the service: what a plain query gets from it. */
    private static boolean askDirectly(StandaloneFuseki fuseki, String ask) {
        try (QueryExecution qe = QueryExecutionHTTP.service(fuseki.datasetUrl() + "/query").query(ask).build()) {
            return qe.execAsk();
        }
    }

    @Test
    void aStockFusekiIsAskedThroughItsUnionGraphAndAnswersThePlainQuestion() {
        stockClear();
        RemoteStore store = new RemoteStore(stock.stockConfig());
        load(store);
        // The premise: this store's default graph really is empty, so a plain query sent as it is finds nothing.
        assertFalse(askDirectly(stock, "ASK { ?s ?p ?o }"));
        assertEquals(DefaultGraph.SEPARATE_REWRITTEN, store.checkDefaultGraph(false));
        assertEquals(List.of(RECALLING), column(store, PLAIN, "x"));
        // A join across graphs, and GRAPH ?g nested in the rewritten query still ranges over the named graphs.
        assertEquals(List.of("3/2"), column(store, QueryFactory.create("SELECT ?n WHERE { ?x <" + Untoc.recalls.getURI()
                + "> ?act . ?act <" + Untoc.number.getURI() + "> ?n }"), "n"));
        assertEquals(List.of(GRAPH_A), column(store, QueryFactory.create("SELECT ?g WHERE { ?x <" + Untoc.recalls.getURI()
                + "> ?act . GRAPH ?g { ?x ?p ?act } }"), "g"));
        // A query that names its own dataset is sent as written.
        assertEquals(List.of(), column(store, QueryFactory.create("SELECT ?x FROM <" + GRAPH_B + "> WHERE { ?x <"
                + Untoc.recalls.getURI() + "> ?y }"), "x"));
    }

    @Test
    void aStockFusekiIsRefusedWithTheSettingWhenTheUnionIsRequired() {
        stockClear();
        RemoteStore loader = new RemoteStore(stock.stockConfig());
        load(loader);
        RemoteStore store = new RemoteStore(stock.stockConfig(), DefaultGraphPolicy.REQUIRE_UNION);
        DefaultGraphRefusedException e = assertThrows(DefaultGraphRefusedException.class, () -> store.checkDefaultGraph(false));
        assertTrue(e.getMessage().contains("tdb2:unionDefaultGraph true"), e.getMessage());
        assertTrue(e.getMessage().contains("--set tdb:unionDefaultGraph=true"), e.getMessage());
        assertTrue(e.getMessage().contains(stock.datasetUrl()), "names the store: " + e.getMessage());
        // And every query is refused the same way, never answered with nothing.
        assertThrows(DefaultGraphRefusedException.class, () -> column(store, PLAIN, "x"));
    }

    @Test
    void anEmptyStockFusekiIsFoundOutWithAProbeGraphThatIsDroppedAgain() {
        stockClear();
        RemoteStore store = new RemoteStore(stock.stockConfig());
        assertEquals(DefaultGraph.SEPARATE_REWRITTEN, store.checkDefaultGraph(true));
        assertTrue(store.isEmpty(), "the probe graph is gone: " + store.graphs());
    }

    @Test
    void untilTheStoreHoldsANamedGraphTheCheckIsMadeAgainAtEachQuery() {
        stockClear();
        RemoteStore store = new RemoteStore(stock.stockConfig());
        assertEquals(DefaultGraph.UNKNOWN, store.checkDefaultGraph(false));
        load(store);
        assertEquals(List.of(RECALLING), column(store, PLAIN, "x"));
        assertEquals(DefaultGraph.SEPARATE_REWRITTEN, store.defaultGraph());
    }

    @Test
    void theSettingTheRefusalNamesMakesTheStockFusekiAUnionStore() {
        RemoteStore store = new RemoteStore(stockWithUnionSetting.stockConfig(), DefaultGraphPolicy.REQUIRE_UNION);
        load(store);
        assertTrue(askDirectly(stockWithUnionSetting, "ASK { ?s ?p ?o }"));
        assertEquals(DefaultGraph.UNION, store.checkDefaultGraph(false));
        assertEquals(List.of(RECALLING), column(store, PLAIN, "x"));
    }

    @Test
    void theConfiguredFusekiIsAUnionStoreAndQueriesGoAsTheyAre(TestStores stores) {
        StandaloneFuseki fuseki = stores.fuseki();
        fuseki.clear();
        RemoteStore store = new RemoteStore(fuseki.config(), DefaultGraphPolicy.REQUIRE_UNION);
        load(store);
        assertEquals(DefaultGraph.UNION, store.checkDefaultGraph(false));
        assertEquals(PLAIN, DefaultGraph.UNION.prepare(PLAIN));
        assertEquals(List.of(RECALLING), column(store, PLAIN, "x"));
    }

    private static void stockClear() {
        RemoteStore raw = new RemoteStore(stock.stockConfig(), DefaultGraphPolicy.ASSUME_UNION);
        for (String g : raw.graphs()) {
            raw.replaceGraph(g, out -> { });
        }
    }
}
