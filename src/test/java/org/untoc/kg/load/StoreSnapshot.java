package org.untoc.kg.load;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.untoc.kg.store.KnowledgeStore;

/** Every named graph of a store, read back through its query interface (works for any store). */
public final class StoreSnapshot {
    private StoreSnapshot() {}

    /** Graph IRI → its triples. */
    public static Map<String, Graph> of(KnowledgeStore store) {
        return store.query(QueryFactory.create("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }"),
                Duration.ofSeconds(30), qe -> {
                    Map<String, Graph> graphs = new TreeMap<>();
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        graphs.computeIfAbsent(row.getResource("g").getURI(), k -> GraphFactory.createDefaultGraph())
                                .add(row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode());
                    }
                    return graphs;
                });
    }

    /** True when both snapshots have the same graph names and each pair of graphs is isomorphic. */
    public static boolean isomorphic(Map<String, Graph> a, Map<String, Graph> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.keySet().stream().allMatch(g -> a.get(g).isIsomorphicWith(b.get(g)));
    }
}
