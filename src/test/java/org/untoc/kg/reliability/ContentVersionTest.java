package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.untoc.kg.load.DerivedGraph;
import org.untoc.kg.load.DocumentSource;
import org.untoc.kg.load.Loader;
import org.untoc.kg.load.StoreSnapshot;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.store.KnowledgeStore;

/**
 * The dataset version once hashed graph names and sizes only: a corrected title (same number of triples) left the
 * version, the VoID ETag and the dumps as they were, so stale data was served as fresh. One literal is changed
 * here, through the loader, and every one of them must change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentVersionTest {
    private TestService service;

    @BeforeAll
    void start() throws IOException {
        service = new TestService(Map.of());
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void changingOneLiteralChangesTheVersionTheEtagsAndTheDump() throws Exception {
        ApplicationContext context = service.context;
        KnowledgeStore store = context.getBean(KnowledgeStore.class);
        // read inside the query's transaction: TDB2 resolves the terms lazily
        List<Node> title = store.query(QueryFactory.create("SELECT ?g ?s ?o { GRAPH ?g { ?s"
                + " <http://purl.org/dc/terms/title> ?o } } ORDER BY ?g ?s ?o LIMIT 1"), Duration.ofSeconds(30),
                qe -> {
                    QuerySolution row = qe.execSelect().next();
                    return List.of(row.get("g").asNode(), row.get("s").asNode(), row.get("o").asNode());
                });
        String graphIri = title.get(0).getURI();
        Node subject = title.get(1);
        Node oldTitle = title.get(2);
        String corrected = oldTitle.getLiteralLexicalForm() + " (corrected)";
        Graph before = StoreSnapshot.of(store).get(graphIri);

        HttpResponse<String> void0 = get("/.well-known/void");
        HttpResponse<byte[]> dump0 = getBytes("/dumps/untoc-kg.nq.gz");
        String sparqlEtag0 = get("/sparql?query=" + TestService.enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))
                .headers().firstValue("ETag").orElseThrow();
        assertEquals(200, void0.statusCode(), void0.body());
        assertEquals(200, dump0.statusCode());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        new Loader(store, print, print, List.copyOf(context.getBeansOfType(DerivedGraph.class)))
                .load(List.of(changed(graphIri, before, subject, oldTitle, corrected)));
        Graph after = StoreSnapshot.of(store).get(graphIri);
        assertEquals(before.size(), after.size(), "the same number of triples: only the title changed");
        assertTrue(after.contains(subject, Node.ANY, NodeFactory.createLiteralString(corrected))
                || after.find(subject, Node.ANY, Node.ANY).toList().stream()
                        .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(corrected)));

        HttpResponse<String> void1 = get("/.well-known/void");
        HttpResponse<byte[]> dump1 = getBytes("/dumps/untoc-kg.nq.gz");
        String sparqlEtag1 = get("/sparql?query=" + TestService.enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))
                .headers().firstValue("ETag").orElseThrow();
        String etag0 = void0.headers().firstValue("ETag").orElseThrow();
        String etag1 = void1.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag0, etag1, "the VoID ETag (the dataset version) changed with the title");
        // The ETag is the version's hash with the address and representation (ConditionalGetFilter); VoID states
        // the version itself (owl:versionInfo).
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile("dataset version ([0-9a-f]+)")
                .matcher(out.toString(StandardCharsets.UTF_8));
        String version = null;
        while (printed.find()) version = printed.group(1);
        assertTrue(version != null && void1.body().contains(version),
                "the loader printed the version VoID publishes:\n" + out);
        assertNotEquals(dump0.headers().firstValue("ETag").orElseThrow(), dump1.headers().firstValue("ETag").orElseThrow());
        assertTrue(gunzip(dump1.body()).contains(corrected), "the dump has the corrected title");
        assertTrue(!gunzip(dump0.body()).contains(corrected));
        assertNotEquals(sparqlEtag0, sparqlEtag1, "/sparql answers are not served from before the change");
        System.out.println("content version: VoID ETag " + etag0 + " -> " + etag1);
    }

    /** The graph again with one literal changed, as a document the loader writes into the same graph. */
    private static DocumentSource changed(String graphIri, Graph graph, Node subject, Node oldTitle, String corrected) {
        List<Triple> triples = graph.find().toList().stream().map(t -> t.getSubject().equals(subject)
                && t.getObject().equals(oldTitle)
                ? Triple.create(subject, t.getPredicate(), oldTitle.getLiteralLanguage().isEmpty()
                        ? NodeFactory.createLiteralString(corrected)
                        : NodeFactory.createLiteralLang(corrected, oldTitle.getLiteralLanguage()))
                : t).toList();
        DocumentGraph doc = new DocumentGraph() {
            @Override
            public String graphIri() {
                return graphIri;
            }

            @Override
            public String label() {
                return "corrected title";
            }

            @Override
            public void emit(StreamRDF sink) {
                triples.forEach(sink::triple);
            }
        };
        return new DocumentSource() {
            @Override
            public String name() {
                return "corrected " + graphIri;
            }

            @Override
            public DocumentGraph read() {
                return doc;
            }
        };
    }

    private HttpResponse<String> get(String path) throws Exception {
        return service.send(HttpRequest.newBuilder(URI.create(service.base + path)));
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.base + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
