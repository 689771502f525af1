package org.untoc.kg.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An act's neighbourhood in the work-level citation graph, as {@code /api/lineage} answers it and the lineage
 * picture draws it: one page of the works reached ({@code nodes}, the act itself first), the edges among them,
 * and how many there are in all. With {@code to=}, the paths between two works instead.
 *
 * @param truncated more works (or paths) exist beyond this page
 * @param total works reached in all (the act itself not counted), or paths found
 * @param paths with {@code to=}: each path as the IRIs along it, from the act; otherwise absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineageGraph(String act, List<Node> nodes, List<Edge> edges, boolean truncated, int total, int offset,
        int limit, List<List<String>> paths) {

    public LineageGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        paths = paths == null ? null : List.copyOf(paths);
    }

    /**
     * A text: {@code role} is root, ancestor (cited by the root's chain) or descendant (citing it); {@code depth}
     * its distance in hops from the root; {@code date}, {@code number}, {@code title} as the data states them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(String id, String label, String href, String role, Integer depth, String date, Integer year,
            String number, String title) {}

    /**
     * A citation from {@code source} to {@code target}: {@code type} is the strongest verb of its citations (the
     * relation's local name: recalls, reaffirms, endorses, welcomes, takesNoteOf, or cites); {@code year} the
     * citing text's.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Edge(String source, String target, String type, Integer year) {}

    /** Counts only, for dashboards: works up, down and in all, within the depth and verbs asked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Counts(String act, Integer ancestors, Integer descendants, int total) {}
}
