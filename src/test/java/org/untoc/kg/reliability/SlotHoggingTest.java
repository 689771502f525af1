package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Queries that hold a slot past the timeout: {@code afn:wait(120000)} held one for 120 s, and a back-tracking
 * REGEX ran 58 s on 32 characters (doubling with each one more). Four of them from one client made every other
 * uncached query answer 503 for as long as the attacker liked. The service runs with its default slots (4, and
 * at most 3 per client) and a 3 s timeout; the attacker sends from 127.0.0.2, the other client from 127.0.0.1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlotHoggingTest {
    private static final String ATTACKER = "127.0.0.2";
    /**
     * 32 'a' then '!': "^((a+)\\2?)+$" back-tracks through the ways to split them, and its back-reference defeats
     * the memo Java keeps for plain loops (20 characters took 6 s here; each one more doubles it).
     */
    private static final String TEXT = "a".repeat(32) + "!";
    private static final String BACKTRACKING = "\"^((a+)\\\\2?)+$\"";
    static final List<String> ATTACKS = List.of(
            "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:wait(120000) AS ?w) { }",
            "SELECT ?t { VALUES ?t { \"" + TEXT + "\" } FILTER REGEX(?t, " + BACKTRACKING + ") }",
            "SELECT ?t { BIND (\"" + TEXT + "\" AS ?t) FILTER REGEX(?t, " + BACKTRACKING + ") }",
            "SELECT (REPLACE(?t, " + BACKTRACKING + ", \"x\") AS ?r) { VALUES ?t { \"" + TEXT + "\" } }");

    private TestService service;

    @BeforeAll
    void start() throws IOException {
        service = new TestService(Map.of("untoc.sparql.timeout", "3s"));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void slowQueriesFromOneClientCannotBlockAnother() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ATTACKS.size());
        List<Future<String>> attacks = new ArrayList<>();
        long t0 = System.nanoTime();
        for (String attack : ATTACKS) {
            attacks.add(pool.submit(() -> getFrom(ATTACKER, service.sparql + "?query=" + TestService.enc(attack))));
        }
        try {
            Thread.sleep(500); // every attack under way
            List<Long> millis = new ArrayList<>();
            long until = System.nanoTime() + 5_000_000_000L;
            for (int i = 0; System.nanoTime() < until; i++) {
                long q0 = System.nanoTime();
                // a new text each time: a repeated one would come from the result cache, without a slot
                HttpResponse<String> r = service.query("ASK { ?s ?p ?o FILTER (" + i + " >= 0) }");
                millis.add((System.nanoTime() - q0) / 1_000_000);
                assertEquals(200, r.statusCode(), "a light query was turned away: " + r.body());
            }
            millis.sort(null);
            long median = millis.get(millis.size() / 2);
            long max = millis.get(millis.size() - 1);
            // Generous bounds on a shared 2-core machine (two attacks spin on it): nothing waits for the attacks.
            assertTrue(median < 1000, "median " + median + " ms over " + millis.size() + " light queries");
            assertTrue(max < 2500, "slowest light query " + max + " ms");

            // The attacks themselves end: refused at once, or cancelled at the 3 s timeout, not after minutes.
            for (int i = 0; i < attacks.size(); i++) {
                String answer = attacks.get(i).get(20, TimeUnit.SECONDS);
                String status = answer.substring(0, answer.indexOf('\n')).strip();
                assertTrue(status.contains(" 400 ") || status.contains(" 503 "), ATTACKS.get(i) + " → " + answer);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 15, "the attacks took " + seconds + " s to end");
            System.out.printf("slot hogging: %d light queries, median %d ms, max %d ms; attacks ended in %.1f s%n",
                    millis.size(), median, max, seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sleepersAreRefusedWithTheReason() throws Exception {
        HttpResponse<String> r = service.query(ATTACKS.get(0));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("wait") && r.body().contains("not allowed"), r.body());
        HttpResponse<String> java = service.query("SELECT (<java:org.apache.jena.sparql.function.library.wait>(1) AS ?x) { }");
        assertEquals(400, java.statusCode(), java.body());
    }

    @Test
    void ordinaryRegexAndReplaceStillWork() throws Exception {
        HttpResponse<String> r = service.query("SELECT ?x ?y { VALUES ?t { \"Palermo Convention\"@en }"
                + " FILTER REGEX(?t, \"^pal\", \"i\") BIND (REPLACE(?t, \"(\\\\w+) (\\\\w+)\", \"$2 $1\") AS ?x)"
                + " BIND (REPLACE(\"aaa\", \"a\", \"b\") AS ?y) }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Convention Palermo") && r.body().contains("\"xml:lang\": \"en\""), r.body());
        assertTrue(r.body().contains("bbb"), r.body());
    }

    /** A plain HTTP/1.1 GET from a chosen local address (java.net.http cannot choose one); status line and body. */
    static String getFrom(String localAddress, String url) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.setSoTimeout(180_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                    + uri.getPort() + "\r\nAccept: application/sparql-results+json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
