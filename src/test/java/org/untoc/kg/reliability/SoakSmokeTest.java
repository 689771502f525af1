package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.untoc.kg.cli.Main;

/** {@code soak} for a few seconds against a test server, and the management endpoints it reads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoakSmokeTest {
    private TestService service;

    @BeforeAll
    void start() throws Exception {
        // /metrics is off by default (SafeDefaultsTest); soak reads the heap from it, as `serve --metrics` serves it.
        service = new TestService(Map.of("untoc.sparql.timeout", "5s", "endpoints.metrics.enabled", true));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void healthSaysUpWithoutDetails() throws Exception {
        HttpResponse<String> r = service.send(HttpRequest.newBuilder(URI.create(service.base + "/health")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"status\":\"UP\""), r.body());
        assertFalse(r.body().contains("details"), "no details to anonymous callers: " + r.body());
    }

    @Test
    void metricsPublishHeapUse() throws Exception {
        HttpResponse<String> r = service.send(HttpRequest.newBuilder(URI.create(service.base
                + "/metrics/jvm.memory.used?tag=area:heap")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"VALUE\""), r.body());
    }

    @Test
    void otherManagementEndpointsAreOff() throws Exception {
        for (String path : List.of("/env", "/beans", "/loggers", "/stop", "/routes", "/threaddump", "/refresh")) {
            int status = service.send(HttpRequest.newBuilder(URI.create(service.base + path))).statusCode();
            assertTrue(status == 404 || status == 401 || status == 403 || status == 405, path + " answered " + status);
        }
    }

    @Test
    void soakRunsBoundedAndReportsPercentilesAndHeap() {
        long started = System.nanoTime();
        Run run = soak(List.of("soak", "--url", service.base, "--clients", "4", "--duration", "3s",
                "--max-requests", "5000", "--poll", "500ms"));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertEquals(0, run.code, run.out + run.err);
        assertTrue(seconds < 40, "bounded in time: " + seconds + " s");
        Matcher light = Pattern.compile("light\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+0\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)")
                .matcher(run.out);
        assertTrue(light.find(), run.out);
        assertTrue(Long.parseLong(light.group(2)) > 0, "light queries answered: " + run.out);
        assertTrue(Long.parseLong(light.group(4)) <= Long.parseLong(light.group(7)), "p50 ≤ max");
        assertTrue(Pattern.compile("heavy\\s+\\d+").matcher(run.out).find(), run.out);
        assertTrue(run.out.contains("p50 ms") && run.out.contains("p90 ms") && run.out.contains("p99 ms"), run.out);
        assertTrue(Pattern.compile("heap peak: \\d+\\.\\d MB").matcher(run.out).find(), run.out);
    }

    @Test
    void soakStopsAtMaxRequests() {
        Run run = soak(List.of("soak", "--url", service.sparql, "--clients", "2", "--duration", "60s",
                "--max-requests", "30"));
        assertEquals(0, run.code, run.out + run.err);
        assertTrue(run.out.contains("30 requests in"), run.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org/", "http://10.0.0.1:8080", "http://93.184.215.14:8080",
        "ftp://127.0.0.1/", "not a url"})
    void soakRefusesTargetsOffThisMachine(String url) {
        Run run = soak(List.of("soak", "--url", url, "--duration", "1s"));
        assertEquals(2, run.code, run.out + run.err);
    }

    private record Run(int code, String out, String err) {}

    private static Run soak(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
