package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven headless through its chromium-driver, with a throw-away profile: the one set-up the
 * browser tests share. Screenshots go to target/screenshots/.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, failing the test with the packages to install when the binaries are missing. */
    static HeadlessChromium start() throws IOException {
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        // Name the driver outright so Selenium Manager never tries to download one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        // A fresh profile per browser: nothing (local storage, cache) carries over between test classes.
        Path profile = Files.createTempDirectory("untoc-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        // Any free port, so parallel or leftover drivers never collide.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        WebDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
        Files.createDirectories(SCREENSHOTS);
        return new HeadlessChromium(driver, profile);
    }

    /** The running browser. */
    WebDriver driver() {
        return driver;
    }

    /** A wait on the browser of the given length. */
    WebDriverWait waitFor(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Runs a script in the current page and returns its result. */
    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Saves the current page as target/screenshots/{name}.png, replacing an earlier one. */
    void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            // The profile goes even when quitting fails, so temp directories do not pile up.
            delete(profile);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
