package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LineageTest {
    private static final String ID = Fixture.ID;
    private final Lineage lineage = new Lineage(Fixture.runner(), WebQueries.load(), Fixture.BASE);

    @Test
    void twoHopsUpAndDownWithTypedEdges() {
        LineageGraph g = lineage.of(ID + "cop/resolution/11/1", 2);
        Set<String> edges = g.edges().stream()
                .map(e -> e.source().substring(ID.length()) + " " + e.type() + " " + e.target().substring(ID.length()))
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "cop/resolution/11/1 recalls cop/decision/3/2",
                "cop/resolution/11/1 reaffirms cop/resolution/10/4",
                "cop/resolution/11/1 endorses document/CTOC/COP/WG.3/2021/3/annex/1/recommendation/j",
                "cop/resolution/10/4 recalls cop/decision/3/2",
                "cop/resolution/10/4 cites ga/resolution/55/25",
                "cop/resolution/12/3 recalls cop/resolution/11/1"), edges,
                "cites only where nothing more specific is stated; clauses are not drawn");
        assertEquals(6, g.nodes().size());
        assertFalse(g.truncated());
        LineageGraph.Node root = g.nodes().get(0);
        assertEquals("root", root.role());
        assertEquals("COP resolution 11/1", root.label());
        assertEquals("/id/cop/resolution/11/1", root.href());
    }

    @Test
    void oneHopStopsAtDirectCitations() {
        LineageGraph g = lineage.of(ID + "cop/resolution/11/1", 1);
        assertTrue(g.nodes().stream().noneMatch(n -> n.id().endsWith("ga/resolution/55/25")));
        assertEquals(5, g.nodes().size());
    }
}
