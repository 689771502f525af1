package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries that fill the heap, against {@code serve} in its own JVM with {@code -Xmx512m} over the built-in corpus:
 * a sort of the cross product of every triple with every triple (the same query filled 6.3 GB in 30 s), a
 * GROUP_CONCAT over it (OutOfMemoryError), a GROUP BY and a DISTINCT over it. Each must end with a clear answer
 * (400 or 503, not 500), and afterwards a light query must answer at its usual speed.
 */
class MemoryAttackTest {
    static final List<String> ATTACKS = List.of(
            "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
            // new strings per row, which the store's node table does not hold: every row costs heap
            "SELECT * { ?a ?b ?c . ?d ?e ?f BIND (CONCAT(STR(?c), STR(?f)) AS ?x) } ORDER BY ?x",
            "SELECT (GROUP_CONCAT(STR(?c)) AS ?all) { ?a ?b ?c . ?d ?e ?f }",
            "SELECT ?x (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f BIND (CONCAT(STR(?c), STR(?f)) AS ?x) } GROUP BY ?x",
            "SELECT DISTINCT ?x { ?a ?b ?c . ?d ?e ?f BIND (CONCAT(STR(?c), STR(?f)) AS ?x) }");

    @TempDir
    Path dir;

    @Test
    void heapAttacksEndCleanlyAndTheServiceStillAnswers() throws Exception {
        try (ServeProcess serve = new ServeProcess(dir.resolve("data"), List.of("-Xmx512m",
                "-Duntoc.test.real-pipeline=true"))) {
            String sparql = serve.awaitServing(300);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long light0 = lightQueryMillis(http, sparql, 0);

            List<String> outcomes = new ArrayList<>();
            for (String attack : ATTACKS) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query="
                                + TestService.enc(attack))).header("Accept", "application/sparql-results+json")
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
                double s = (System.nanoTime() - t0) / 1e9;
                String first = r.body().lines().findFirst().orElse("");
                outcomes.add(String.format("%.1f s %d %s", s, r.statusCode(), first));
                assertTrue(r.statusCode() == 400 || r.statusCode() == 503, attack + " → " + r.statusCode() + " "
                        + r.body() + "\n" + tail(serve.output()));
                assertTrue(serve.process.isAlive(), "the service died:\n" + tail(serve.output()));
                if (attack.contains("GROUP_CONCAT")) {
                    assertEquals(400, r.statusCode(), "GROUP_CONCAT stops at its ceiling: " + r.body());
                    assertTrue(r.body().contains("GROUP_CONCAT"), r.body());
                }
                long after = lightQueryMillis(http, sparql, outcomes.size());
                outcomes.add("  light query after it: " + after + " ms");
                assertTrue(after < Math.max(3000, 10 * light0), "light query took " + after + " ms after " + attack
                        + " (before: " + light0 + " ms)");
            }
            System.out.println("memory attacks under -Xmx512m (first light query " + light0 + " ms):\n  "
                    + String.join("\n  ", outcomes));
        }
    }

    private static long lightQueryMillis(HttpClient http, String sparql, int n) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query="
                + TestService.enc("SELECT ?s { ?s a ?t } LIMIT " + (10 + n)))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String tail(String s) {
        return s.length() <= 4000 ? s : s.substring(s.length() - 4000);
    }
}
