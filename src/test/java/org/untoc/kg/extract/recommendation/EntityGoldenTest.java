package org.untoc.kg.extract.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.pipeline.DefaultDocumentParser;
import org.untoc.kg.structure.ParsedDocument;

/**
 * What the meeting, report and recommendation extractors write for each corpus text and each of our own fixtures
 * ({@code src/test/resources/entities/docs}), against a graph read against the text
 * ({@code src/test/resources/entities/golden/NAME.ttl}). {@link #main} regenerates them for review as a diff.
 */
class EntityGoldenTest {
    static final Path CORPUS = Path.of("src/main/resources/corpus");
    static final Path FIXTURES = Path.of("src/test/resources/entities/docs");
    static final Path GOLDEN = Path.of("src/test/resources/entities/golden");

    static List<Path> sources() throws Exception {
        List<Path> all = new ArrayList<>();
        try (var s = Files.list(CORPUS)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
        }
        try (var s = Files.list(FIXTURES)) {
            s.sorted().forEach(all::add);
        }
        return all;
    }

    static Graph extract(Path file) throws Exception {
        ParsedDocument doc = new DefaultDocumentParser().parse(file);
        Graph g = GraphFactory.createDefaultGraph();
        for (Extractor e : MeetingAndRecommendationExtractors.all()) e.extract(doc, StreamRDFLib.graph(g));
        return g;
    }

    static Path goldenOf(Path file) {
        String name = file.getFileName().toString();
        return GOLDEN.resolve(name.substring(0, name.lastIndexOf('.')) + ".ttl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void extractsTheExpectedGraph(Path file) throws Exception {
        Graph actual = extract(file);
        Graph expected = RDFDataMgr.loadGraph(goldenOf(file).toString());
        assertTrue(actual.isIsomorphicWith(expected), () -> file + " differs from its golden graph:\n" + diff(expected, actual));
    }

    @Test
    void fixtureReportAndResolutionShareTheirRecommendations() throws Exception {
        var parser = new DefaultDocumentParser();
        ParsedDocument report = parser.parse(FIXTURES.resolve("wg7-report-2031.txt"));
        ParsedDocument resolution = parser.parse(FIXTURES.resolve("cop-resolution-16-5.md"));
        List<String> links = new RecommendationLinker().link(RecommendationLinker.candidates(report, resolution)).stream()
                .map(l -> l.source().substring(l.source().lastIndexOf("/id/") + 4) + " = "
                        + l.target().substring(l.target().lastIndexOf("/id/") + 4)).sorted().toList();
        String res = DocumentIris.subject(resolution).replace("https://w3id.org/untoc/id/", "");
        String rep = DocumentIris.subject(report).replace("https://w3id.org/untoc/id/", "");
        assertEquals(List.of(res + "/annex/recommendation/1 = " + rep + "/paragraph/2/a",
                res + "/annex/recommendation/2 = " + rep + "/paragraph/2/b",
                res + "/annex/recommendation/3 = " + rep + "/paragraph/2/c"), links);
    }

    private static String diff(Graph expected, Graph actual) {
        TreeSet<String> lines = new TreeSet<>();
        expected.find().forEachRemaining(t -> { if (!actual.contains(t)) lines.add("- " + t); });
        actual.find().forEachRemaining(t -> { if (!expected.contains(t)) lines.add("+ " + t); });
        return String.join("\n", lines.stream().limit(60).toList());
    }

    /** Regenerates the golden graphs; read the diff before committing. */
    public static void main(String[] args) throws Exception {
        Files.createDirectories(GOLDEN);
        for (Path file : sources()) {
            Graph g = extract(file);
            var m = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(g);
            m.setNsPrefix("untoc", "https://w3id.org/untoc/ontology#");
            m.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
            m.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
            m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
            // Sorted triples, so a changed expectation reads as a small diff.
            try (OutputStream out = Files.newOutputStream(goldenOf(file))) {
                var stream = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                stream.start();
                m.getNsPrefixMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> stream.prefix(e.getKey(), e.getValue()));
                g.find().toList().stream().sorted(java.util.Comparator.comparing((org.apache.jena.graph.Triple t) -> t.getSubject().toString())
                        .thenComparing(t -> t.getPredicate().toString()).thenComparing(t -> t.getObject().toString()))
                        .forEach(stream::triple);
                stream.finish();
            }
            System.out.println(goldenOf(file) + ": " + g.size() + " triples");
        }
    }
}
