package org.untoc.kg.web;

import java.util.List;

/** An act's neighbourhood in the citation graph, as the lineage picture draws it. */
public record LineageGraph(List<Node> nodes, List<Edge> edges, boolean truncated) {

    public LineageGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A text: {@code role} is root, ancestor (cited by the root's chain) or descendant (citing it). */
    public record Node(String id, String label, String href, String role) {}

    /** A citation from {@code source} to {@code target}; {@code type} is the relation's local name (recalls, cites…). */
    public record Edge(String source, String target, String type) {}
}
