package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The must-show walk of the reading room in a real headless Chromium, over the built-in corpus: land on the home
 * page, find resolution 11/1 by searching "electronic evidence", read its text, follow "Reaffirming its decision
 * 3/2", see who else recalls it, and open a readable lineage picture. Screenshots go to target/screenshots/.
 */
@MicronautTest(environments = "corpus-web-test")
@Property(name = "untoc.fuseki.enabled", value = "false")
@Property(name = "untoc.store.data", value = "target/reading-room-browser-store")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingRoomBrowserTest {
    @Inject
    EmbeddedServer server;

    private HeadlessChromium chromium;
    private WebDriver driver;

    @BeforeAll
    void startBrowser() throws IOException {
        // The corpus loads before the first page is asked for, not within the browser's wait.
        Corpus.store();
        chromium = HeadlessChromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aNewcomerFindsReadsAndFollowsTheLineage() throws IOException {
        // Lands on the home page: 11/1 is there under the eleventh session.
        driver.get(url("/"));
        assertTrue(driver.findElements(By.cssSelector("#sessions li.session[data-session='11'] a[href='/id/cop/resolution/11/1']")).size() == 1);
        screenshot("home");

        // Searches "electronic evidence" and opens the paragraph of 11/1 that holds it.
        WebElement box = driver.findElement(By.cssSelector("main form.search input[name=q]"));
        box.sendKeys("electronic evidence", Keys.ENTER);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits li.hit")));
        screenshot("search");
        WebElement hit = driver.findElements(By.cssSelector("#hits a.para")).stream()
                .filter(a -> a.getAttribute("href").contains("/id/cop/resolution/11/1#")).findFirst().orElseThrow();
        String anchor = hit.getAttribute("href").substring(hit.getAttribute("href").indexOf('#') + 1);
        hit.click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "COP resolution 11/1"));
        String paragraph = driver.findElement(By.id(anchor)).getText().toLowerCase();
        assertTrue(paragraph.contains("electronic") || paragraph.contains("evidence"), paragraph);

        // Reads its text: the preamble's verb set off, every reference a link.
        WebElement preamble = driver.findElement(By.id("preamble-3"));
        assertTrue(preamble.getText().contains("Reaffirming its decision 3/2"), preamble.getText());
        assertEquals("Reaffirming", preamble.findElement(By.cssSelector("em.verb")).getText());
        assertTrue(driver.findElements(By.cssSelector("#text a.ref")).size() >= 10, "references in the text are links");
        waitFor().until(d -> js("return window.untocMiniLineage ? window.untocMiniLineage.nodes().length : 0") instanceof Long n && n > 1);
        screenshot("act-page");

        // Follows "Reaffirming its decision 3/2".
        WebElement ref = preamble.findElement(By.cssSelector("a.ref[href='/id/cop/decision/3/2']"));
        assertTrue(ref.getAttribute("title").contains("2006"), "the target's label, date and title on hover");
        ref.click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "COP decision 3/2"));

        // Sees who else recalls and reaffirms it.
        List<String> recalled = hrefs("#cited-by [data-relation='recalls'] li > a");
        List<String> reaffirmed = hrefs("#cited-by [data-relation='reaffirms'] li > a");
        assertTrue(recalled.contains("/id/cop/resolution/7/4"), recalled.toString());
        assertTrue(reaffirmed.containsAll(List.of("/id/cop/resolution/7/4", "/id/cop/resolution/11/1")), reaffirmed.toString());
        // Dates read as dates, with the ISO form for machines; a text the collection lacks says so.
        WebElement date = driver.findElement(By.cssSelector("dl.facts time"));
        assertEquals("18 October 2006", date.getText());
        assertEquals("2006-10-18", date.getAttribute("datetime"));
        assertEquals("Recalled by", driver.findElement(By.cssSelector("#cited-by [data-relation='recalls'] h3")).getText());
        assertTrue(driver.findElement(By.id("no-text")).getText().contains("does not hold this text"));
        screenshot("cited-act");
    }

    @Test
    void lineagePictureOf111AtDepthTwoIsReadable() throws IOException {
        driver.get(url("/lineage?depth=2&act=https%3A%2F%2Fw3id.org%2Funtoc%2Fid%2Fcop%2Fresolution%2F11%2F1"));
        waitFor().until(d -> js("return window.untocLineage ? window.untocLineage.nodes().length : 0") instanceof Long n && n > 3);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) js("return window.untocLineage.nodes().map(n => n.id())");
        assertTrue(ids.stream().noneMatch(id -> id.contains("/recommendation/") || id.contains("/annex/")), ids.toString());
        assertTrue(ids.contains("https://w3id.org/untoc/id/cop/decision/3/2"), ids.toString());
        // No two labels overlap: their boxes as the page renders them.
        @SuppressWarnings("unchecked")
        List<Map<String, Number>> boxes = (List<Map<String, Number>>) js("return window.untocLineage.nodes().map(n => "
                + "n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true}))");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(overlap(boxes.get(i), boxes.get(j)), ids.get(i) + " and " + ids.get(j) + " labels overlap");
            }
        }
        assertTrue(driver.findElements(By.cssSelector("#legend .legend-item[data-relation='reaffirms']")).size() == 1);
        assertTrue(driver.findElements(By.cssSelector("#time-axis .tick")).size() >= 2, "a time axis");
        // Laid out by time: one column per year (or undated session), older left, each tick one year or session.
        @SuppressWarnings("unchecked")
        List<String> ticks = (List<String>) js("return Array.from(document.querySelectorAll('#time-axis .tick')).map(t => t.textContent)");
        assertTrue(ticks.stream().allMatch(t -> t.matches("\\d{4}|session \\d+")), ticks.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> placed = (List<Map<String, Object>>) js("return window.untocLineage.nodes()"
                + ".filter(n => /^\\d{4}$/.test(n.data('timeLabel'))).map(n => ({x: n.position('x'), year: Number(n.data('timeLabel'))}))");
        assertTrue(placed.size() > 3, placed.toString());
        for (Map<String, Object> a : placed) {
            for (Map<String, Object> b : placed) {
                double ax = ((Number) a.get("x")).doubleValue();
                double bx = ((Number) b.get("x")).doubleValue();
                int ay = ((Number) a.get("year")).intValue();
                int by = ((Number) b.get("year")).intValue();
                assertEquals(Integer.signum(Integer.compare(ay, by)), (int) Math.signum(ax - bx), a + " and " + b + " out of time order");
            }
        }
        assertTrue(((Number) js("return window.untocLineage.getElementById('https://w3id.org/untoc/id/cop/decision/3/2').position('x')")).doubleValue()
                < ((Number) js("return window.untocLineage.getElementById('https://w3id.org/untoc/id/cop/resolution/11/1').position('x')")).doubleValue(),
                "decision 3/2 (2006) left of resolution 11/1");
        screenshot("lineage-11-1");
        String svg = (String) js("return window.untocLineage.svg({full: true})");
        assertTrue(svg.startsWith("<?xml") || svg.contains("<svg"), "exports as SVG");
    }

    @Test
    void recommendationLineageLeadsToTheAdoptingMeeting() throws IOException {
        driver.get(url("/lineage?view=recommendations&act=https%3A%2F%2Fw3id.org%2Funtoc%2Fid%2Fcop%2Fresolution%2F11%2F1"));
        waitFor().withMessage(() -> driver.findElement(By.id("status")).getText())
                .until(d -> js("return window.untocLineage ? window.untocLineage.nodes().length : 0") instanceof Long n && n > 2);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) js("return window.untocLineage.nodes().map(n => n.id())");
        assertTrue(ids.contains("https://w3id.org/untoc/id/cop/working-group/international-cooperation/meeting/12"), ids.toString());
        screenshot("lineage-recommendations");
    }

    @Test
    void queryPageStartsFromALineageQuestionAndShowsLabelsAChartAndAGraph() throws IOException {
        // The stand-in endpoint answers over the same corpus as the pages (the service's own store is empty here).
        driver.get(url("/query?sparql=/test-sparql"));
        js("localStorage.clear()");
        driver.navigate().refresh();
        waitFor().until(d -> js("return window.untocYasgui ? window.untocYasgui.getTab().getQuery() : ''").toString().contains("decision/3/2"));
        driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waitFor().until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 2);
        // The service's label beside each result IRI.
        waitFor().until(d -> Boolean.TRUE.equals(js("return Array.from(document.querySelectorAll('.yasr .iri-label'))"
                + ".some(e => e.textContent === 'COP resolution 11/1')")));
        screenshot("query-default");

        // Dates read as dates; the lexical form stays in the element.
        js("const t = window.untocYasgui.getTab(); t.setQuery('PREFIX dcterms: <http://purl.org/dc/terms/>\\n"
                + "SELECT ?date WHERE { <https://w3id.org/untoc/id/cop/decision/2/2> dcterms:date ?date }'); t.query();");
        String shown = waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> dates = d.findElements(By.cssSelector(".yasr table tbody time[datetime='2005-10-19']"));
            return dates.isEmpty() ? null : dates.get(0).getText();
        });
        assertEquals("19 October 2005", shown);
        assertFalse(driver.findElement(By.cssSelector(".yasr table tbody")).getText().contains("^^"),
                "no datatype suffix beside a date");

        js("const t = window.untocYasgui.getTab(); t.setQuery('PREFIX untoc: <https://w3id.org/untoc/ontology#>\\n"
                + "SELECT ?article (COUNT(?r) AS ?n) WHERE { ?r untoc:target ?article . ?article a untoc:Article } GROUP BY ?article "
                + "ORDER BY DESC(?n) LIMIT 10'); t.query();");
        waitFor().until(d -> d.findElements(By.cssSelector(".yasr .select_chart, .yasr [data-plugin='chart'], .yasr button")).size() > 0
                && d.findElements(By.cssSelector(".yasr table tbody tr")).size() > 2);
        js("window.untocYasgui.getTab().getYasr().selectPlugin('chart')");
        waitFor().until(d -> js("return window.untocChart ? window.untocChart.data.labels.length : 0") instanceof Long n && n > 2);
        screenshot("query-chart");

        js("const t = window.untocYasgui.getTab(); t.setQuery('PREFIX untoc: <https://w3id.org/untoc/ontology#>\\n"
                + "CONSTRUCT { ?a untoc:reaffirms ?b } WHERE { ?a untoc:reaffirms ?b . ?a a untoc:Act }'); t.query();");
        waitFor().until(d -> {
            js("window.untocYasgui.getTab().getYasr().selectPlugin('graph')");
            return js("return window.untocGraph ? window.untocGraph.nodes().length : 0") instanceof Long n && n > 1;
        });
        screenshot("query-graph");
    }

    private static boolean overlap(Map<String, Number> a, Map<String, Number> b) {
        return a.get("x1").doubleValue() < b.get("x2").doubleValue() && b.get("x1").doubleValue() < a.get("x2").doubleValue()
                && a.get("y1").doubleValue() < b.get("y2").doubleValue() && b.get("y1").doubleValue() < a.get("y2").doubleValue();
    }

    private List<String> hrefs(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", "")).toList();
    }

    private String url(String path) {
        return server.getURL().toString() + path;
    }

    private WebDriverWait waitFor() {
        return chromium.waitFor(Duration.ofSeconds(30));
    }

    private Object js(String script) {
        return chromium.js(script);
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
