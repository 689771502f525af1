package org.untoc.kg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.untoc.kg.ontology.GraphCheck;
import org.untoc.kg.pipeline.PipelineFactory;
import org.untoc.kg.vocab.Untoc;

/**
 * The roman sub-item fixtures through the whole pipeline (every extractor) with the reference data: the SHACL
 * shapes and violation queries accept the deeper paths, and each roman item is a paragraph of its own, part of the
 * item above it — a roman item in a recommendation is part of that recommendation, never a recommendation itself.
 */
class RomanItemsGraphCheckTest {
    private static final Path DOCS = Path.of("src/test/resources/extract/docs");
    private static final String ITEM = """
            PREFIX untoc: <https://w3id.org/untoc/ontology#>
            SELECT ?parent ?label ?order ?text (EXISTS { ?item a untoc:Recommendation } AS ?recommendation)
                   (EXISTS { ?item a untoc:Paragraph } AS ?paragraph) WHERE {
              ?item untoc:partOf ?parent ; untoc:label ?label ; untoc:order ?order ; untoc:text ?text .
            }""";

    /** Each fixture with the paths of its roman items, as read off the text. */
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of(DOCS.resolve("cop-resolution-13-4-roman.md"), List.of("operative/1/b/i",
                        "operative/1/b/ii", "operative/1/b/iii", "operative/2/h/i", "operative/2/h/ii", "operative/3/i",
                        "operative/3/ii", "annex/I/recommendation/b/i", "annex/I/recommendation/b/ii",
                        "annex/I/recommendation/b/iii", "operative/5/a/i", "operative/5/a/ii")),
                Arguments.of(DOCS.resolve("wg2-report-2027-roman.txt"), List.of("paragraph/2/a/i", "paragraph/2/a/ii",
                        "paragraph/2/a/iii", "paragraph/2/a/iv", "paragraph/2/a/v", "paragraph/2/h/i",
                        "paragraph/2/h/ii", "paragraph/3/i", "paragraph/3/ii", "paragraph/3/iii", "paragraph/4/a/i",
                        "paragraph/4/a/ii", "paragraph/4/a/iii")),
                Arguments.of(DOCS.resolve("wg3-report-2028-roman-pdf.txt"), List.of("paragraph/2/b/i",
                        "paragraph/2/b/ii", "paragraph/2/b/iii", "paragraph/3/i", "paragraph/3/ii", "paragraph/3/iii")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void romanItemsAreParagraphsOfTheirOwnAndPassTheGraphChecks(Path fixture, List<String> romanItems)
            throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        // Loaded as `load` does, derived graphs included: the checks expect the work lineage next to citations.
        try (org.untoc.kg.store.Tdb2Store store = org.untoc.kg.store.Tdb2Store.inMemory()) {
            var document = PipelineFactory.standardPipeline().process(fixture);
            store.replaceGraph(document.graphIri(), document::emit);
            try (Stream<Path> reference = Files.list(Path.of("ontology/reference"))) {
                for (Path ttl : reference.filter(p -> p.toString().endsWith(".ttl")).toList()) {
                    store.replaceGraph("urn:reference:" + ttl.getFileName(), sink -> RDFDataMgr.parse(sink, ttl.toString()));
                }
            }
            for (var derived : PipelineFactory.standardDerivedGraphs()) {
                store.replaceGraph(derived.graphIri(), derived.compute(store));
            }
            store.datasetGraph().executeRead(() -> store.datasetGraph().getUnionGraph().find().forEachRemaining(g::add));
        }
        GraphCheck.Result result = GraphCheck.standard().check(g);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        result.print(new PrintStream(report, true, StandardCharsets.UTF_8));
        assertTrue(result.passes(), () -> report.toString(StandardCharsets.UTF_8));

        String doc = g.find(null, Untoc.textOf, null).next().getObject().getURI();
        for (String path : romanItems) {
            String item = doc + "/" + path;
            List<QuerySolution> rows = new ArrayList<>();
            ParameterizedSparqlString q = new ParameterizedSparqlString(ITEM);
            q.setIri("item", item);
            try (var qe = QueryExecutionFactory.create(q.asQuery(), ModelFactory.createModelForGraph(g))) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            assertEquals(1, rows.size(), item + ": one parent, label, order and text");
            QuerySolution s = rows.get(0);
            assertEquals(item.substring(0, item.lastIndexOf('/')), s.getResource("parent").getURI(),
                    item + " is part of the item one level up");
            assertTrue(s.getLiteral("paragraph").getBoolean(), item + " is a paragraph resource");
            assertFalse(s.getLiteral("recommendation").getBoolean(), item + " is no recommendation of its own");
        }
    }
}
