package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.untoc.kg.rio.RioImport;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;

/**
 * Every RDF export of the running service — resource pages in each negotiated syntax, CONSTRUCT results, VoID,
 * the service description, the dumps — is read by both Jena and RDF4J Rio, and the two readings are isomorphic;
 * and each syntax of a resource gives the same graph as its Turtle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStores.class)
class ExportsParseAlikeTest {
    static final String RESOLUTION = "/id/cop/resolution/7/4";
    static final String CONSTRUCT = "/sparql?query=" + URLEncoder.encode(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/untoc/graph/cop/resolution/7/4> { ?s ?p ?o } }",
            StandardCharsets.UTF_8);

    private CorpusService service;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(TestStores stores) {
        service = CorpusService.start(StoreKind.EMBEDDED, stores);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    static Stream<Arguments> exports() {
        List<Arguments> out = new java.util.ArrayList<>();
        for (String path : List.of(RESOLUTION, "/id/state/ITA", "/id/untoc/article/18/paragraph/13", CONSTRUCT)) {
            out.add(Arguments.of(path, "text/turtle", Lang.TURTLE));
            out.add(Arguments.of(path, "application/ld+json", Lang.JSONLD));
            out.add(Arguments.of(path, "application/rdf+xml", Lang.RDFXML));
            out.add(Arguments.of(path, "application/n-triples", Lang.NTRIPLES));
        }
        // A named graph: its statements in their graph (TriG, N-Quads) or with its description (the rest).
        for (Lang lang : List.of(Lang.TRIG, Lang.NQUADS, Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES)) {
            out.add(Arguments.of("/graph/cop/resolution/7/4", lang.getHeaderString(), lang));
        }
        out.add(Arguments.of("/.well-known/void", "text/turtle", Lang.TURTLE));
        out.add(Arguments.of("/.well-known/void", "application/ld+json", Lang.JSONLD));
        out.add(Arguments.of("/sparql", "text/turtle", Lang.TURTLE));
        out.add(Arguments.of("/dumps/untoc-kg.nq.gz", "*/*", Lang.NQUADS));
        out.add(Arguments.of("/dumps/untoc-kg.trig.gz", "*/*", Lang.TRIG));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("exports")
    void jenaAndRioReadTheSameData(String path, String accept, Lang lang) throws Exception {
        byte[] body = fetch(path, accept);
        DatasetGraph jena = jena(body, lang);
        assertTrue(jena.stream().findAny().isPresent(), path + " is not empty");
        DatasetGraph rio = DatasetGraphFactory.createTxnMem();
        String ext = lang.getFileExtensions().get(0);
        new RioImport().parse(new ByteArrayInputStream(body),
                RioImport.formatOf(Path.of("x." + ext)).orElseThrow(), "http://localhost/", Path.of(path),
                StreamRDFLib.dataset(rio));
        assertTrue(IsoMatcher.isomorphic(jena, rio), path + " as " + accept + ": Jena and Rio read different data");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void everySyntaxOfAResourceIsTheSameGraph(String path) throws Exception {
        DatasetGraph turtle = jena(fetch(path, "text/turtle"), Lang.TURTLE);
        for (var e : List.of(List.of("application/ld+json", Lang.JSONLD), List.of("application/rdf+xml", Lang.RDFXML),
                List.of("application/n-triples", Lang.NTRIPLES))) {
            DatasetGraph other = jena(fetch(path, (String) e.get(0)), (Lang) e.get(1));
            assertTrue(IsoMatcher.isomorphic(turtle, other), path + " as " + e.get(0) + " differs from its Turtle");
        }
    }

    static Stream<String> resources() {
        return Stream.of(RESOLUTION, "/id/state/ITA", "/id/untoc/article/18/paragraph/13");
    }

    private byte[] fetch(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(service.base() + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> path + " " + new String(r.body(), StandardCharsets.UTF_8));
        return path.endsWith(".gz") ? gunzip(r.body()) : r.body();
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static DatasetGraph jena(byte[] body, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base("http://localhost/").parse(ds);
        return ds;
    }
}
