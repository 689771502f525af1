package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.untoc.kg.publish.VoidDescription;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;

/**
 * Dataset metadata as linked-data clients expect it: VoID at /.well-known/void, the SPARQL service description at
 * /sparql, dumps with checksums that hold exactly what the store holds, and a dataset version that follows loads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStores.class)
class PublishingTest {
    static final String VOID = VoidDescription.VOID;
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

    @Test
    void voidDescribesTheEndpointTheDumpsAndEveryGraph() {
        Model v = voidModel();
        Resource ds = v.getResource(VoidDescription.DATASET);
        assertEquals(service.base() + "/sparql", ds.getPropertyResourceValue(v.createProperty(VOID, "sparqlEndpoint")).getURI());
        assertEquals(2, v.listObjectsOfProperty(ds, v.createProperty(VOID, "dataDump")).toList().size());
        int graphs = service.context().getBean(KnowledgeStore.class).graphs().size();
        assertEquals(graphs, v.listObjectsOfProperty(ds, v.createProperty(VOID, "subset")).toList().size());
        assertTrue(ds.hasProperty(OWL.versionInfo));
    }

    @Test
    void theSparqlEndpointDescribesItselfWhenAskedWithoutAQuery() {
        HttpResponse<String> r = service.get("/sparql", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Model sd = parse(r.body(), Lang.TURTLE);
        String ns = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(sd.contains(null, sd.createProperty(ns, "endpoint"), sd.createResource(service.base() + "/sparql")), r.body());
        assertTrue(sd.contains(null, sd.createProperty(ns, "feature"), sd.createResource(ns + "UnionDefaultGraph")), r.body());
    }

    @Test
    void theOntologyNamespaceServesItsDocumentationOrItsTurtle() {
        HttpResponse<String> html = service.get("/ontology", "text/html");
        assertEquals(200, html.statusCode(), html.body());
        assertTrue(html.body().contains("recalls") && html.body().contains("Recommendation"), "documents the terms");
        HttpResponse<String> turtle = service.get("/ontology", "text/turtle");
        assertEquals(200, turtle.statusCode());
        Model ontology = parse(turtle.body(), Lang.TURTLE);
        assertTrue(ontology.contains(ontology.createResource("https://w3id.org/untoc/ontology"),
                org.apache.jena.vocabulary.RDF.type, OWL.Ontology), "the OWL source");
    }

    @Test
    void dumpsHoldExactlyTheStoreAndMatchTheirChecksums() throws Exception {
        long triples = voidModel().getResource(VoidDescription.DATASET)
                .getProperty(voidModel().createProperty(VOID, "triples")).getLong();
        for (String name : new String[] {"untoc-kg.nq.gz", "untoc-kg.trig.gz"}) {
            byte[] gz = bytes("/dumps/" + name);
            String sum = new String(bytes("/dumps/" + name + ".sha256"), StandardCharsets.UTF_8);
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(gz)), sum.split("\\s+")[0], name);
            Dataset ds = DatasetFactory.create();
            RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(gz)))
                    .lang(name.contains(".nq") ? Lang.NQUADS : Lang.TRIG).parse(ds.asDatasetGraph());
            long quads = ds.asDatasetGraph().stream().count();
            assertEquals(triples, quads, name + " holds every triple of every graph");
        }
    }

    @Test
    void theVersionChangesWithTheDataAndOnlyWithIt() {
        String before = version();
        assertEquals(before, version(), "asking twice changes nothing");
        KnowledgeStore store = service.context().getBean(KnowledgeStore.class);
        String g = "https://w3id.org/untoc/graph/test/publishing";
        store.replaceGraph(g, sink -> sink.triple(org.apache.jena.graph.Triple.create(
                org.apache.jena.graph.NodeFactory.createURI("urn:x:s"), org.apache.jena.graph.NodeFactory.createURI("urn:x:p"),
                org.apache.jena.graph.NodeFactory.createLiteralString("o"))));
        String after = version();
        assertNotEquals(before, after);
        store.replaceGraph(g, sink -> { });
        assertEquals(before, version(), "removing the graph again restores the version");
    }

    private String version() {
        return voidModel().getResource(VoidDescription.DATASET).getProperty(OWL.versionInfo).getString();
    }

    private Model voidModel() {
        HttpResponse<String> r = service.get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        return parse(r.body(), Lang.TURTLE);
    }

    private byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(service.base() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(m);
        return m;
    }
}
