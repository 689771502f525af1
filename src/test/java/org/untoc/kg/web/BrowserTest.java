package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver), against the app started on a
 * random port over the test graph. Screenshots go to target/screenshots/.
 */
@MicronautTest(environments = "web-test")
// Keeps the service's own store and Fuseki (other branch) out of the way when both are in one application.
@Property(name = "untoc.fuseki.enabled", value = "false")
@Property(name = "untoc.store.data", value = "target/web-test-store")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    @Inject
    EmbeddedServer server;

    private HeadlessChromium chromium;
    private WebDriver driver;

    @BeforeAll
    void startBrowser() throws IOException {
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
    void queryPageRunsANamedQueryAndShowsRows() throws IOException {
        driver.get(url("/query?sparql=/test-sparql"));
        WebElement example = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button.example[data-name='acts-recalling']")));
        example.click();
        waitFor().until(d -> js("return window.untocYasgui.getTab().getQuery()").toString().contains("cop/decision/3/2"));
        driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        // The rows are drawn again once the labels beside their IRIs arrive: an element read meanwhile is stale.
        int rows = waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector(".yasr table tbody tr"));
            return r.size() >= 2 && r.get(0).getText().contains("resolution") ? r.size() : null;
        });
        assertEquals(2, rows, "11/1 and 10/4 recall 3/2");
        // Result IRIs under the public base are rewritten to this server's pages.
        assertTrue(driver.findElements(By.cssSelector(".yasr a[href='/id/cop/resolution/11/1']")).size() > 0);
        screenshot("query-page");
    }

    @Test
    void resourcePageLinksOnward() throws IOException {
        driver.get(url("/id/cop/decision/3/2"));
        assertEquals("COP decision 3/2", driver.findElement(By.tagName("h1")).getText());
        // The citing paragraph is quoted beside the text, under its verb.
        assertTrue(driver.findElement(By.cssSelector("#cited-by [data-relation='recalls'] blockquote.para")).getText()
                .contains("Recalling its decision 3/2"));
        screenshot("resource-page");
        driver.findElement(By.cssSelector("#incoming a[href='/id/cop/resolution/11/1']")).click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "COP resolution 11/1"));
        // The title's markup arrives as text, not as a script.
        assertTrue(driver.findElement(By.cssSelector("p.title")).getText().contains("<script>"));
        screenshot("resource-page-onward");
        driver.findElement(By.cssSelector("a.lineage")).click();
        waitFor().until(d -> js("return window.untocLineage ? window.untocLineage.nodes().length : 0").equals(6L));
    }

    @Test
    void lineagePictureDrawsNodesAndEdges() throws IOException {
        driver.get(url("/lineage?depth=2&act=" + URLEncoder.encode(Fixture.ID + "cop/resolution/11/1", StandardCharsets.UTF_8)));
        waitFor().until(d -> js("return window.untocLineage ? window.untocLineage.nodes().length : 0").equals(6L));
        assertEquals(6L, js("return window.untocLineage.edges().length"));
        assertEquals(List.of("cites", "endorses", "reaffirms", "recalls"),
                js("return Array.from(document.querySelectorAll('#legend .legend-item')).map(e => e.dataset.relation)"));
        screenshot("lineage");
        // Clicking a node opens its page.
        js("window.untocLineage.getElementById('" + Fixture.ID + "cop/decision/3/2').emit('tap')");
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "COP decision 3/2"));
    }

    private String url(String path) {
        return server.getURL().toString() + path;
    }

    private WebDriverWait waitFor() {
        return chromium.waitFor(Duration.ofSeconds(20));
    }

    private Object js(String script) {
        return chromium.js(script);
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
