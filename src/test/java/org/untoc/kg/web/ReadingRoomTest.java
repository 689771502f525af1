package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The reading room over the built-in corpus, through HTTP: act pages, cited-by, home, listing, search. */
@MicronautTest(environments = "corpus-web-test")
@Property(name = "untoc.fuseki.enabled", value = "false")
@Property(name = "untoc.store.data", value = "target/reading-room-test-store")
class ReadingRoomTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Test
    void actPageShowsItsTextWithReferencesLinked() throws Exception {
        Document page = page("/id/cop/resolution/11/1");
        assertEquals("COP resolution 11/1", page.selectFirst("h1").text());
        Element preamble = page.getElementById("preamble-3");
        assertTrue(preamble != null, page.select("#text").outerHtml());
        assertTrue(preamble.text().contains("Reaffirming its decision 3/2"), preamble.text());
        Element ref = preamble.selectFirst("a.ref");
        assertEquals("/id/cop/decision/3/2", ref.attr("href"));
        assertTrue(ref.attr("title").contains("2006"), "the target's date on hover: " + ref.attr("title"));
        assertEquals("Reaffirming", preamble.selectFirst("em.verb").text());
        assertTrue(page.getElementById("operative-2") != null, "operative paragraphs have anchors");
        // What it cites, at work level: never its own parts.
        for (Element a : page.select("#cites a")) {
            assertFalse(a.attr("href").startsWith("/id/cop/resolution/11/1/"), a.attr("href"));
        }
        assertTrue(page.select("#cites [data-relation=reaffirms] a[href='/id/cop/decision/3/2']").size() == 1);
    }

    @Test
    void citedActListsWhoRecallsAndReaffirmsIt() throws Exception {
        Document page = page("/id/cop/decision/3/2");
        List<String> recalledOrReaffirmed = page.select("#cited-by [data-relation=recalls] li > a, #cited-by [data-relation=reaffirms] li > a")
                .eachAttr("href");
        assertTrue(recalledOrReaffirmed.contains("/id/cop/resolution/7/4"), recalledOrReaffirmed.toString());
        assertTrue(recalledOrReaffirmed.contains("/id/cop/resolution/11/1"), recalledOrReaffirmed.toString());
        assertTrue(page.select("#cited-by blockquote.para mark").size() > 0, "the citing paragraph is quoted, the words marked");
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body());
    }
}
