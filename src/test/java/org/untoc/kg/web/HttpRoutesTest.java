package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The routes over HTTP: content negotiation headers, RDF bodies, the API and the static bundle. */
@MicronautTest(environments = "web-test")
// Keeps the service's own store and Fuseki (other branch) out of the way when both are in one application.
@Property(name = "untoc.fuseki.enabled", value = "false")
@Property(name = "untoc.store.data", value = "target/web-test-store")
class HttpRoutesTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void resourceIriServesTurtleToPlainClientsWithContentLocationAndVary() throws Exception {
        HttpResponse<String> r = get("/id/cop/decision/3/2", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals("/id/cop/decision/3/2?format=ttl", r.headers().firstValue("Content-Location").orElse(""));
        assertTrue(r.headers().allValues("Vary").toString().contains("Accept"));
        assertTrue(r.body().contains("untoc:recalls"), r.body());
    }

    @Test
    void browsersGetHtmlAndFormatOverridesAccept() throws Exception {
        HttpResponse<String> html = get("/id/document/CTOC/COP/WG.3/2021/3/annex/1/recommendation/j",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, html.statusCode(), html.body());
        assertTrue(html.body().contains("endorsed by"));
        assertTrue(html.body().contains("&lt;b&gt;sharing&lt;/b&gt;"), "markup in paragraph text is escaped");
        HttpResponse<String> jsonld = get("/id/cop/decision/3/2?format=jsonld", "text/html");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"), jsonld.headers() + jsonld.body());
        assertEquals(406, get("/id/cop/decision/3/2", "image/png").statusCode());
        assertEquals(404, get("/id/cop/decision/99/99", "text/html").statusCode());
    }

    @Test
    void apiAndBundle() throws Exception {
        HttpResponse<String> csv = get("/api/queries/acts-recalling?act=https://w3id.org/untoc/id/cop/decision/3/2&format=csv", null);
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals(3, csv.body().strip().split("\r?\n").length, "header and two rows: " + csv.body());
        assertEquals(400, get("/api/queries/acts-recalling", null).statusCode());
        assertTrue(get("/api/openapi.json", null).body().contains("\"/api/queries/acts-recalling\""));
        assertEquals(200, get("/assets/query.js", null).statusCode(), "the npm bundle is on the classpath");
        assertEquals(404, get("/assets/..%2Fpublic%2Findex.html", null).statusCode());
        assertTrue(get("/query", "text/html").body().contains("/assets/query.js"), "the query page");
        assertTrue(get("/", "text/html").body().contains("id=\"sessions\""), "the home page");
        assertEquals(200, get("/id/", "text/html").statusCode(), "/id/ lists what is there");
    }
}
