package org.untoc.kg.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.untoc.kg.vocab.Untoc;

/**
 * Walks the citation graph from an act, up (what it cites) and down (what cites it), hop by hop, one bound query
 * per text, so the depth is a loop bound rather than something spliced into a property path.
 */
public final class Lineage {
    /** Hops allowed in either direction. */
    public static final int MAX_DEPTH = 4;
    /** Texts drawn at most; beyond this the picture is unreadable anyway. */
    public static final int MAX_NODES = 150;

    private final QueryRunner runner;
    private final WebQueries queries;
    private final PublicBase base;

    public Lineage(QueryRunner runner, WebQueries queries, PublicBase base) {
        this.runner = runner;
        this.queries = queries;
        this.base = base;
    }

    /** The ancestry and descendants of {@code act} within {@code depth} hops (clamped to 1..MAX_DEPTH). */
    public LineageGraph of(String act, int depth) {
        int hops = Math.max(1, Math.min(MAX_DEPTH, depth));
        Map<String, LineageGraph.Node> nodes = new LinkedHashMap<>();
        Map<String, Set<String>> relations = new LinkedHashMap<>(); // "source target" -> relation local names
        nodes.put(act, node(act, null, "root"));
        boolean truncated = walk(act, hops, true, nodes, relations) | walk(act, hops, false, nodes, relations);
        List<LineageGraph.Edge> edges = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : relations.entrySet()) {
            String[] ends = e.getKey().split(" ", 2);
            Set<String> types = new LinkedHashSet<>(e.getValue());
            // cites is materialised next to every specific relation: drawn only when it is all there is.
            if (types.size() > 1) {
                types.remove("cites");
            }
            for (String t : types) {
                edges.add(new LineageGraph.Edge(ends[0], ends[1], t));
            }
        }
        return new LineageGraph(List.copyOf(nodes.values()), edges, truncated);
    }

    /** Breadth-first in one direction; true if it stopped at MAX_NODES. */
    private boolean walk(String start, int hops, boolean up, Map<String, LineageGraph.Node> nodes,
                         Map<String, Set<String>> relations) {
        Deque<String> frontier = new ArrayDeque<>(List.of(start));
        Set<String> expanded = new LinkedHashSet<>();
        for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
            Deque<String> next = new ArrayDeque<>();
            for (String current : frontier) {
                if (!expanded.add(current)) {
                    continue;
                }
                ResultSetRewindable rs = runner.select(queries.bind(up ? "lineage-up" : "lineage-down", Map.of("node", current)));
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String other = s.getResource("other").getURI();
                    String relation = s.getResource("relation").getURI();
                    if (!nodes.containsKey(other)) {
                        if (nodes.size() >= MAX_NODES) {
                            return true;
                        }
                        RDFNode label = s.get("otherLabel");
                        nodes.put(other, node(other, label == null ? null : label.asLiteral().getLexicalForm(), up ? "ancestor" : "descendant"));
                        next.add(other);
                    }
                    String key = up ? current + " " + other : other + " " + current;
                    relations.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(localName(relation));
                }
            }
            frontier = next;
        }
        return false;
    }

    private LineageGraph.Node node(String iri, String label, String role) {
        // Only pages here and web addresses become click targets: the data must not be able to plant a javascript: link.
        String href = base.isLocal(iri) || PublicBase.isWebIri(iri) ? base.href(iri) : null;
        return new LineageGraph.Node(iri, label != null ? label : Labels.fromIri(iri, base), href, role);
    }

    private static String localName(String relation) {
        return relation.startsWith(Untoc.NS) ? relation.substring(Untoc.NS.length()) : Labels.localName(relation);
    }
}
