package org.untoc.kg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.store.KnowledgeStore;

/** The /sparql result cache and its HTTP validators, on the embedded store over real HTTP. */
class ResultCacheTest {
    private static final String GRAPH = "https://w3id.org/untoc/graph/test/cache";
    private static final String QUERY = "SELECT ?o WHERE { <urn:c:s> <urn:c:p> ?o } ORDER BY ?o";

    @TempDir
    Path data;

    private ApplicationContext context;
    private String sparql;
    private KnowledgeStore store;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        context = ApplicationContext.builder().properties(Map.of("untoc.store.mode", "EMBEDDED",
                "untoc.store.data", data.toString(), "micronaut.server.port", -1, "untoc.fuseki.port", 0)).start();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        sparql = context.getBean(UntocService.class).start(quiet, quiet);
        store = context.getBean(KnowledgeStore.class);
        write("one");
    }

    @AfterEach
    void stop() {
        context.getBean(UntocService.class).stop();
        context.close();
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithIdenticalBytes() throws Exception {
        ResultCache cache = context.getBean(ResultCache.class);
        int before = cache.size();
        HttpResponse<byte[]> first = get(QUERY, null);
        assertEquals(before + 1, cache.size(), "the first answer is kept");
        // The same query written differently normalises to the same entry.
        HttpResponse<byte[]> second = get("SELECT  ?o\nWHERE {<urn:c:s>   <urn:c:p> ?o}\nORDER BY ?o", null);
        HttpResponse<byte[]> third = get(QUERY, null);
        assertEquals(before + 1, cache.size(), "repeats add nothing");
        assertArrayEquals(first.body(), second.body());
        assertArrayEquals(first.body(), third.body());
        assertEquals(first.headers().firstValue("ETag"), third.headers().firstValue("ETag"));
        assertTrue(new String(first.body(), StandardCharsets.UTF_8).contains("one"));
    }

    @Test
    void replacingAGraphChangesTheVersionAndTheAnswer() throws Exception {
        HttpResponse<byte[]> before = get(QUERY, null);
        write("two");
        HttpResponse<byte[]> after = get(QUERY, null);
        String body = new String(after.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("two") && !body.contains("\"one\""), body);
        assertNotEquals(before.headers().firstValue("ETag").orElseThrow(),
                after.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void ifNoneMatchGivesNotModifiedUntilTheDataChanges() throws Exception {
        HttpResponse<byte[]> first = get(QUERY, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertNotNull(first.headers().firstValue("Last-Modified").orElse(null));
        HttpResponse<byte[]> again = get(QUERY, etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        write("three");
        HttpResponse<byte[]> changed = get(QUERY, etag);
        assertEquals(200, changed.statusCode());
        assertTrue(new String(changed.body(), StandardCharsets.UTF_8).contains("three"));
    }

    @Test
    void anotherFormatIsAnotherEntry() throws Exception {
        HttpResponse<byte[]> json = get(QUERY, null);
        HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(uri(QUERY)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("o\r\none\r\n", new String(csv.body(), StandardCharsets.UTF_8));
        assertNotEquals(json.headers().firstValue("ETag"), csv.headers().firstValue("ETag"));
    }

    private void write(String value) {
        store.replaceGraph(GRAPH, sink -> sink.triple(Triple.create(NodeFactory.createURI("urn:c:s"),
                NodeFactory.createURI("urn:c:p"), NodeFactory.createLiteralString(value))));
    }

    private HttpResponse<byte[]> get(String query, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(query)).header("Accept", "application/sparql-results+json");
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String query) {
        return URI.create(sparql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
}
