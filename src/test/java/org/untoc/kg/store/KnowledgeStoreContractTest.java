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
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every KnowledgeStore must do, checked against the embedded TDB2 store and a real standalone Fuseki. */
@ExtendWith(TestStores.class)
class KnowledgeStoreContractTest {
    private static final String G1 = "https://w3id.org/untoc/graph/test/one";
    private static final String G2 = "https://w3id.org/untoc/graph/test/two";

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void newStoreIsEmptyAndReplaceGraphFillsIt(StoreKind kind, TestStores stores) {
        KnowledgeStore store = stores.open(kind);
        assertTrue(store.isEmpty());
        assertEquals(List.of(), store.graphs());

        store.replaceGraph(G1, sink -> triples(sink, "a", 3));

        assertFalse(store.isEmpty());
        assertEquals(List.of(G1), store.graphs());
        assertEquals(3, count(store, "SELECT * { GRAPH <" + G1 + "> { ?s ?p ?o } }"));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void replaceGraphReplacesOnlyThatGraph(StoreKind kind, TestStores stores) {
        KnowledgeStore store = stores.open(kind);
        store.replaceGraph(G1, sink -> triples(sink, "a", 3));
        store.replaceGraph(G2, sink -> triples(sink, "b", 2));

        store.replaceGraph(G1, sink -> triples(sink, "c", 1));

        assertEquals(List.of(G1, G2), store.graphs());
        assertEquals(1, count(store, "SELECT * { GRAPH <" + G1 + "> { ?s ?p ?o } }"));
        assertEquals(1, count(store, "SELECT * { GRAPH <" + G1 + "> { <urn:s:c0> ?p ?o } }"));
        assertEquals(2, count(store, "SELECT * { GRAPH <" + G2 + "> { ?s ?p ?o } }"));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aWriterThatFailsHalfWayLeavesTheOldGraph(StoreKind kind, TestStores stores) {
        KnowledgeStore store = stores.open(kind);
        store.replaceGraph(G1, sink -> triples(sink, "old", 2));

        assertThrows(IllegalStateException.class, () -> store.replaceGraph(G1, sink -> {
            triples(sink, "new", 5);
            throw new IllegalStateException("parser blew up after 5 triples");
        }));

        assertEquals(2, count(store, "SELECT * { GRAPH <" + G1 + "> { ?s ?p ?o } }"));
        assertEquals(2, count(store, "SELECT * { GRAPH <" + G1 + "> { ?s ?p ?o FILTER(STRSTARTS(STR(?s), 'urn:s:old')) } }"));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void defaultGraphIsTheUnionOfNamedGraphs(StoreKind kind, TestStores stores) {
        KnowledgeStore store = stores.open(kind);
        store.replaceGraph(G1, sink -> triples(sink, "a", 3));
        store.replaceGraph(G2, sink -> triples(sink, "b", 2));

        assertEquals(5, count(store, "SELECT * { ?s ?p ?o }"));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void fromClausePicksGraphsOfTheStore(StoreKind kind, TestStores stores) {
        KnowledgeStore store = stores.open(kind);
        store.replaceGraph(G1, sink -> triples(sink, "a", 3));
        store.replaceGraph(G2, sink -> triples(sink, "b", 2));

        assertEquals(2, count(store, "SELECT * FROM <" + G2 + "> { ?s ?p ?o }"));
        assertEquals(3, count(store, "SELECT * FROM NAMED <" + G1 + "> { GRAPH ?g { ?s ?p ?o } }"));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aHeavyQueryIsCancelledAtTheTimeout(StoreKind kind, TestStores stores) {
        KnowledgeStore store = stores.open(kind);
        store.replaceGraph(G1, sink -> triples(sink, "a", 200));
        // 200^4 = 1.6e9 rows to count: far beyond the timeout.
        Query heavy = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");

        long started = System.nanoTime();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> store.query(heavy, Duration.ofMillis(300), qe -> qe.execSelect().next()));
        long millis = (System.nanoTime() - started) / 1_000_000;

        // Embedded: Jena cancels the query. Remote: Fuseki cancels it and the store reports a timeout (no retry).
        assertTrue(e instanceof QueryCancelledException || e instanceof StoreTimeoutException, e.toString());
        assertTrue(millis < 15_000, "cancelled after " + millis + " ms");
    }

    static void triples(StreamRDF sink, String prefix, int n) {
        for (int i = 0; i < n; i++) {
            sink.triple(Triple.create(NodeFactory.createURI("urn:s:" + prefix + i), NodeFactory.createURI("urn:test:p"),
                    NodeFactory.createLiteralString(prefix + " " + i)));
        }
    }

    static int count(KnowledgeStore store, String select) {
        return store.query(QueryFactory.create(select), Duration.ofSeconds(30), (QueryExecution qe) -> {
            ResultSet rs = qe.execSelect();
            List<Object> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows.size();
        });
    }
}
