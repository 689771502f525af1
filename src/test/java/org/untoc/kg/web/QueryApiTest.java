package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.untoc.kg.query.NamedQuery;
import org.untoc.kg.query.NamedQueryCatalog;

class QueryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NamedQueryCatalog CATALOG = NamedQueryCatalog.load();
    private static QueryApi api;

    @BeforeAll
    static void load() {
        api = new QueryApi(CATALOG, Fixture.runner());
    }

    @Test
    void runsANamedQueryAsSparqlJson() throws Exception {
        ApiResponse r = api.run("acts-recalling", Map.of("act", Fixture.ID + "cop/decision/3/2"), null, "application/json");
        assertEquals(200, r.status(), r.bodyText());
        assertEquals("application/sparql-results+json", r.contentType());
        JsonNode bindings = JSON.readTree(r.body()).path("results").path("bindings");
        assertEquals(2, bindings.size(), "11/1 and 10/4 recall 3/2: " + r.bodyText());
    }

    @Test
    void formatParameterBeatsAcceptAndGivesCsv() {
        ApiResponse r = api.run("acts-recalling", Map.of("act", Fixture.ID + "cop/decision/3/2"), "csv", "application/json");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/csv"));
        assertTrue(r.bodyText().startsWith("citing,number,relation,verb,clause"), r.bodyText());
        assertTrue(r.bodyText().contains("https://w3id.org/untoc/id/cop/resolution/11/1"));
    }

    @Test
    void acceptCsv() {
        ApiResponse r = api.run("acts-recalling", Map.of("act", Fixture.ID + "cop/decision/3/2"), null, "text/csv");
        assertTrue(r.contentType().startsWith("text/csv"));
    }

    @Test
    void answersTsvAndXmlByAcceptOrFormat() {
        Map<String, String> act = Map.of("act", Fixture.ID + "cop/decision/3/2");
        for (String[] c : new String[][] {{"text/tab-separated-values", null, "text/tab-separated-values"},
                {null, "tsv", "text/tab-separated-values"}, {"application/sparql-results+xml", null, "application/sparql-results+xml"},
                {"application/xml", null, "application/sparql-results+xml"}, {null, "xml", "application/sparql-results+xml"}}) {
            ApiResponse r = api.run("acts-recalling", act, c[1], c[0]);
            assertEquals(200, r.status(), r.bodyText());
            assertTrue(r.contentType().startsWith(c[2]), c[0] + " / " + c[1] + " → " + r.contentType());
        }
        String tsv = api.run("acts-recalling", act, "tsv", null).bodyText();
        assertTrue(tsv.startsWith("?citing\t?number"), tsv);
        assertEquals(3, tsv.strip().split("\n").length, "header and two rows: " + tsv);
        String xml = api.run("acts-recalling", act, "xml", null).bodyText();
        assertTrue(xml.contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"") && xml.contains("cop/resolution/11/1"), xml);
    }

    @Test
    void pagesWithLimitAndOffset() throws Exception {
        Map<String, String> act = Map.of("act", Fixture.ID + "cop/decision/3/2");
        JsonNode all = JSON.readTree(api.run("acts-recalling", act, "json", null).body()).path("results").path("bindings");
        assertEquals(2, all.size());
        JsonNode first = JSON.readTree(api.run("acts-recalling", act, "json", null, "1", null).body()).path("results").path("bindings");
        JsonNode second = JSON.readTree(api.run("acts-recalling", act, "json", null, "1", "1").body()).path("results").path("bindings");
        JsonNode beyond = JSON.readTree(api.run("acts-recalling", act, "json", null, "5", "2").body()).path("results").path("bindings");
        assertEquals(List.of(all.get(0), all.get(1), 0), List.of(first.get(0), second.get(0), beyond.size()),
                "pages follow the query's order");
        assertEquals(1, first.size());
    }

    @Test
    void aQuerysOwnLimitBoundsItsPages() {
        org.apache.jena.query.Query q = org.apache.jena.query.QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 10 OFFSET 5");
        QueryApi.page(q, 50, 8);
        assertEquals(13, q.getOffset());
        assertEquals(2, q.getLimit(), "rows 8 and 9 of the query's ten");
    }

    @Test
    void badRequestsAreNamed() throws Exception {
        assertEquals(404, api.run("no-such-query", Map.of(), null, null).status());
        ApiResponse missing = api.run("acts-recalling", Map.of(), null, null);
        assertEquals(400, missing.status());
        assertTrue(JSON.readTree(missing.body()).path("message").asText().contains("act"));
        assertEquals(400, api.run("acts-recalling", Map.of("act", "not an iri"), null, null).status());
        assertEquals(400, api.run("acts-recalling", Map.of("act", Fixture.ID + "x", "extra", "1"), null, null).status());
        assertEquals(400, api.run("acts-recalling", Map.of("act", Fixture.ID + "x"), "yaml", null).status());
        assertEquals(400, api.run("acts-recalling", Map.of("act", Fixture.ID + "x"), null, null, "0", null).status());
        assertEquals(400, api.run("acts-recalling", Map.of("act", Fixture.ID + "x"), null, null, null, "-1").status());
        assertEquals(400, api.run("acts-recalling", Map.of("act", Fixture.ID + "x"), null, null, "ten", null).status());
        assertEquals(406, api.run("acts-recalling", Map.of("act", Fixture.ID + "x"), null, "image/png").status());
    }

    @Test
    void injectionAttemptStaysAValue() {
        // A value that would close the IRI and add a pattern if it were spliced into the query text.
        ApiResponse r = api.run("acts-recalling", Map.of("act", "https://x.org/a> } ?s ?p ?o { <https://x.org/b"), null, null);
        assertEquals(400, r.status(), "not an IRI, refused before it reaches the query");
    }

    @Test
    void listsEveryQueryWithItsExampleBound() throws Exception {
        JsonNode list = JSON.readTree(api.list().body());
        assertEquals(CATALOG.all().size(), list.size());
        for (JsonNode q : list) {
            assertTrue(q.path("title").isTextual() && q.path("text").isTextual() && q.path("params").isArray());
            assertTrue(q.path("api").asText().startsWith("/api/queries/" + q.path("name").asText()));
        }
        JsonNode recalling = find(list, "acts-recalling");
        assertTrue(recalling.path("example").asText().contains("<https://w3id.org/untoc/id/cop/decision/3/2>"),
                "the example is the query with the example IRI substituted: " + recalling.path("example"));
        assertEquals("act", recalling.path("params").get(0).path("name").asText());
    }

    @Test
    void openApiDescribesEveryQueryAndItsParameters() throws Exception {
        JsonNode doc = JSON.readTree(new OpenApiDocument(CATALOG, "test").json());
        assertEquals("3.0.3", doc.path("openapi").asText());
        for (NamedQuery q : CATALOG.all()) {
            JsonNode get = doc.path("paths").path("/api/queries/" + q.name()).path("get");
            assertEquals(q.title(), get.path("summary").asText());
            assertEquals(q.parameters().size() + 3, get.path("parameters").size(), "declared parameters plus format, limit, offset");
            assertTrue(get.path("responses").path("200").path("content").has("text/tab-separated-values"));
            assertTrue(get.path("responses").path("200").path("content").has("application/sparql-results+xml"));
        }
        JsonNode act = doc.path("paths").path("/api/queries/acts-recalling").path("get").path("parameters").get(0);
        assertEquals("uri", act.path("schema").path("format").asText());
        assertTrue(act.path("required").asBoolean());
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode q : list) {
            if (q.path("name").asText().equals(name)) {
                return q;
            }
        }
        throw new AssertionError("no " + name + " in " + list);
    }
}
