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
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
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
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** The classes and properties of the VoID vocabulary (http://rdfs.org/ns/void#, 2011-03-06). */
    static final Set<String> VOID_TERMS = Set.of("Dataset", "Linkset", "TechnicalFeature", "DatasetDescription",
            "feature", "subset", "target", "sparqlEndpoint", "linkPredicate", "exampleResource", "vocabulary",
            "subjectsTarget", "objectsTarget", "dataDump", "uriLookupEndpoint", "uriRegexPattern", "class",
            "classes", "classPartition", "distinctObjects", "distinctSubjects", "documents", "entities", "inDataset",
            "openSearchDescription", "properties", "property", "propertyPartition", "rootResource", "triples",
            "uriSpace");
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
    void voidDumpLinksResolveToTheFilesTheyNameInTheFormatTheyState() throws Exception {
        Model v = voidModel();
        Resource ds = v.getResource(VoidDescription.DATASET);
        List<RDFNode> dumps = v.listObjectsOfProperty(ds, v.createProperty(VOID, "dataDump")).toList();
        assertEquals(2, dumps.size());
        for (RDFNode dump : dumps) {
            String url = dump.asResource().getURI();
            assertTrue(url.startsWith(service.base() + "/dumps/"), url);
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), url);
            assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""), url);
            String sum = new String(bytes(url.substring(service.base().length()) + ".sha256"), StandardCharsets.UTF_8);
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())), sum.split("\\s+")[0], url);
            // dcterms:format names the syntax inside the gzip: parsing with it must work.
            String mediaType = dump.asResource().getProperty(DCTerms.format).getString();
            Lang lang = RDFLanguages.contentTypeToLang(mediaType);
            assertTrue(lang != null && RDFLanguages.isQuads(lang), mediaType);
            Dataset parsed = DatasetFactory.create();
            RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body()))).lang(lang).parse(parsed.asDatasetGraph());
            assertTrue(parsed.asDatasetGraph().stream().findAny().isPresent(), url);
        }
    }

    @Test
    void voidStatesLicencePublisherModificationAndOnlyVoidTerms() {
        Model v = voidModel();
        Resource ds = v.getResource(VoidDescription.DATASET);
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0", ds.getPropertyResourceValue(DCTerms.license).getURI());
        Resource publisher = ds.getPropertyResourceValue(DCTerms.publisher);
        assertTrue(publisher != null && publisher.hasProperty(v.createProperty("http://xmlns.com/foaf/0.1/", "name")), "publisher");
        Literal modified = ds.getProperty(DCTerms.modified).getLiteral();
        assertEquals(XSDDatatype.XSDdateTime.getURI(), modified.getDatatypeURI());
        assertTrue(!Instant.parse(modified.getLexicalForm()).isAfter(Instant.now()), "not in the future: " + modified);
        // Every term in the void: namespace must be one the VoID vocabulary defines (void:graphs is not).
        List<String> used = v.listStatements().toList().stream()
                .flatMap(st -> java.util.stream.Stream.of(st.getPredicate().getURI(),
                        st.getObject().isURIResource() ? st.getObject().asResource().getURI() : ""))
                .filter(u -> u.startsWith(VOID)).distinct().sorted().toList();
        for (String term : used) {
            assertTrue(VOID_TERMS.contains(term.substring(VOID.length())), "not a VoID term: " + term);
        }
        // One subset per graph, naming the graph it holds (sd:name) and its size.
        KnowledgeStore store = service.context().getBean(KnowledgeStore.class);
        Property name = v.createProperty(SD, "name");
        Set<String> named = new java.util.HashSet<>();
        for (RDFNode subset : v.listObjectsOfProperty(ds, v.createProperty(VOID, "subset")).toList()) {
            String graph = subset.asResource().getPropertyResourceValue(name).getURI();
            named.add(graph);
            long size = subset.asResource().getProperty(v.createProperty(VOID, "triples")).getLong();
            assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"), size, graph);
        }
        assertEquals(Set.copyOf(store.graphs()), named);
    }

    @Test
    void theTripleCountsAgreeOrSayWhatTheyCount() {
        Model v = voidModel();
        long voidTriples = v.getResource(VoidDescription.DATASET).getProperty(v.createProperty(VOID, "triples")).getLong();
        long union = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertEquals(union, voidTriples, "VoID's void:triples is COUNT(*) over the union default graph");
        long statements = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertTrue(statements > union, "some triples are stated in several graphs, so the figures differ");
        String comment = v.getResource(VoidDescription.DATASET).getProperty(RDFS.comment).getString();
        assertTrue(comment.contains(union + " distinct triples") && comment.contains(statements + " statements"), comment);
        // The loader's dataset line gives both, each named.
        String out = service.startupOutput();
        assertTrue(out.contains(statements + " statements in them, " + union + " distinct triples in their union"), out);
        // Each document's progress line is the size of its graph: their sum is the loader's total.
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^\\[\\d+/\\d+\\] .* … (\\d+) triples$").matcher(out);
        long documents = 0;
        while (line.find()) {
            documents += Long.parseLong(line.group(1));
        }
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("loaded \\d+ of \\d+ documents, (\\d+) triples in their graphs").matcher(out);
        assertTrue(total.find(), out);
        assertEquals(documents, Long.parseLong(total.group(1)));
        long documentGraphs = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER (!STRSTARTS(STR(?g), \"https://w3id.org/untoc/graph/derived/\")"
                // The load's own record (graph/meta/load) is written by the loader, not loaded from a file.
                + " && !STRSTARTS(STR(?g), \"https://w3id.org/untoc/graph/meta/\")) }");
        assertEquals(documentGraphs, documents, "the loaded graphs (reference data and texts) hold what the lines say");
    }

    @Test
    void headOnADumpGivesTypeAndLengthAndDumpsAreCacheableBySharedCaches() throws Exception {
        for (String path : new String[] {"/dumps/untoc-kg.nq.gz", "/dumps/untoc-kg.trig.gz.sha256"}) {
            byte[] body = bytes(path);
            HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(service.base() + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, head.statusCode(), path);
            assertEquals(path.endsWith(".gz") ? "application/gzip" : "text/plain",
                    head.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
            assertEquals(Long.toString(body.length), head.headers().firstValue("Content-Length").orElse(""), path);
            String cacheControl = head.headers().firstValue("Cache-Control").orElse("");
            assertTrue(cacheControl.contains("public"), path + ": " + cacheControl);
        }
    }

    @Test
    void namedGraphsDereferenceWithTheirStatementsAndProvenance() throws Exception {
        KnowledgeStore store = service.context().getBean(KnowledgeStore.class);
        String graph = store.graphs().stream().filter(g -> g.endsWith("/cop/resolution/11/1")).findFirst().orElseThrow();
        String path = graph.substring("https://w3id.org/untoc".length());
        assertTrue(path.startsWith("/graph/"), path);
        HttpResponse<String> trig = service.get(path, "application/trig");
        assertEquals(200, trig.statusCode(), trig.body());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(trig.body(), Lang.TRIG).parse(ds.asDatasetGraph());
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"),
                ds.getNamedModel(graph).size(), "the graph's statements, in their graph");
        Resource described = ds.getDefaultModel().getResource(graph);
        assertTrue(described.hasProperty(ds.getDefaultModel().createProperty("http://www.w3.org/ns/prov#", "wasDerivedFrom")),
                "provenance: " + trig.body().substring(0, Math.min(2000, trig.body().length())));
        assertTrue(described.hasProperty(DCTerms.source), "the document it was read from");
        HttpResponse<String> turtle = service.get(path, "text/turtle");
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(parse(turtle.body(), Lang.TURTLE).size() > ds.getNamedModel(graph).size());
        assertEquals(404, service.get("/graph/no/such/graph", "text/turtle").statusCode());
        HttpResponse<String> page = service.get(path, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("derived from"), "the page shows provenance");

        // The resource page links its provenance to the graph, and the link resolves.
        HttpResponse<String> resourcePage = service.get("/id/cop/decision/3/2", "text/html");
        java.util.regex.Matcher href = java.util.regex.Pattern.compile("href=\"([^\"]*/graph/[^\"]+)\"").matcher(resourcePage.body());
        assertTrue(href.find(), "a provenance link to /graph/: " + resourcePage.body());
        String target = href.group(1).replace("&amp;", "&");
        target = target.startsWith("http") ? target.substring(target.indexOf("/graph/")) : target;
        assertEquals(200, service.get(target, "text/html").statusCode(), target);
    }

    @Test
    void everyNotAcceptableListsTypesThatAreThenAccepted() {
        String graph = service.context().getBean(KnowledgeStore.class).graphs().get(0)
                .substring("https://w3id.org/untoc".length());
        for (String path : List.of("/id/cop/decision/3/2", graph, "/.well-known/void", "/sparql", "/ontology",
                "/api/queries/acts-recalling?act=https://w3id.org/untoc/id/cop/decision/3/2", "/api/queries",
                "/api/openapi.json")) {
            HttpResponse<String> r = service.get(path, "image/png");
            assertEquals(406, r.statusCode(), path + ": " + r.body());
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith("text/plain") || type.startsWith("application/json"), path + ": " + type);
            java.util.regex.Matcher listed = java.util.regex.Pattern.compile("\\b(?:text|application)/[a-z0-9.+-]+").matcher(r.body());
            List<String> offered = new java.util.ArrayList<>();
            while (listed.find()) {
                offered.add(listed.group());
            }
            assertTrue(!offered.isEmpty(), path + " lists what it offers: " + r.body());
            for (String media : offered) {
                HttpResponse<String> ok = service.get(path, media);
                assertEquals(200, ok.statusCode(), path + " as " + media + ": " + ok.body());
            }
        }
    }

    @Test
    void theOntologyIsServedInEveryRdfSyntax() {
        for (String media : List.of("application/ld+json", "application/rdf+xml", "application/n-triples", "text/turtle")) {
            HttpResponse<String> r = service.get("/ontology", media);
            assertEquals(200, r.statusCode(), media);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(media), media);
            Model ontology = parse(r.body(), RDFLanguages.contentTypeToLang(media));
            assertTrue(ontology.contains(ontology.createResource("https://w3id.org/untoc/ontology"),
                    org.apache.jena.vocabulary.RDF.type, OWL.Ontology), media);
        }
    }

    private long count(String query) {
        HttpResponse<String> r = service.sparql(query, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().strip().split("\r?\n")[1].strip());
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
        // A dump holds every statement of every graph: as many quads as the subsets' sizes add up to.
        Model v = voidModel();
        long triples = v.listObjectsOfProperty(v.getResource(VoidDescription.DATASET), v.createProperty(VOID, "subset"))
                .toList().stream().mapToLong(n -> n.asResource().getProperty(v.createProperty(VOID, "triples")).getLong()).sum();
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
