package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.untoc.kg.store.DefaultGraph;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.RemoteStore;
import org.untoc.kg.store.StandaloneFuseki;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;
import org.untoc.kg.vocab.Ids;

/**
 * The obvious query gives the obvious answer (issue 14), over the built-in corpus served as {@code serve} serves
 * it, on every store configuration: embedded TDB2, the configured standalone Fuseki (union default graph), and a
 * STOCK {@code fuseki-server --tdb2 --loc DIR --update /ds} whose default graph is not the union.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStores.class)
class PlainSparqlTest {
    private static final String PREFIXES = "PREFIX untoc: <https://w3id.org/untoc/ontology#>\n";

    /** A store configuration the service is started on. */
    enum Setup { EMBEDDED, CONFIGURED_FUSEKI, STOCK_FUSEKI }

    private final Map<Setup, CorpusService> services = new HashMap<>();
    private StandaloneFuseki stock;

    static Stream<Setup> setups() {
        return Stream.of(Setup.values());
    }

    private CorpusService service(Setup setup, TestStores stores) {
        return services.computeIfAbsent(setup, s -> switch (s) {
            case EMBEDDED -> CorpusService.start(StoreKind.EMBEDDED, stores);
            case CONFIGURED_FUSEKI -> CorpusService.start(StoreKind.REMOTE, stores);
            case STOCK_FUSEKI -> {
                stock = StandaloneFuseki.startStock(false);
                var c = stock.stockConfig();
                // Started as an embedded one and switched to this store (REMOTE would empty the configured Fuseki).
                Map<String, Object> p = new HashMap<>();
                p.put("untoc.store.mode", "REMOTE");
                p.put("untoc.store.remote.query-url", c.queryUrl());
                p.put("untoc.store.remote.update-url", c.updateUrl());
                p.put("untoc.store.remote.graph-store-url", c.graphStoreUrl());
                p.put("untoc.store.remote.user", "");
                p.put("untoc.store.remote.password", "");
                yield CorpusService.start(StoreKind.EMBEDDED, stores, p);
            }
        });
    }

    private static List<String> column(CorpusService service, String query, String var) {
        // "id:cop/decision/3/2" is not a SPARQL prefixed name (slashes): written out as an IRI.
        HttpResponse<String> r = service.sparql(PREFIXES + query.replaceAll("\\bid:([^\\s}]+)", "<" + Ids.ID + "$1>"),
                "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> rows = new ArrayList<>(r.body().lines().skip(1).map(String::strip).toList());
        String header = r.body().lines().findFirst().orElse("");
        assertEquals(var, header.split(",")[0].strip(), header);
        rows.sort(null);
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void whoRecallsDecision3_2AnswersWithActsOnly(Setup setup, TestStores stores) {
        CorpusService s = service(setup, stores);
        assertEquals(List.of(Ids.ID + "cop/resolution/7/4"),
                column(s, "SELECT DISTINCT ?x WHERE { ?x untoc:recalls id:cop/decision/3/2 }", "x"));
        assertEquals(List.of(Ids.ID + "cop/resolution/11/1", Ids.ID + "cop/resolution/7/4"),
                column(s, "SELECT DISTINCT ?x WHERE { ?x untoc:reaffirms id:cop/decision/3/2 }", "x"));
        // The clause stays reachable through the reference read in it.
        List<String> clauses = column(s, "SELECT DISTINCT ?clause WHERE { ?r untoc:target id:cop/decision/3/2 ;"
                + " untoc:relation untoc:recalls ; untoc:inParagraph ?clause }", "clause");
        assertTrue(!clauses.isEmpty() && clauses.stream().allMatch(c -> c.startsWith(Ids.ID + "cop/resolution/7/4/")),
                clauses.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void noCitationIsMadeByAPartOfATextNorOfItsOwnParts(Setup setup, TestStores stores) {
        CorpusService s = service(setup, stores);
        assertEquals(List.of(), column(s, """
                SELECT ?part WHERE {
                  VALUES ?p { untoc:cites untoc:recalls untoc:reaffirms untoc:takesNoteOf untoc:welcomes
                              untoc:citesProvision untoc:citesDocument }
                  ?part ?p ?o ; untoc:partOf ?whole }""", "part"));
        assertEquals(List.of(), column(s, "SELECT ?x WHERE { id:cop/resolution/11/1 untoc:cites ?x . ?x untoc:partOf+"
                + " id:cop/resolution/11/1 }", "x"));
        assertEquals(List.of("37"), column(s, "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { id:cop/resolution/11/1"
                + " untoc:endorses ?r }", "n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void theDerivedLineageIsComputedRightOnEveryStore(Setup setup, TestStores stores) {
        CorpusService s = service(setup, stores);
        List<String> ancestors = column(s, "SELECT DISTINCT ?a WHERE { GRAPH <" + Ids.graph("derived/work-lineage")
                + "> { id:cop/resolution/11/1 untoc:citesWork+ ?a } }", "a");
        assertTrue(ancestors.contains(Ids.ID + "ecosoc/resolution/2014/17"), ancestors.toString());
    }

    @Test
    void theStockFusekiIsAskedThroughItsUnionGraph(TestStores stores) {
        KnowledgeStore store = service(Setup.STOCK_FUSEKI, stores).context().getBean(KnowledgeStore.class);
        assertEquals(DefaultGraph.SEPARATE_REWRITTEN, ((RemoteStore) store).defaultGraph());
    }

    @AfterAll
    void stop() throws Exception {
        services.values().forEach(CorpusService::close);
        if (stock != null) stock.close();
    }
}
