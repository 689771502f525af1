package org.untoc.kg.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.untoc.kg.query.NamedQuery;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.store.Tdb2Store;

/**
 * Golden test: the citations in {@code lineage/citations.trig} give exactly the edges and sources in
 * {@code lineage/citations.expected.nt}, and the ancestry query over them answers the whole lineage.
 */
class WorkLineageTest {
    static final Path FIXTURES = Path.of("src/test/resources/lineage");
    static final String ID = "https://w3id.org/untoc/id/";

    static Tdb2Store storeWith(Path trig) {
        DatasetGraph input = DatasetGraphFactory.createTxnMem();
        RDFParser.source(trig).lang(Lang.TRIG).parse(input);
        Tdb2Store store = Tdb2Store.inMemory();
        input.listGraphNodes().forEachRemaining(g ->
                store.replaceGraph(g.getURI(), sink -> input.getGraph(g).find().forEachRemaining(sink::triple)));
        return store;
    }

    static Graph derivedGraph(Tdb2Store store) {
        WorkLineage lineage = new WorkLineage();
        store.replaceGraph(lineage.graphIri(), lineage.compute(store));
        Graph copy = GraphFactory.createDefaultGraph();
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> dsg.getGraph(NodeFactory.createURI(WorkLineage.GRAPH)).find().forEachRemaining(copy::add));
        return copy;
    }

    @Test
    void edgesAndSourcesAreTheGoldenOnes() throws IOException {
        try (Tdb2Store store = storeWith(FIXTURES.resolve("citations.trig"))) {
            Graph derived = derivedGraph(store);
            Graph expected = RDFDataMgr.loadGraph(FIXTURES.resolve("citations.expected.nt").toString());
            TreeSet<String> actual = new TreeSet<>();
            for (Verb v : Verb.values()) {
                derived.find(Node.ANY, NodeFactory.createURI(v.workIri()), Node.ANY).forEachRemaining(t -> actual.add(t.toString()));
            }
            derived.find(Node.ANY, Terms.WAS_DERIVED_FROM, Node.ANY).forEachRemaining(t -> actual.add(t.toString()));
            TreeSet<String> wanted = new TreeSet<>();
            expected.find().forEachRemaining(t -> wanted.add(t.toString()));
            assertEquals(String.join("\n", wanted), String.join("\n", actual));
            assertTrue(derived.contains(NodeFactory.createURI(WorkLineage.GRAPH), Terms.TYPE,
                    NodeFactory.createURI(Terms.PROV + "Entity")), "the graph describes itself as a prov:Entity");
        }
    }

    @Test
    void ancestryQueryFollowsTheLineageTransitively() throws IOException {
        try (Tdb2Store store = storeWith(FIXTURES.resolve("citations.trig"))) {
            derivedGraph(store);
            NamedQuery ancestry = NamedQuery.parse("ancestry", Files.readString(Path.of("queries/ancestry.rq")));
            List<String> answer = store.query(ancestry.bind(Map.of("act", ID + "cop/resolution/20/1")), Duration.ofSeconds(30), qe -> {
                List<String> out = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(s -> out.add(s.getResource("ancestor").getURI().substring(ID.length())));
                return out;
            });
            // untoc (the Convention) only through resolution 19/3, which cites a paragraph of one of its articles
            assertEquals(List.of("cop/decision/18/2", "cop/resolution/17/4", "cop/resolution/19/3", "untoc"), answer);
        }
    }

    @Test
    void recomputingReplacesTheGraphInsteadOfFeedingOnIt() {
        try (Tdb2Store store = storeWith(FIXTURES.resolve("citations.trig"))) {
            long first = derivedGraph(store).size();
            assertEquals(first, derivedGraph(store).size());
        }
    }
}
