package org.untoc.kg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * Post-load step: a meeting one text knows only by its first day ({@code …/meeting/2014-10-08}) is the meeting
 * another text gives an ordinal ({@code …/meeting/5}) when both are of the same working group and start on the
 * same day; the pair is recorded as {@code owl:sameAs} in its own graph.
 */
public final class MeetingIdentities {
    /** Named graph this step writes to (replaced on each run). */
    public static final String GRAPH = Ids.graph("derived/meeting-identities");

    /** One identity: the date-named meeting and the ordinal-named one. */
    public record Same(String byDate, String byOrdinal) {}

    private MeetingIdentities() {}

    /** Finds the identities in the store's document graphs and replaces {@link #GRAPH} with them. */
    public static List<Same> reconcile(Dataset ds) {
        String q = "PREFIX untoc: <" + Untoc.NS + ">\n"
                + "SELECT DISTINCT ?d ?o WHERE {\n"
                + "  GRAPH ?g1 { ?d untoc:meetingOf ?wg; untoc:startDate ?day }\n"
                + "  GRAPH ?g2 { ?o untoc:meetingOf ?wg; untoc:startDate ?day; untoc:ordinal ?n }\n"
                + "  FILTER(REGEX(STR(?d), \"/meeting/[0-9]{4}-[0-9]{2}-[0-9]{2}$\") && ?d != ?o)\n"
                + "} ORDER BY ?d ?o";
        List<Same> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (var qe = QueryExecutionFactory.create(q, ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(new Same(s.getResource("d").getURI(), s.getResource("o").getURI()));
                }
            }
        });
        Node graph = NodeFactory.createURI(GRAPH);
        Txn.executeWrite(ds, () -> {
            var dsg = ds.asDatasetGraph();
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            for (Same s : out) {
                dsg.add(Quad.create(graph, NodeFactory.createURI(s.byDate()), OWL.sameAs.asNode(), NodeFactory.createURI(s.byOrdinal())));
            }
        });
        return out;
    }
}
