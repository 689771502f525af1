package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.untoc.kg.lineage.LineageIndex.Direction;
import org.untoc.kg.lineage.LineageIndexReader;
import org.untoc.kg.lineage.LineageIndexes;
import org.untoc.kg.lineage.Verb;
import org.untoc.kg.query.NamedQueryCatalog;

class LineageTest {
    private static final String ID = Fixture.ID;
    private static final QueryRunner RUNNER = Fixture.runner();
    private final Lineage lineage = new Lineage(new LineageIndexes(LineageIndexReader.Rows.of(RUNNER::select), () -> "fixture"), RUNNER, Fixture.BASE);
    private final LineageApi api = new LineageApi(lineage, new QueryApi(NamedQueryCatalog.load(), RUNNER));

    @Test
    void twoHopsUpAndDownWithTypedEdges() {
        LineageGraph g = lineage.of(ID + "cop/resolution/11/1", 2);
        Set<String> edges = g.edges().stream()
                .map(e -> e.source().substring(ID.length()) + " " + e.type() + " " + e.target().substring(ID.length()))
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "cop/resolution/11/1 recalls cop/decision/3/2",
                "cop/resolution/11/1 reaffirms cop/resolution/10/4",
                "cop/resolution/11/1 endorses document/CTOC/COP/WG.3/2021/3",
                "cop/resolution/10/4 recalls cop/decision/3/2",
                "cop/resolution/10/4 cites ga/resolution/55/25",
                "cop/resolution/12/3 recalls cop/resolution/11/1"), edges,
                "one edge per pair of works, with its strongest verb; an endorsed recommendation stands for its report");
        assertEquals(6, g.nodes().size());
        assertEquals(5, g.total());
        assertFalse(g.truncated());
        LineageGraph.Node root = g.nodes().get(0);
        assertEquals("root", root.role());
        assertEquals("COP resolution 11/1", root.label());
        assertEquals("/id/cop/resolution/11/1", root.href());
        assertEquals("2022-10-21", root.date());
        assertEquals(2022, root.year());
        assertEquals(2022, g.edges().stream().filter(e -> e.source().equals(ID + "cop/resolution/11/1")).findFirst()
                .orElseThrow().year(), "an edge's year is its citing text's");
    }

    @Test
    void oneHopStopsAtDirectCitations() {
        LineageGraph g = lineage.of(ID + "cop/resolution/11/1", 1);
        assertTrue(g.nodes().stream().noneMatch(n -> n.id().endsWith("ga/resolution/55/25")));
        assertEquals(5, g.nodes().size());
    }

    @Test
    void verbFilterAndPaging() {
        String act = ID + "cop/resolution/11/1";
        LineageGraph recalls = lineage.graph(new Lineage.Request(act, Direction.UP, 5,
                1 << Verb.RECALLS.ordinal() | 1 << Verb.REAFFIRMS.ordinal(), 100, 0, null));
        assertEquals(Set.of(ID + "cop/decision/3/2", ID + "cop/resolution/10/4"),
                recalls.nodes().stream().skip(1).map(LineageGraph.Node::id).collect(Collectors.toSet()),
                "the GA resolution is only cited, the report only endorsed");
        LineageGraph page = lineage.graph(new Lineage.Request(act, Direction.UP, 5, Verb.all(), 2, 1, null));
        assertEquals(4, page.total());
        assertEquals(3, page.nodes().size(), "the act and a page of two");
        assertTrue(page.truncated());
        assertEquals(List.of(1, 1), page.nodes().stream().skip(1).map(LineageGraph.Node::depth).toList());
        LineageGraph last = lineage.graph(new Lineage.Request(act, Direction.UP, 5, Verb.all(), 2, 3, null));
        assertEquals(ID + "ga/resolution/55/25", last.nodes().get(1).id(), "the farthest comes last");
        assertFalse(last.truncated());
    }

    @Test
    void pathsAndCounts() {
        LineageGraph p = lineage.paths(new Lineage.Request(ID + "cop/resolution/12/3", Direction.UP, 4, Verb.all(), 10,
                0, ID + "cop/decision/3/2"));
        assertEquals(List.of(
                List.of(ID + "cop/resolution/12/3", ID + "cop/resolution/11/1", ID + "cop/decision/3/2"),
                List.of(ID + "cop/resolution/12/3", ID + "cop/resolution/11/1", ID + "cop/resolution/10/4",
                        ID + "cop/decision/3/2")), p.paths(), "shortest first");
        assertEquals(2, p.total());
        assertEquals(0, lineage.paths(new Lineage.Request(ID + "cop/resolution/12/3", Direction.UP, 1, Verb.all(), 10,
                0, ID + "cop/decision/3/2")).total(), "no path within one hop");
        LineageGraph.Counts c = lineage.counts(new Lineage.Request(ID + "cop/resolution/11/1", null, 10, Verb.all(),
                0, 0, null));
        assertEquals(4, c.ancestors());
        assertEquals(1, c.descendants());
        assertEquals(5, c.total());
    }

    @Test
    void unknownActsAreNotFoundAndActsWithoutCitationsAreEmpty() {
        assertThrows(Lineage.NotFound.class, () -> lineage.of(ID + "cop/decision/99/99", 2));
        LineageGraph alone = lineage.of(ID + "state/ITA", 2);
        assertEquals(1, alone.nodes().size());
        assertEquals(0, alone.total());
    }

    @Test
    void apiAnswersJsonCsvAndErrors() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ApiResponse r = api.answer(Map.of("act", ID + "cop/resolution/11/1", "direction", "down"), null);
        assertEquals(200, r.status(), r.bodyText());
        JsonNode body = json.readTree(r.body());
        assertEquals(1, body.get("total").asInt());
        assertEquals(ID + "cop/resolution/12/3", body.get("nodes").get(1).get("id").asText());
        assertEquals("descendant", body.get("nodes").get(1).get("role").asText());
        assertTrue(body.has("edges") && body.has("truncated"), "the picture's fields stay");

        JsonNode bare = json.readTree(api.answer(Map.of("act", ID + "cop/resolution/11/1", "edges", "false"), null).body());
        assertEquals(0, bare.get("edges").size(), "edges=false: the works alone");
        assertEquals(6, bare.get("nodes").size());

        ApiResponse csv = api.answer(Map.of("act", ID + "cop/resolution/11/1", "format", "csv"), null);
        assertTrue(csv.contentType().startsWith("text/csv"));
        List<String> lines = csv.bodyText().strip().lines().toList();
        assertEquals("id,label,role,depth,date,year,number,title", lines.get(0));
        assertEquals(7, lines.size(), csv.bodyText());

        ApiResponse count = api.answer(Map.of("act", ID + "cop/resolution/11/1", "count", "true", "depth", "9"), "text/csv");
        assertEquals(ID + "cop/resolution/11/1,4,1,5", count.bodyText().strip().lines().toList().get(1));

        ApiResponse missing = api.answer(Map.of("act", ID + "cop/decision/99/99"), null);
        assertEquals(404, missing.status());
        assertTrue(json.readTree(missing.body()).get("message").asText().contains("decision/99/99"));
        assertEquals(400, api.answer(Map.of("act", ID + "cop/resolution/11/1", "verbs", "likes"), null).status());
        assertEquals(400, api.answer(Map.of("act", ID + "cop/resolution/11/1", "direction", "sideways"), null).status());
        assertEquals(400, api.answer(Map.of("act", ID + "cop/resolution/11/1", "limit", "-1"), null).status());
        assertEquals(400, api.answer(Map.of("act", "javascript:alert(1)"), null).status());
        assertEquals(400, api.answer(Map.of("act", ID + "cop/resolution/11/1", "colour", "red"), null).status());
    }

    @Test
    void namedQueriesFromTheIndexAnswerAsTheirSparqlDoes() {
        QueryApi sparql = new QueryApi(NamedQueryCatalog.load(), RUNNER);
        QueryApi indexed = new QueryApi(NamedQueryCatalog.load(), RUNNER, lineage);
        for (String[] q : new String[][] {{"ancestry", "cop/resolution/12/3"}, {"descendants", "cop/decision/3/2"},
                {"ancestry", "state/ITA"}}) {
            Map<String, String> params = Map.of("act", ID + q[1]);
            assertEquals(sparql.run(q[0], params, "csv", null).bodyText(), indexed.run(q[0], params, "csv", null).bodyText(),
                    q[0] + " of " + q[1]);
        }
    }
}
