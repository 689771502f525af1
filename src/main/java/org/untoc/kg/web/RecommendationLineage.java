package org.untoc.kg.web;

import static org.untoc.kg.web.DocumentTexts.uri;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;

/**
 * The second lineage view: where the recommendations an act endorses come from. The act endorses the
 * recommendations of an annex, which a meeting adopted, whose report holds the same text. Recommendations are
 * counted per annex rather than drawn one by one, so the picture stays readable with dozens of them.
 */
public final class RecommendationLineage {
    private final QueryRunner runner;
    private final WebQueries queries;
    private final PublicBase base;

    public RecommendationLineage(QueryRunner runner, WebQueries queries, PublicBase base) {
        this.runner = runner;
        this.queries = queries;
        this.base = base;
    }

    /** A node or edge of the picture, as the lineage picture reads them ({@code label} on edges: how many). */
    public record Node(String id, String label, String href, String role) {}

    public record Edge(String source, String target, String type, String label) {}

    public record Picture(List<Node> nodes, List<Edge> edges, boolean truncated) {}

    public Picture of(String act) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String[]> edgeEnds = new LinkedHashMap<>();
        nodes.put(act, node(act, "root"));
        ResultSetRewindable rs = runner.select(queries.bind("recommendation-lineage", Map.of("act", act)));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String part = uri(s, "part");
            String group = part != null ? part : uri(s, "rec");
            nodes.putIfAbsent(group, node(group, "annex"));
            count(counts, edgeEnds, act, group, "endorses");
            String meeting = uri(s, "meeting");
            if (meeting != null) {
                nodes.putIfAbsent(meeting, node(meeting, "meeting"));
                count(counts, edgeEnds, group, meeting, "adoptedAt");
                String report = uri(s, "report");
                if (report != null) {
                    nodes.putIfAbsent(report, node(report, "document"));
                    count(counts, edgeEnds, meeting, report, "reportedIn");
                }
            }
            String copy = uri(s, "copyText");
            if (copy != null && !copy.equals(act)) {
                nodes.putIfAbsent(copy, node(copy, "document"));
                count(counts, edgeEnds, group, copy, "sameText");
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Map.Entry<String, String[]> e : edgeEnds.entrySet()) {
            int n = counts.get(e.getKey())[0];
            String[] ends = e.getValue();
            String label = ends[2].equals("reportedIn") ? "" : n + (n == 1 ? " recommendation" : " recommendations");
            edges.add(new Edge(ends[0], ends[1], ends[2], label));
        }
        return new Picture(List.copyOf(nodes.values()), edges, false);
    }

    private static void count(Map<String, int[]> counts, Map<String, String[]> ends, String from, String to, String type) {
        String key = from + " " + to + " " + type;
        ends.putIfAbsent(key, new String[] {from, to, type});
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
    }

    private Node node(String iri, String role) {
        String href = base.isLocal(iri) || PublicBase.isWebIri(iri) ? base.href(iri) : null;
        return new Node(iri, Labels.fromIri(iri, base), href, role);
    }
}
