package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.untoc.kg.serve.FusekiCredentials;
import org.untoc.kg.store.KnowledgeStore;

/**
 * Hostile requests against the running service (embedded store, embedded Fuseki, the built-in corpus loaded by the
 * real pipeline): server-side request forgery, writes without credentials, SPARQL injection through the REST
 * parameters, and light queries kept alive under heavy ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileQueryTest {
    private static final String G_BIG = "https://w3id.org/untoc/graph/test/hostile-big";
    /** 150^4 rows to count: far beyond the 3 s timeout. */
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) { GRAPH <" + G_BIG + "> { ?a ?b ?c . ?d ?e ?f ."
            + " ?g ?h ?i . ?j ?k ?l } }";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A loopback server that must never be contacted: it counts every request it gets. */
    private HttpServer canary;
    private final AtomicInteger canaryHits = new AtomicInteger();
    private int canaryPort;
    private TestService service;

    @BeforeAll
    void start() throws IOException {
        canary = HttpServer.create(new InetSocketAddress(0), 0); // every local address, IPv4 and IPv6
        canary.createContext("/", exchange -> {
            canaryHits.incrementAndGet();
            byte[] body = "<urn:leak:s> <urn:leak:p> \"secret\" .\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/n-triples");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        canary.start();
        canaryPort = canary.getAddress().getPort();
        // Every attack endpoint IS on the allowlist (an operator's mistake, or a name that later resolves to
        // loopback): only the address check stands between the query and the machine's own network.
        List<String> allowlist = ssrfTargets().map(t -> t.replace("PORT", Integer.toString(canaryPort))).toList();
        service = new TestService(Map.of(
                "untoc.sparql.timeout", "3s",
                "untoc.sparql.max-concurrent", 3,
                // every slot to one client here: the per-client budget has its own test (SlotHoggingTest)
                "untoc.sparql.max-per-client", 3,
                "untoc.sparql.queue-wait", "200ms",
                "untoc.sparql.service-allowlist", allowlist));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            big.append("<urn:big:").append(i).append("> <urn:big:p> \"").append(i).append("\" .\n");
        }
        service.context.getBean(KnowledgeStore.class).replaceGraph(G_BIG, sink ->
                RDFParser.fromString(big.toString(), Lang.NTRIPLES).toGraph().find().forEachRemaining(sink::triple));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (canary != null) {
            canary.stop(0);
        }
    }

    @BeforeEach
    void resetCanary() {
        canaryHits.set(0);
    }

    // --- SSRF ----------------------------------------------------------------------------------------------

    /** Endpoints that reach this machine or its private network, in every spelling we know. */
    static Stream<String> ssrfTargets() {
        List<String> hosts = new ArrayList<>(List.of("127.0.0.1", "127.0.0.2", "localhost", "LocalHost",
                "[::1]", "[0:0:0:0:0:0:0:1]", "[::ffff:127.0.0.1]", "0.0.0.0", "[::]",
                "2130706433", "0x7f000001", "0x7f.0.0.1", "0177.0.0.1", "127.1", "017700000001",
                "10.0.0.1", "172.16.0.1", "192.168.0.1", "169.254.169.254", "[fd00::1]", "[fe80::1]"));
        hosts.addAll(namesResolvingToLoopback());
        List<String> urls = new ArrayList<>();
        for (String host : hosts) {
            urls.add("http://" + host + ":PORT/sparql");
        }
        urls.add("https://127.0.0.1:PORT/sparql");
        urls.add("http://127.0.0.1:PORT");
        return urls.stream();
    }

    /** Host names of this machine's hosts file that resolve to loopback (DNS names pointing home). */
    static List<String> namesResolvingToLoopback() {
        List<String> names = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/etc/hosts"))) {
                String[] f = line.replaceAll("#.*", "").trim().split("\\s+");
                for (int i = 1; i < f.length; i++) {
                    try {
                        if (InetAddress.getByName(f[i]).isLoopbackAddress() && !names.contains(f[i])) {
                            names.add(f[i]);
                        }
                    } catch (IOException ignored) {
                        // not resolvable here
                    }
                }
            }
        } catch (IOException ignored) {
            // no hosts file
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("ssrfTargets")
    void serviceNeverReachesLoopbackOrPrivateAddresses(String target) throws Exception {
        String endpoint = target.replace("PORT", Integer.toString(canaryPort));
        HttpResponse<String> r = service.query("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }");

        assertEquals(403, r.statusCode(), endpoint + ": " + r.body());
        assertTrue(r.body().contains("SERVICE"), r.body());
        assertEquals(0, canaryHits.get(), endpoint + " was contacted");
    }

    /**
     * Every place a SERVICE can stand in a query, with the canary on the allowlist: the policy walk of the algebra
     * once missed ORDER BY conditions and aggregate arguments, and one such query sent a request per stored
     * triple. The policy is now enforced where Jena executes a SERVICE, so no shape gets past it.
     */
    static Stream<String> servicePlacements() {
        String svc = "SERVICE <C> { ?x ?y ?w }";
        return Stream.of(
                "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { " + svc + " }) LIMIT 3",
                "SELECT ?s { ?s ?p ?o } ORDER BY DESC(NOT EXISTS { " + svc + " }) LIMIT 3",
                "SELECT (SAMPLE(EXISTS { " + svc + " }) AS ?x) { ?s ?p ?o }",
                "SELECT (COUNT(DISTINCT EXISTS { " + svc + " }) AS ?x) { ?s ?p ?o }",
                "SELECT (GROUP_CONCAT(STR(EXISTS { " + svc + " })) AS ?x) { ?s ?p ?o }",
                "SELECT ?g (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY (EXISTS { " + svc + " } AS ?g)",
                "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { " + svc + " }) LIMIT 3",
                "SELECT * { ?s ?p ?o BIND (EXISTS { " + svc + " } AS ?b) } LIMIT 3",
                "SELECT (EXISTS { " + svc + " } AS ?b) { }",
                "SELECT * { ?s ?p ?o OPTIONAL { ?s ?p ?q FILTER (?q = ?o && EXISTS { { " + svc + " } }) } } LIMIT 3",
                "SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?s ?p ?o FILTER EXISTS { " + svc + " } } } LIMIT 3",
                "SELECT * { { SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { " + svc + " }) LIMIT 3 } }",
                "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { BIND (<C> AS ?e) SERVICE ?e { ?x ?y ?w } }) LIMIT 3",
                "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { SERVICE SILENT <C> { ?x ?y ?w } }) LIMIT 3",
                "SELECT ?s FROM <https://w3id.org/untoc/graph/test/hostile-big> { ?s ?p ?o }"
                        + " ORDER BY (EXISTS { " + svc + " }) LIMIT 3",
                "ASK { ?s ?p ?o FILTER (IF(true, EXISTS { " + svc + " }, false)) }",
                "CONSTRUCT { ?s ?p ?o } { ?s ?p ?o } ORDER BY (EXISTS { " + svc + " }) LIMIT 3",
                "DESCRIBE ?s { ?s ?p ?o } ORDER BY (EXISTS { " + svc + " }) LIMIT 1");
    }

    @ParameterizedTest
    @MethodSource("servicePlacements")
    void noPlacementOfServiceReachesTheCanary(String template) throws Exception {
        String canaryUrl = "http://127.0.0.1:" + canaryPort + "/sparql";
        String query = template.replace("<C>", "<" + canaryUrl + ">");
        HttpResponse<String> r = service.send(HttpRequest.newBuilder(URI.create(service.sparql + "?query="
                + TestService.enc(query))).header("Accept", "application/sparql-results+json, text/turtle;q=0.9"));

        assertEquals(0, canaryHits.get(), "the canary was contacted " + canaryHits.get() + " times by " + query);
        assertFalse(r.body().contains("secret"), r.body());
        // SILENT swallows the refusal, and an endpoint still unbound inside EXISTS is an evaluation error (false)
        if (!query.contains("SILENT") && !query.contains("SERVICE ?e")) {
            assertEquals(403, r.statusCode(), query + ": " + r.body());
        }
    }

    @Test
    void theEmbeddedFusekiHoldsToTheSamePolicy() throws Exception {
        // Fuseki's /query is open on loopback and runs over the same dataset: the policy is on that dataset.
        String canaryUrl = "http://127.0.0.1:" + canaryPort + "/sparql";
        for (String template : List.of("SELECT * { SERVICE <C> { ?s ?p ?o } }",
                "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <C> { ?x ?y ?w } }) LIMIT 3")) {
            String query = template.replace("<C>", "<" + canaryUrl + ">");
            HttpResponse<String> r = service.send(HttpRequest.newBuilder(URI.create(service.fuseki().datasetUrl()
                    + "/query?query=" + TestService.enc(query))));
            assertEquals(0, canaryHits.get(), "Fuseki contacted the canary: " + query);
            assertNotEquals(200, r.statusCode(), query + ": " + r.body());
        }
    }

    @Test
    void theCanarySeesALeak() {
        // The checks above count on the canary: a SERVICE call that is not stopped does reach it.
        String endpoint = "http://127.0.0.1:" + canaryPort + "/sparql";
        try (var qe = org.apache.jena.query.QueryExecution.service(endpoint).query("SELECT * { ?s ?p ?o }").build()) {
            qe.execSelect().hasNext();
        } catch (RuntimeException expected) {
            // the canary's answer is no result set; what matters is that it was asked
        }
        assertEquals(1, canaryHits.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://allowed.example@127.0.0.1:PORT/sparql",
        "http://127.0.0.1:PORT.nip.io/sparql",
        "http://127.0.0.1:PORT/sparql/../../admin"})
    void allowlistTricksAreRefused(String target) throws Exception {
        String endpoint = target.replace("PORT", Integer.toString(canaryPort));
        HttpResponse<String> r = service.query("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }");
        assertTrue(r.statusCode() == 403 || r.statusCode() == 400, endpoint + ": " + r.statusCode() + " " + r.body());
        assertEquals(0, canaryHits.get());
    }

    @Test
    void fromAndGraphParametersNeverFetchUrls() throws Exception {
        String url = "http://127.0.0.1:" + canaryPort + "/data.nt";
        List<HttpResponse<String>> answers = List.of(
                service.query("SELECT * FROM <" + url + "> { ?s ?p ?o }"),
                service.query("SELECT * FROM NAMED <" + url + "> { GRAPH ?g { ?s ?p ?o } }"),
                service.send(HttpRequest.newBuilder(URI.create(service.sparql + "?query="
                        + TestService.enc("SELECT * { ?s ?p ?o }") + "&default-graph-uri=" + TestService.enc(url)))),
                service.send(HttpRequest.newBuilder(URI.create(service.sparql + "?query="
                        + TestService.enc("SELECT * { GRAPH ?g { ?s ?p ?o } }") + "&named-graph-uri="
                        + TestService.enc(url)))),
                service.query("LOAD <" + url + ">"),
                service.query("DESCRIBE <" + url + ">"));
        for (HttpResponse<String> r : answers) {
            assertFalse(r.body().contains("secret"), r.body());
        }
        assertEquals(0, canaryHits.get(), "the service fetched a URL named in a query");
    }

    // --- writes -----------------------------------------------------------------------------------------------

    @Test
    void sparqlEndpointRefusesOtherMethods() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = service.send(HttpRequest.newBuilder(URI.create(service.sparql + "?graph=urn:g:x"))
                    .header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString("<http://example.org/x/s> <http://example.org/x/p> <http://example.org/x/o> .")));
            assertEquals(4, r.statusCode() / 100, method + " answered " + r.statusCode());
        }
        assertFalse(service.context.getBean(KnowledgeStore.class).graphs().contains("urn:g:x"));
    }

    /** Credentials a caller might try: none, a wrong password, the right password under another user. */
    static Stream<String> badCredentials() {
        return Stream.of("none", "wrong-password", "wrong-user", "garbage-header");
    }

    @ParameterizedTest
    @MethodSource("badCredentials")
    void embeddedFusekiWritesNeedTheRightCredentials(String credentials) throws Exception {
        String dataset = service.fuseki().datasetUrl();
        KnowledgeStore store = service.context.getBean(KnowledgeStore.class);
        String existing = store.graphs().stream().filter(g -> !g.equals(G_BIG)).findFirst().orElseThrow();
        List<String> before = store.graphs();
        String turtle = "<http://example.org/x/s> <http://example.org/x/p> <http://example.org/x/o> .";
        String insert = "INSERT DATA { GRAPH <urn:g:evil> { <http://example.org/x/s> <http://example.org/x/p> <http://example.org/x/o> } }";
        List<HttpRequest.Builder> attempts = List.of(
                post(dataset + "/update", "application/x-www-form-urlencoded", "update=" + TestService.enc(insert)),
                post(dataset + "/update", "application/sparql-update", insert),
                post(dataset + "/update", "application/x-www-form-urlencoded", "update=" + TestService.enc("DROP ALL")),
                put(dataset + "/data?graph=urn:g:evil", turtle),
                post(dataset + "/data?graph=urn:g:evil", "text/turtle", turtle),
                post(dataset + "/data?default", "text/turtle", turtle),
                HttpRequest.newBuilder(URI.create(dataset + "/data?graph=" + TestService.enc(existing))).DELETE(),
                // Endpoints that write on a stock Fuseki: the dataset root, /upload, the read-only ones, admin.
                post(dataset, "text/turtle", turtle),
                put(dataset + "?graph=urn:g:evil", turtle),
                post(dataset, "application/sparql-update", insert),
                post(dataset + "/upload", "text/turtle", turtle),
                put(dataset + "/get?graph=urn:g:evil", turtle),
                post(dataset + "/query", "application/sparql-update", insert),
                post(dataset + "/sparql", "application/x-www-form-urlencoded", "update=" + TestService.enc(insert)),
                post(dataset.replace("/untoc", "/$/datasets"), "application/x-www-form-urlencoded",
                        "dbName=evil&dbType=mem"));
        for (HttpRequest.Builder attempt : attempts) {
            authorise(attempt, credentials);
            HttpRequest request = attempt.build();
            // A fresh connection each time: Jetty closes a connection after refusing a request whose body it did
            // not read, and a reused connection would then fail with no answer at all.
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertNotEquals(2, r.statusCode() / 100, request.method() + " " + request.uri() + " with " + credentials
                    + " answered " + r.statusCode());
        }
        assertEquals(before, store.graphs(), "nothing written, nothing dropped");
        assertTrue(store.graphs().contains(existing));
    }

    @Test
    void theRightCredentialsDoWrite() throws Exception {
        // The refusals above must be for want of credentials, not because writing is broken.
        String dataset = service.fuseki().datasetUrl();
        HttpRequest.Builder put = put(dataset + "/data?graph=urn:g:ok", "<http://example.org/x/s> <http://example.org/x/p> <http://example.org/x/o> .");
        authorise(put, "right");
        assertEquals(2, service.send(put).statusCode() / 100);
        KnowledgeStore store = service.context.getBean(KnowledgeStore.class);
        assertTrue(store.graphs().contains("urn:g:ok"));
        HttpRequest.Builder delete = HttpRequest.newBuilder(URI.create(dataset + "/data?graph=urn:g:ok")).DELETE();
        authorise(delete, "right");
        assertEquals(2, service.send(delete).statusCode() / 100);
        assertFalse(store.graphs().contains("urn:g:ok"));
    }

    private void authorise(HttpRequest.Builder request, String which) {
        FusekiCredentials c = service.fuseki().credentials();
        String header = switch (which) {
            case "none" -> null;
            case "wrong-password" -> basic(c.user(), c.password() + "x");
            case "wrong-user" -> basic("admin", c.password());
            case "garbage-header" -> "Basic %%%not-base64";
            case "right" -> basic(c.user(), c.password());
            default -> throw new IllegalArgumentException(which);
        };
        if (header != null) {
            request.header("Authorization", header);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder post(String url, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder put(String url, String turtle) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle));
    }

    // --- REST injection ---------------------------------------------------------------------------------------

    private static final String RECOMMENDATION = "/api/queries/endorsed-recommendation-meeting";
    private static final String ACT = "https://w3id.org/untoc/id/cop/resolution/11/1";

    @Test
    void theNamedQueryAnswersItsExample() throws Exception {
        // Without this the injection checks below could pass on an empty store.
        assertTrue(bindings(api(RECOMMENDATION + "?act=" + TestService.enc(ACT) + "&annex=I&label="
                + TestService.enc("(j)"))).size() >= 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(j)\" || true || \"",
        "(j)\") } UNION { ?recommendation ?p ?meeting } #",
        "(j)\"^^<http://www.w3.org/2001/XMLSchema#string> . } UNION { ?recommendation ?x ?meeting . FILTER(\"\" = \"",
        "(j)' } UNION { ?recommendation ?p ?meeting } #",
        "(j)\\\" } UNION { ?recommendation ?p ?meeting } #",
        "(j)\\u0022 } UNION { ?recommendation ?p ?meeting } #",
        "(j)\n} UNION { ?recommendation ?p ?meeting }\n#"})
    void stringParametersStayLiterals(String label) throws Exception {
        HttpResponse<String> r = api(RECOMMENDATION + "?act=" + TestService.enc(ACT) + "&annex=I&label="
                + TestService.enc(label));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, bindings(r).size(), "the label matched nothing, so no rows: " + r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://w3id.org/untoc/id/cop/resolution/11/1> ?p ?o } UNION { ?act ?x ?recommendation } #",
        "https://w3id.org/untoc/id/cop/resolution/11/1>",
        "<https://w3id.org/untoc/id/cop/resolution/11/1>",
        "https://w3id.org/x\\u003E } UNION { ?s ?p ?o",
        "https://w3id.org/x%3E%20%7D%20UNION%20%7B",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "urn:x"})
    void iriParametersAreValidatedOrStayIris(String act) throws Exception {
        HttpResponse<String> r = api(RECOMMENDATION + "?act=" + TestService.enc(act) + "&annex=I&label="
                + TestService.enc("(j)"));
        if (r.statusCode() == 200) {
            assertEquals(0, bindings(r).size(), act + " matched: " + r.body());
        } else {
            assertEquals(400, r.statusCode(), r.body());
        }
    }

    @Test
    void aParameterGivenTwiceOrUnknownIsRefused() throws Exception {
        assertEquals(400, api(RECOMMENDATION + "?act=" + TestService.enc(ACT) + "&act=" + TestService.enc(ACT)
                + "&annex=I&label=x").statusCode());
        assertEquals(400, api(RECOMMENDATION + "?act=" + TestService.enc(ACT) + "&annex=I&label=x&query="
                + TestService.enc("SELECT * { ?s ?p ?o }")).statusCode());
    }

    private HttpResponse<String> api(String pathAndQuery) throws Exception {
        return service.send(HttpRequest.newBuilder(URI.create(service.base + pathAndQuery))
                .header("Accept", "application/sparql-results+json"));
    }

    private static JsonNode bindings(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("results").path("bindings");
    }

    // --- liveness --------------------------------------------------------------------------------------------

    @Test
    void lightQueriesStayFastWhileHeavyOnesRun() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger heavyAnswers = new AtomicInteger();
        List<Future<?>> heavy = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            heavy.add(pool.submit(() -> {
                while (running.get()) {
                    service.query(HEAVY);
                    heavyAnswers.incrementAndGet();
                }
                return null;
            }));
        }
        try {
            Thread.sleep(500); // both heavy queries under way
            List<Long> millis = new ArrayList<>();
            long until = System.nanoTime() + 6_000_000_000L;
            while (System.nanoTime() < until) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = service.query("ASK { ?s ?p ?o }");
                millis.add((System.nanoTime() - t0) / 1_000_000);
                assertEquals(200, r.statusCode(), "a light query was turned away: " + r.body());
            }
            millis.sort(null);
            long median = millis.get(millis.size() / 2);
            long max = millis.get(millis.size() - 1);
            // Generous bounds on a shared 2-core machine: not a benchmark, a check that nothing waits on the heavy.
            assertTrue(median < 1000, "median " + median + " ms over " + millis.size() + " light queries");
            assertTrue(max < 2500, "slowest light query " + max + " ms; the heavy ones time out at 3 s");
            assertTrue(heavyAnswers.get() >= 1, "the heavy queries ran (and were cut at the timeout)");
        } finally {
            running.set(false);
            for (Future<?> f : heavy) {
                f.get();
            }
            pool.shutdown();
        }
    }
}
