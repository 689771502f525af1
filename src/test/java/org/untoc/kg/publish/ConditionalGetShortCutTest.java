package org.untoc.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.untoc.kg.store.KnowledgeStore;

/**
 * A 304 the filter can answer from what it saw does not run the controller; a write (a new dataset version) makes
 * it run again; a request for another representation (Vary) is not answered from the first one's memory.
 */
@MicronautTest(environments = ConditionalGetShortCutTest.ENV)
@Property(name = "untoc.fuseki.enabled", value = "false")
@Property(name = "untoc.store.data", value = "target/conditional-get-short-cut-store")
class ConditionalGetShortCutTest {
    static final String ENV = "conditional-get-short-cut";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    CountedController counted;
    @Inject
    KnowledgeStore store;

    @Test
    void aMatchingConditionalRequestIsAnsweredWithoutTheController() throws Exception {
        HttpResponse<String> first = get("text/plain", null);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        int runs = counted.runs.get();

        HttpResponse<String> again = get("text/plain", etag);
        assertEquals(304, again.statusCode());
        assertEquals(runs, counted.runs.get(), "the 304 was answered before the controller");
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
        assertEquals("no-cache", again.headers().firstValue("Cache-Control").orElse(null), "repeated from the 200");
        assertEquals("Accept", again.headers().firstValue("Vary").orElse(null));
        assertEquals(first.headers().firstValue("Last-Modified"), again.headers().firstValue("Last-Modified"));

        // Another Accept selects another representation: its tag differs, so the old one does not match.
        assertEquals(200, get("application/json", etag).statusCode());
        assertEquals(runs + 1, counted.runs.get());

        store.replaceGraph("https://w3id.org/untoc/graph/test/short-cut", sink -> sink.triple(Triple.create(
                NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
                NodeFactory.createLiteralString(Integer.toString(runs)))));
        HttpResponse<String> afterWrite = get("text/plain", etag);
        assertEquals(200, afterWrite.statusCode(), "a new version: the old tag no longer matches");
        assertEquals(runs + 2, counted.runs.get(), "the controller ran for the new version");
        String newTag = afterWrite.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, newTag);
        assertEquals(304, get("text/plain", newTag).statusCode());
        assertEquals(runs + 2, counted.runs.get());
    }

    private HttpResponse<String> get(String accept, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/test/counted"))
                .header("Accept", accept);
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
