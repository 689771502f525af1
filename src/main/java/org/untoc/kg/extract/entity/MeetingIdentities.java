package org.untoc.kg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;
import org.untoc.kg.load.DerivedGraph;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * Post-load step: a meeting one text knows only by its first day ({@code …/meeting/2014-10-08}) is the meeting
 * another text gives an ordinal ({@code …/meeting/5}) when both are of the same working group and start on the
 * same day; the pair is recorded as {@code owl:sameAs} in its own graph.
 */
public final class MeetingIdentities implements DerivedGraph {
    /** Named graph this step writes to (replaced on each run). */
    public static final String GRAPH = Ids.graph("derived/meeting-identities");

    private static final Duration QUERY_TIMEOUT = Duration.ofMinutes(5);

    /** One identity: the date-named meeting and the ordinal-named one. */
    public record Same(String byDate, String byOrdinal) {}

    @Override
    public String graphIri() {
        return GRAPH;
    }

    @Override
    public Consumer<StreamRDF> compute(KnowledgeStore store) {
        List<Same> found = find(store);
        return out -> found.forEach(s ->
                out.triple(Triple.create(NodeFactory.createURI(s.byDate()), OWL.sameAs.asNode(), NodeFactory.createURI(s.byOrdinal()))));
    }

    /** Pairs of a date-named meeting and the ordinal-named meeting of the same group that starts the same day. */
    public static List<Same> find(KnowledgeStore store) {
        Query q = QueryFactory.create("PREFIX untoc: <" + Untoc.NS + ">\n"
                // Over the union default graph, not GRAPH ?g1 × GRAPH ?g2: a meeting stated in many texts would
                // otherwise join once per pair of those texts (96 s at 10,000 generated documents, for 292 pairs).
                + "SELECT DISTINCT ?d ?o WHERE {\n"
                + "  ?o untoc:ordinal ?n; untoc:meetingOf ?wg; untoc:startDate ?day .\n"
                + "  ?d untoc:startDate ?day; untoc:meetingOf ?wg .\n"
                + "  FILTER(?d != ?o && REGEX(STR(?d), \"/meeting/[0-9]{4}-[0-9]{2}-[0-9]{2}$\"))\n"
                + "} ORDER BY ?d ?o");
        return store.query(q, QUERY_TIMEOUT, qe -> {
            List<Same> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(new Same(s.getResource("d").getURI(), s.getResource("o").getURI()));
            }
            return out;
        });
    }
}
