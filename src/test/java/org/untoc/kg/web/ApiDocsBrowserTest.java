package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The OpenAPI document browsable at /api/docs: Swagger UI from the npm bundle renders every named query. */
@MicronautTest(environments = "web-test")
@Property(name = "untoc.fuseki.enabled", value = "false")
@Property(name = "untoc.store.data", value = "target/web-test-store")
class ApiDocsBrowserTest {
    @Inject
    EmbeddedServer server;

    @Test
    void swaggerUiListsTheNamedQueries() throws Exception {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path profile = Files.createTempDirectory("untoc-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        try {
            driver.get(server.getURL() + "/api/docs");
            List<WebElement> operations = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
                List<WebElement> ops = d.findElements(By.cssSelector(".opblock-summary-path"));
                return ops.size() > 1 ? ops : null;
            });
            List<String> paths = operations.stream().map(e -> e.getAttribute("data-path")).toList();
            assertTrue(paths.contains("/api/queries/acts-recalling"), "rendered from /api/openapi.json: " + paths);
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    Path.of("target", "screenshots", "api-docs.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
