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

    @org.junit.jupiter.api.BeforeAll
    static void loadCorpus() {
        Corpus.store();
    }

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

    @Test
    void homePageShowsSessionsOnATimeAxisWithTheirActs() throws Exception {
        Document page = page("/");
        Element session11 = page.selectFirst("#sessions li.session[data-session=11]");
        assertTrue(session11 != null, page.select("#sessions").text());
        assertTrue(session11.select("a[href='/id/cop/resolution/11/1']").size() == 1, session11.text());
        List<Integer> order = page.select("#sessions li.session").eachAttr("data-session").stream().map(Integer::valueOf).toList();
        assertEquals(order.stream().sorted().toList(), order, "sessions in time order");
        assertTrue(page.select("#bodies a[href='/id/cop/working-group/international-cooperation/meeting/12']").size() == 1);
        assertEquals("Working Group on International Cooperation, twelfth meeting",
                page.selectFirst("#bodies a[href='/id/cop/working-group/international-cooperation/meeting/12']").text());
        assertTrue(page.select("#documents a[href='/id/document/CTOC/COP/WG.3/2021/3']").size() == 1);
        List<String> counts = page.select("#articles td .count").eachText();
        assertTrue(counts.size() > 3 && Integer.parseInt(counts.get(0)) >= Integer.parseInt(counts.get(counts.size() - 1)), counts.toString());
        assertTrue(page.select("#states a").size() > 10);
    }

    @Test
    void idListsWhatIsThereInsteadOf404() throws Exception {
        Document listing = page("/id/");
        assertTrue(listing.select("#classes a[href='/id/?class=Act']").size() == 1, listing.text());
        Document acts = page("/id/?class=Act");
        assertTrue(acts.select("#members a[href='/id/cop/resolution/11/1']").size() == 1);
    }

    @Test
    void searchFindsTheParagraphAndLinksToItsAnchor() throws Exception {
        Document page = page("/search?q=" + java.net.URLEncoder.encode("electronic evidence", java.nio.charset.StandardCharsets.UTF_8));
        Element first = page.selectFirst("#hits li.hit");
        assertTrue(first != null, page.text());
        assertTrue(first.select("mark").eachText().stream().anyMatch(t -> t.equalsIgnoreCase("electronic") || t.equalsIgnoreCase("evidence")),
                first.outerHtml());
        List<String> hrefs = page.select("#hits a.para").eachAttr("href");
        assertTrue(hrefs.stream().anyMatch(h -> h.startsWith("/id/cop/resolution/11/1#")), hrefs.toString());
        // One hit per sentence of a text: a discussion point read off a paragraph is not a second hit beside it.
        List<String> sentences = page.select("#hits li.hit").stream()
                .map(h -> h.selectFirst("p.where a").text().split(", ")[0] + " | " + h.select("p.fragment").text()).toList();
        assertEquals(sentences.size(), new java.util.HashSet<>(sentences).size(), String.join("\n", sentences));
        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/search?q=electronic+evidence&limit=5"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"match\":true"), json.body());
        assertEquals(400, HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/search")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void articleMeetingStateAndRecommendationPages() throws Exception {
        Document article = page("/id/untoc/article/18");
        assertTrue(article.select("#text .part").size() > 5, "the article's paragraphs");
        assertTrue(article.select("#cited-by [data-relation=citesProvision] li").size() > 0, article.select("#cited-by").text());
        assertTrue(article.select("#per-period tr").size() > 1, "a chart of invocations per year: " + article.select("aside").text());
        Document meeting = page("/id/cop/working-group/international-cooperation/meeting/12");
        assertTrue(meeting.select("#attendance tr").size() > 3, "attendance");
        assertTrue(meeting.select("dl.facts").text().contains("25 March 2021"), meeting.select("dl.facts").text());
        assertTrue(meeting.select("dl.facts time[datetime=2021-03-25]").size() == 1, meeting.select("dl.facts").html());
        Document state = page("/id/state/DZA");
        assertTrue(state.select("#statements a[href='/id/cop/working-group/international-cooperation/meeting/12']").size() > 0);
        Document rec = page("/id/cop/resolution/11/1/annex/I/recommendation/j");
        assertTrue(rec.select("#text .part").size() == 1, "its own text");
        assertTrue(rec.select("dl.facts a[href='/id/cop/working-group/international-cooperation/meeting/12']").size() == 1, "adopted at");
        assertTrue(rec.select("#copies a[href^='/id/document/CTOC/COP/WG.3/2021/3']").size() > 0, rec.select("#copies").text());
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body());
    }
}
