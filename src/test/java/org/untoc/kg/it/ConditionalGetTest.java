package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.untoc.kg.serve.DatasetVersion;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;

/**
 * Conditional GET on every address whose answer is a function of the data, keyed by the dataset version: ETag with
 * If-None-Match and Last-Modified with If-Modified-Since give 304, a write makes them 200 again, and Last-Modified
 * is never later than Date. Over the embedded store here; {@link RemoteConditionalGetTest} runs the same over a remote one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStores.class)
class ConditionalGetTest {
    private static final String ACT = "https://w3id.org/untoc/id/cop/decision/3/2";
    private final HttpClient http = HttpClient.newHttpClient();
    private CorpusService service;
    TestStores stores;
    private List<String> paths;

    /** The store the service runs over. */
    StoreKind kind() {
        return StoreKind.EMBEDDED;
    }

    /** Further configuration of the service. */
    Map<String, Object> properties() {
        return Map.of();
    }

    @BeforeAll
    void start(TestStores stores) throws Exception {
        this.stores = stores;
        service = CorpusService.start(kind(), stores, properties());
        String graph = service.context().getBean(KnowledgeStore.class).graphs().stream()
                .filter(g -> g.endsWith("/cop/resolution/11/1")).findFirst().orElseThrow();
        paths = List.of("/id/cop/decision/3/2", graph.substring("https://w3id.org/untoc".length()),
                "/api/queries/acts-recalling?act=" + URLEncoder.encode(ACT, StandardCharsets.UTF_8), "/api/queries",
                "/api/openapi.json", "/.well-known/void", "/sparql", "/dumps/untoc-kg.nq.gz",
                "/dumps/untoc-kg.nq.gz.sha256", "/ontology");
        // A version's Last-Modified is held back to the Date within the second it was first seen (the first request
        // to a data address, which this one is): let that second pass, whatever test runs first.
        assertEquals(200, send("/.well-known/void", "GET", null, null).statusCode());
        Thread.sleep(1100);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void ifNoneMatchWithTheETagGives304OnEveryAddress() throws Exception {
        for (String path : paths) {
            HttpResponse<byte[]> first = send(path, "GET", null, null);
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElse(null);
            assertTrue(etag != null && etag.startsWith("\""), path + " has a strong ETag: " + etag);
            HttpResponse<byte[]> again = send(path, "GET", "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals(0, again.body().length, path + ": a 304 has no body");
            assertEquals(etag, again.headers().firstValue("ETag").orElse(null), path);
            assertEquals(200, send(path, "GET", "If-None-Match", "\"something-else\"").statusCode(), path);
        }
    }

    @Test
    void ifModifiedSinceWithTheLastModifiedGives304AndAnEarlierDateGives200() throws Exception {
        for (String path : paths) {
            HttpResponse<byte[]> first = send(path, "GET", null, null);
            String lastModified = first.headers().firstValue("Last-Modified").orElse(null);
            assertTrue(lastModified != null, path + " has Last-Modified");
            assertEquals(304, send(path, "GET", "If-Modified-Since", lastModified).statusCode(), path);
            String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(date(lastModified).minusSeconds(3600)
                    .atZone(java.time.ZoneOffset.UTC));
            assertEquals(200, send(path, "GET", "If-Modified-Since", earlier).statusCode(), path);
        }
    }

    @Test
    void lastModifiedIsNeverLaterThanDate() throws Exception {
        for (String path : paths) {
            HttpResponse<byte[]> r = send(path, "GET", null, null);
            Instant modified = date(r.headers().firstValue("Last-Modified").orElseThrow());
            Instant sent = date(r.headers().firstValue("Date").orElseThrow());
            assertFalse(modified.isAfter(sent), path + ": Last-Modified " + modified + " after Date " + sent);
        }
        // A query result too, right after a write, when the version's time is rounded up to the next second.
        write("https://w3id.org/untoc/graph/test/conditional-date", "a");
        HttpResponse<byte[]> r = send("/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                "GET", null, null);
        assertFalse(date(r.headers().firstValue("Last-Modified").orElseThrow())
                .isAfter(date(r.headers().firstValue("Date").orElseThrow())), r.headers().toString());
        write("https://w3id.org/untoc/graph/test/conditional-date", null);
    }

    @Test
    void aWriteChangesTheValidators() throws Exception {
        String path = "/id/cop/decision/3/2";
        String etag = send(path, "GET", null, null).headers().firstValue("ETag").orElseThrow();
        write("https://w3id.org/untoc/graph/test/conditional", "b");
        try {
            HttpResponse<byte[]> after = send(path, "GET", "If-None-Match", etag);
            assertEquals(200, after.statusCode(), "the data changed: the old tag no longer matches");
            assertNotEquals(etag, after.headers().firstValue("ETag").orElse(null));
        } finally {
            write("https://w3id.org/untoc/graph/test/conditional", null);
        }
    }

    @Test
    void representationsOfOneResourceHaveTheirOwnTags() throws Exception {
        String turtle = send("/id/cop/decision/3/2", "GET", "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        String html = send("/id/cop/decision/3/2", "GET", "Accept", "text/html").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(turtle, html);
    }

    @Test
    void headOnADumpIsConditionalToo() throws Exception {
        String etag = send("/dumps/untoc-kg.trig.gz", "HEAD", null, null).headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, send("/dumps/untoc-kg.trig.gz", "GET", null, null).headers().firstValue("ETag").orElseThrow(),
                "HEAD and GET describe one representation");
        assertEquals(304, send("/dumps/untoc-kg.trig.gz", "HEAD", "If-None-Match", etag).statusCode());
    }

    /**
     * Writes (or with null, removes) a test graph through the service's store; after a removal, has the new version
     * seen (a remote store's version moves when next asked) and waits out the second it is in.
     */
    void write(String graph, String value) throws InterruptedException {
        write(service.context().getBean(KnowledgeStore.class), graph, value);
        if (value == null) {
            service.context().getBean(DatasetVersion.class).current();
            Thread.sleep(1100);
        }
    }

    static void write(KnowledgeStore store, String graph, String value) {
        store.replaceGraph(graph, sink -> {
            if (value != null) {
                sink.triple(Triple.create(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
                        NodeFactory.createLiteralString(value)));
            }
        });
    }

    static Instant date(String http) {
        return ZonedDateTime.parse(http, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    HttpResponse<byte[]> send(String path, String method, String header, String value)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(service.base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (header != null) {
            b.header(header, value);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
