package org.untoc.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.store.Tdb2Store;

/**
 * Over TDB2 the statistics count the quad index and hash each term by the content hash its node table files it under;
 * everywhere else the aggregate query hashes the terms in SPARQL. Both count the same; each version follows every
 * change of a term, also one that keeps every size, and comes back when the data does, also after the database is
 * compacted (which numbers the terms anew) and in another database.
 */
class DatasetStatisticsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void countsAgreeAndEachVersionFollowsTheContent() {
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            Node s = NodeFactory.createURI("https://w3id.org/untoc/id/cop/decision/3/2");
            Node p = NodeFactory.createURI("http://purl.org/dc/terms/title");
            store.replaceGraph("https://w3id.org/untoc/graph/a", out -> {
                out.triple(Triple.create(s, p, NodeFactory.createLiteralLang("Coopération « internationale »", "fr")));
                out.triple(Triple.create(s, p, NodeFactory.createLiteralString("plain \"quoted\" text")));
                out.triple(Triple.create(s, NodeFactory.createURI("http://purl.org/dc/terms/date"),
                        NodeFactory.createLiteralDT("2006-10-27", XSDDatatype.XSDdate)));
                out.triple(Triple.create(NodeFactory.createBlankNode(), p, NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger)));
            });
            store.replaceGraph("https://w3id.org/untoc/graph/b", out ->
                    out.triple(Triple.create(s, p, NodeFactory.createLiteralString("plain \"quoted\" text"))));

            DatasetStatistics java = DatasetStatistics.of(store, TIMEOUT);
            DatasetStatistics sparql = DatasetStatistics.ofAggregate(store, TIMEOUT);
            assertEquals(sparql.graphs(), java.graphs());
            assertEquals(sparql.triples(), java.triples());
            assertEquals(java, DatasetStatistics.of(store, TIMEOUT), "asking twice changes nothing");
            assertEquals(5, java.statements());
            assertEquals(4, java.triples(), "the title both graphs state is one triple of the union");

            // A change that keeps every size still changes the version.
            store.replaceGraph("https://w3id.org/untoc/graph/b", out ->
                    out.triple(Triple.create(s, p, NodeFactory.createLiteralString("corrected text"))));
            DatasetStatistics changed = DatasetStatistics.of(store, TIMEOUT);
            DatasetStatistics changedSparql = DatasetStatistics.ofAggregate(store, TIMEOUT);
            assertEquals(java.graphs(), changed.graphs());
            assertNotEquals(java.version(), changed.version());
            assertNotEquals(sparql.version(), changedSparql.version());

            // The same data again: the same version.
            store.replaceGraph("https://w3id.org/untoc/graph/b", out ->
                    out.triple(Triple.create(s, p, NodeFactory.createLiteralString("plain \"quoted\" text"))));
            assertEquals(java, DatasetStatistics.of(store, TIMEOUT));
            assertEquals(sparql, DatasetStatistics.ofAggregate(store, TIMEOUT));
        }
    }

    /** The loader compacts after every load: a reload of the same texts must keep the version (CI caught it). */
    @Test
    void theVersionSurvivesCompactionAndIsTheSameInAnotherDatabase(@TempDir Path dir) {
        String first;
        try (Tdb2Store store = new Tdb2Store(dir.resolve("one"))) {
            store.replaceGraph("https://w3id.org/untoc/graph/a", graphA());
            store.replaceGraph("https://w3id.org/untoc/graph/b", graphB());
            first = DatasetStatistics.of(store, TIMEOUT).version();
            // Writing a graph again and compacting renumbers the terms in the new generation of the database.
            store.replaceGraph("https://w3id.org/untoc/graph/a", graphA());
            store.compact();
            assertEquals(first, DatasetStatistics.of(store, TIMEOUT).version(), "compacting keeps the version");
        }
        try (Tdb2Store other = new Tdb2Store(dir.resolve("two"))) {
            // Another order of writing: other term ids for the same terms.
            other.replaceGraph("https://w3id.org/untoc/graph/b", graphB());
            other.replaceGraph("https://w3id.org/untoc/graph/a", graphA());
            assertEquals(first, DatasetStatistics.of(other, TIMEOUT).version(), "the same data, the same version");
            other.replaceGraph("https://w3id.org/untoc/graph/b", out -> out.triple(Triple.create(
                    NodeFactory.createURI("https://w3id.org/untoc/id/cop/resolution/11/1"),
                    NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString("b"))));
            assertNotEquals(first, DatasetStatistics.of(other, TIMEOUT).version());
        }
    }

    private static Consumer<StreamRDF> graphA() {
        Node s = NodeFactory.createURI("https://w3id.org/untoc/id/cop/decision/3/2");
        return out -> {
            out.triple(Triple.create(s, NodeFactory.createURI("http://purl.org/dc/terms/title"),
                    NodeFactory.createLiteralLang("Coopération internationale", "fr")));
            out.triple(Triple.create(s, NodeFactory.createURI("http://purl.org/dc/terms/date"),
                    NodeFactory.createLiteralDT("2006-10-27", XSDDatatype.XSDdate)));
        };
    }

    private static Consumer<StreamRDF> graphB() {
        return out -> out.triple(Triple.create(NodeFactory.createURI("https://w3id.org/untoc/id/cop/resolution/11/1"),
                NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString("a")));
    }
}
