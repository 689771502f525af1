package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The OpenAPI document browsable at /api/docs: Swagger UI from the npm bundle renders every named query. */
@MicronautTest(environments = "web-test")
@Property(name = "untoc.fuseki.enabled", value = "false")
@Property(name = "untoc.store.data", value = "target/web-test-store")
class ApiDocsBrowserTest {
    @Inject
    EmbeddedServer server;

    @Test
    void swaggerUiListsTheNamedQueries() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver driver = chromium.driver();
            driver.get(server.getURL() + "/api/docs");
            List<WebElement> operations = chromium.waitFor(Duration.ofSeconds(20)).until(d -> {
                List<WebElement> ops = d.findElements(By.cssSelector(".opblock-summary-path"));
                return ops.size() > 1 ? ops : null;
            });
            List<String> paths = operations.stream().map(e -> e.getAttribute("data-path")).toList();
            assertTrue(paths.contains("/api/queries/acts-recalling"), "rendered from /api/openapi.json: " + paths);
            chromium.screenshot("api-docs");
        }
    }
}
