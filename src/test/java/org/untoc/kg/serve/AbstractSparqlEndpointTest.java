package org.untoc.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.TestStores;

/**
 * The /sparql endpoint over real HTTP, against a real store: run once per store mode by the subclasses.
 * The service is started exactly as {@code serve} starts it (first-start load included, with the test pipeline).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStores.class)
abstract class AbstractSparqlEndpointTest {
    static final String EX = "http://example.org/t/";
    static final String G1 = "https://w3id.org/untoc/graph/test/endpoint-one";
    static final String G2 = "https://w3id.org/untoc/graph/test/endpoint-two";
    static final String G_BIG = "https://w3id.org/untoc/graph/test/endpoint-big";
    static final String PEOPLE = "PREFIX ex: <" + EX + "> SELECT ?p ?name WHERE { ?p ex:name ?name } ORDER BY ?name";
    static final String CONSTRUCT = "PREFIX ex: <" + EX + "> CONSTRUCT { ?p ex:name ?name ; ex:knows ?o } WHERE"
            + " { ?p ex:name ?name OPTIONAL { ?p ex:knows ?o } }";
    /** 120^4 rows to count: far longer than the configured 2 s timeout. */
    static final String HEAVY = "SELECT (COUNT(*) AS ?n) { GRAPH <" + G_BIG + "> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i ."
            + " ?j ?k ?l } }";

    protected ApplicationContext context;
    protected String sparql;
    protected final HttpClient http = HttpClient.newHttpClient();
    protected final ByteArrayOutputStream startupOut = new ByteArrayOutputStream();

    /** Store properties of the mode under test. */
    abstract Map<String, Object> storeProperties(TestStores stores);

    @BeforeAll
    void startService(TestStores stores) {
        Map<String, Object> properties = new HashMap<>(storeProperties(stores));
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.server.max-request-size", "20KB");
        properties.put("untoc.test.pipeline", "true");
        properties.put("untoc.fuseki.port", 0);
        properties.put("untoc.sparql.timeout", "2s");
        properties.put("untoc.sparql.max-rows", 50);
        properties.put("untoc.sparql.max-query-length", 5000);
        properties.put("untoc.sparql.max-concurrent", 2);
        properties.put("untoc.sparql.queue-wait", "200ms");
        context = ApplicationContext.builder().properties(properties).start();
        PrintStream out = new PrintStream(startupOut, true, StandardCharsets.UTF_8);
        sparql = context.getBean(UntocService.class).start(out, out);
        KnowledgeStore store = context.getBean(KnowledgeStore.class);
        store.replaceGraph(G1, sink -> parse("""
                @prefix ex: <http://example.org/t/> .
                ex:alice ex:name "Alice" ; ex:knows ex:bob .
                ex:bob ex:name "Bob" .
                """).find().forEachRemaining(sink::triple));
        store.replaceGraph(G2, sink -> parse("""
                @prefix ex: <http://example.org/t/> .
                ex:carol ex:name "Carol"@en ; ex:age 42 .
                """).find().forEachRemaining(sink::triple));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            big.append("<urn:big:").append(i).append("> <urn:big:p> ").append(i).append(" .\n");
        }
        store.replaceGraph(G_BIG, sink -> RDFParser.fromString(big.toString(), Lang.TURTLE).toGraph().find()
                .forEachRemaining(sink::triple));
    }

    @AfterAll
    void stopService() {
        if (context != null) {
            context.getBean(UntocService.class).stop();
            context.close();
        }
    }

    @Test
    void printsTheUrlItServesAndLoadedTheBuiltInCorpusOnFirstStart() {
        String out = startupOut.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("untoc-kg serving SPARQL at " + sparql), out);
        assertTrue(sparql.matches("http://127\\.0\\.0\\.1:\\d+/sparql"), sparql);
        // The five corpus texts, through the (test) pipeline, each in its own graph.
        assertTrue(out.contains("loaded 5 of 5 documents") || out.matches("(?s).*loaded (\\d+) of \\1 documents.*"),
                out);
        List<String> graphs = context.getBean(KnowledgeStore.class).graphs();
        assertEquals(5, graphs.stream().filter(g -> g.contains("/graph/test/00")).count(), graphs.toString());
    }

    // --- protocol forms ---------------------------------------------------------------------------------

    @Test
    void getPostFormAndPostBodyGiveTheSameAnswer() throws Exception {
        List<Map<String, String>> viaGet = rows(get(PEOPLE, "application/sparql-results+json"), ResultSetLang.RS_JSON);
        List<Map<String, String>> viaForm = rows(postForm("query=" + enc(PEOPLE), "application/sparql-results+json"),
                ResultSetLang.RS_JSON);
        List<Map<String, String>> viaBody = rows(postBody(PEOPLE, "application/sparql-query",
                "application/sparql-results+json"), ResultSetLang.RS_JSON);

        assertEquals(List.of("Alice", "Bob", "Carol"), viaGet.stream().map(r -> r.get("name")).toList());
        assertEquals(viaGet, viaForm);
        assertEquals(viaGet, viaBody);
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, RS_JSON",
        "application/sparql-results+xml, RS_XML",
        "text/csv, RS_CSV",
        "text/tab-separated-values, RS_TSV"})
    void everySelectFormatParsesBackToTheSameRows(String mediaType, String lang) throws Exception {
        HttpResponse<byte[]> response = get(PEOPLE, mediaType);

        assertEquals(200, response.statusCode(), body(response));
        assertTrue(contentType(response).startsWith(mediaType), contentType(response));
        List<Map<String, String>> rows = rows(response, resultLang(lang));
        assertEquals(3, rows.size());
        assertEquals(EX + "alice", rows.get(0).get("p"));
        assertEquals(List.of("Alice", "Bob", "Carol"), rows.stream().map(r -> r.get("name")).toList());
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json, RS_JSON", "application/sparql-results+xml, RS_XML"})
    void askAnswersInJsonAndXml(String mediaType, String lang) throws Exception {
        HttpResponse<byte[]> yes = get("ASK { ?s <" + EX + "name> \"Bob\" }", mediaType);
        HttpResponse<byte[]> no = get("ASK { ?s <" + EX + "name> \"Nobody\" }", mediaType);

        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(yes.body()), resultLang(lang)));
        assertFalse(ResultSetMgr.readBoolean(new ByteArrayInputStream(no.body()), resultLang(lang)));
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TURTLE",
        "application/ld+json, JSONLD",
        "application/n-triples, NTRIPLES",
        "application/rdf+xml, RDFXML"})
    void everyConstructFormatParsesToTheSameGraph(String mediaType, String lang) throws Exception {
        Graph reference = graph(get(CONSTRUCT, "application/n-triples"), Lang.NTRIPLES);
        HttpResponse<byte[]> response = get(CONSTRUCT, mediaType);

        assertEquals(200, response.statusCode(), body(response));
        assertTrue(contentType(response).startsWith(mediaType), contentType(response));
        Graph parsed = graph(response, rdfLang(lang));
        assertEquals(4, parsed.size());
        assertTrue(reference.isIsomorphicWith(parsed));
    }

    @Test
    void describeAnswersWithAGraph() throws Exception {
        Graph g = graph(get("DESCRIBE <" + EX + "alice>", "text/turtle"), Lang.TURTLE);
        assertTrue(g.contains(Node.ANY, Node.ANY, org.apache.jena.graph.NodeFactory.createLiteralString("Alice")));
    }

    // --- content negotiation -----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|application/sparql-results+json",
        "*/*|application/sparql-results+json",
        "text/csv;q=0.5, application/sparql-results+xml;q=0.9|application/sparql-results+xml",
        "text/*|text/csv",
        "application/sparql-results+json;q=0, */*;q=0.1|application/sparql-results+xml",
        "text/html, text/tab-separated-values;q=0.8|text/tab-separated-values"})
    void selectFormatFollowsAcceptWithQValues(String accept, String expected) throws Exception {
        assertTrue(contentType(get(PEOPLE, accept)).startsWith(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|text/turtle",
        "application/ld+json;q=0.9, application/n-triples;q=0.4|application/ld+json",
        "application/json, application/n-triples;q=0.2|application/n-triples"})
    void graphFormatFollowsAcceptWithTurtleAsDefault(String accept, String expected) throws Exception {
        assertTrue(contentType(get(CONSTRUCT, accept)).startsWith(expected));
    }

    @Test
    void anUnsatisfiableAcceptIs406() throws Exception {
        HttpResponse<byte[]> response = get(PEOPLE, "text/turtle");
        assertEquals(406, response.statusCode());
        assertTrue(body(response).contains("application/sparql-results+json"), body(response));
    }

    // --- datasets ----------------------------------------------------------------------------------------

    @Test
    void theDefaultGraphIsTheUnionOfAllNamedGraphs() throws Exception {
        List<Map<String, String>> rows = rows(get("SELECT ?name { ?s <" + EX + "name> ?name }", null),
                ResultSetLang.RS_JSON);
        assertEquals(3, rows.size(), "Alice and Bob from one graph, Carol from another");
    }

    @Test
    void defaultGraphUriAndNamedGraphUriSelectGraphs() throws Exception {
        String names = "SELECT ?name { ?s <" + EX + "name> ?name }";
        List<Map<String, String>> fromTwo = rows(get(names, null, "default-graph-uri=" + enc(G2)),
                ResultSetLang.RS_JSON);
        assertEquals(List.of("Carol"), fromTwo.stream().map(r -> r.get("name")).toList());

        String inNamed = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
        List<Map<String, String>> named = rows(postForm("query=" + enc(inNamed) + "&named-graph-uri=" + enc(G1)
                + "&named-graph-uri=" + enc(G2), null), ResultSetLang.RS_JSON);
        assertEquals(Map.of(G1, "3", G2, "2"), toMap(named, "g", "n"));
    }

    // --- read-only, federation, limits ----------------------------------------------------------------------

    @Test
    void updatesAreRefusedInEveryForm() throws Exception {
        String insert = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        List<HttpResponse<byte[]>> attempts = List.of(
                postBody(insert, "application/sparql-update", null),
                postForm("update=" + enc(insert), null),
                postForm("query=" + enc(insert), null),
                get(insert, null),
                send(HttpRequest.newBuilder(URI.create(sparql + "?update=" + enc(insert))).GET()));
        for (HttpResponse<byte[]> response : attempts) {
            assertEquals(403, response.statusCode(), body(response));
            assertTrue(body(response).contains("read-only"), body(response));
        }
        assertTrue(rows(get("SELECT * { <urn:x:s> ?p ?o }", null), ResultSetLang.RS_JSON).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:3030/untoc/query> { ?s ?p ?o } } }",
        "SELECT * { { SELECT ?s { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } } LIMIT 1 } }",
        "SELECT * { BIND(<http://example.org/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }"})
    void serviceIsRefusedByDefault(String query) throws Exception {
        HttpResponse<byte[]> response = get(query, null);
        assertEquals(403, response.statusCode(), body(response));
        assertTrue(body(response).contains("SERVICE"), body(response));
    }

    @Test
    void aQueryOverTheTimeoutIsCancelled() throws Exception {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = get(HEAVY, null);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(503, response.statusCode(), body(response));
        assertTrue(body(response).contains("timeout"), body(response));
        assertTrue(millis < 15_000, "took " + millis + " ms");
    }

    @Test
    void resultsAreCutAtTheRowCap() throws Exception {
        HttpResponse<byte[]> response = get("SELECT ?s { GRAPH <" + G_BIG + "> { ?s ?p ?o } }", null);
        assertEquals(50, rows(response, ResultSetLang.RS_JSON).size());
        assertEquals("true", response.headers().firstValue("X-Untoc-Truncated").orElse(null));

        HttpResponse<byte[]> graph = get("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + G_BIG + "> { ?s ?p ?o } }",
                "application/n-triples");
        assertEquals(50, graph(graph, Lang.NTRIPLES).size());
        assertEquals("true", graph.headers().firstValue("X-Untoc-Truncated").orElse(null));
    }

    @Test
    void oversizedRequestsAreRefused() throws Exception {
        String longQuery = "SELECT * { ?s ?p ?o } #" + "x".repeat(6000);
        assertEquals(413, get(longQuery, null).statusCode());
        // A body over the configured max-request-size is refused. (A raw socket: java.net.http races the early
        // 413 against its own upload and may report a reset instead of the answer.)
        URI uri = URI.create(sparql);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 40000\r\n\r\n"
                    + "query=ASK%7B%7D&pad=" + "y".repeat(40000 - 20)).getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(statusLine.startsWith("HTTP/1.1 413"), statusLine);
        }
    }

    @Test
    void concurrentQueriesBeyondTheLimitGet503() throws Exception {
        List<CompletableFuture<HttpResponse<byte[]>>> heavy = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            heavy.add(http.sendAsync(request(HEAVY, null, "").build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        // Both slots are taken once the heavy queries arrive; poll until a light query is turned away (a slow
        // machine may take a moment to deliver them), for as long as they can hold their slots.
        // Each light query is new: a repeated one would be answered from the result cache, which needs no slot.
        int light = 0;
        HttpResponse<byte[]> refused = get("ASK { FILTER (" + light + " >= 0) }", null);
        while (refused.statusCode() != 503 && heavy.stream().anyMatch(f -> !f.isDone())) {
            Thread.sleep(50);
            refused = get("ASK { FILTER (" + ++light + " >= 0) }", null);
        }
        heavy.forEach(CompletableFuture::join);

        assertEquals(503, refused.statusCode(), body(refused));
        assertTrue(body(refused).contains("concurrent"), body(refused));
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void badRequestsGetClear400s() throws Exception {
        // A bare GET is the service description (PublishingTest); a POST without a query is an error.
        HttpResponse<byte[]> missing = send(HttpRequest.newBuilder(URI.create(sparql))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("default-graph-uri=urn%3Ax")));
        assertEquals(400, missing.statusCode());
        assertTrue(body(missing).contains("missing query"), body(missing));
        HttpResponse<byte[]> syntax = get("SELEKT * { ?s ?p ?o }", null);
        assertEquals(400, syntax.statusCode());
        assertTrue(body(syntax).contains("syntax error"), body(syntax));
    }

    @Test
    void corsIsOn() throws Exception {
        HttpResponse<byte[]> response = send(request(PEOPLE, null, "").header("Origin", "https://example.net"));
        assertEquals("https://example.net", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<byte[]> preflight = send(HttpRequest.newBuilder(URI.create(sparql))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.net")
                .header("Access-Control-Request-Method", "POST"));
        assertEquals(200, preflight.statusCode());
        assertNotNull(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
    }

    // --- helpers -----------------------------------------------------------------------------------------

    HttpResponse<byte[]> get(String query, String accept) throws Exception {
        return get(query, accept, "");
    }

    HttpResponse<byte[]> get(String query, String accept, String extraParams) throws Exception {
        return send(request(query, accept, extraParams));
    }

    HttpRequest.Builder request(String query, String accept, String extraParams) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sparql + "?query=" + enc(query)
                + (extraParams.isEmpty() ? "" : "&" + extraParams))).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return b;
    }

    HttpResponse<byte[]> postForm(String form, String accept) throws Exception {
        return postBody(form, "application/x-www-form-urlencoded", accept);
    }

    HttpResponse<byte[]> postBody(String body, String contentType, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sparql))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b);
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    static Graph parse(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
    }

    static Graph graph(HttpResponse<byte[]> response, Lang lang) {
        assertEquals(200, response.statusCode(), body(response));
        return RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).toGraph();
    }

    /** Rows as variable → IRI or lexical form, so that every result format compares equal. */
    static List<Map<String, String>> rows(HttpResponse<byte[]> response, Lang lang) {
        assertEquals(200, response.statusCode(), body(response));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body()), lang);
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            Map<String, String> values = new TreeMap<>();
            row.varNames().forEachRemaining(v -> {
                Node n = row.get(v).asNode();
                values.put(v, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            });
            out.add(values);
        }
        return out;
    }

    static Map<String, String> toMap(List<Map<String, String>> rows, String key, String value) {
        Map<String, String> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.get(key), r.get(value)));
        return out;
    }

    static Lang resultLang(String name) {
        return switch (name) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            case "RS_TSV" -> ResultSetLang.RS_TSV;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Lang rdfLang(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "RDFXML" -> Lang.RDFXML;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Path dataDir(TestStores stores) {
        return stores.tempDir().resolve("data");
    }
}
