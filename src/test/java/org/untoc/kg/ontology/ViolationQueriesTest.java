package org.untoc.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query of {@code ontology/violations/} returns no rows over the ontology and reference data, and returns
 * rows over its own fixture of broken data ({@code violations/{name}.ttl} in the test resources), so each query is
 * shown able to fail.
 */
class ViolationQueriesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/untoc/kg/ontology/violations");
    private static Graph ontologyAndReference;
    private static Graph ontology;

    @BeforeAll
    static void load() {
        ontologyAndReference = OntologyFiles.ontologyAndReference().getGraph();
        ontology = OntologyFiles.ontology().getGraph();
    }

    static Stream<ViolationQueries.NamedQuery> queries() {
        return ViolationQueries.fromDirectory(OntologyFiles.VIOLATIONS_DIR).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void findsNothingInTheOntologyAndReferenceData(ViolationQueries.NamedQuery q) {
        assertEquals(List.of(), ViolationQueries.rows(q.query(), ontologyAndReference), q.description());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void catchesItsFixture(ViolationQueries.NamedQuery q) {
        Path fixture = FIXTURES.resolve(q.name().replace(".rq", ".ttl"));
        assertTrue(Files.exists(fixture), "each query needs a fixture that breaks its rule: " + fixture);
        Graph data = RDFDataMgr.loadGraph(fixture.toString());
        assertFalse(ViolationQueries.rows(q.query(), new Union(data, ontology)).isEmpty(),
                q.name() + " found nothing in " + fixture);
    }

    @Test
    void theClasspathIndexListsExactlyTheQueriesOfTheFolder() throws IOException {
        List<String> folder = queries().map(ViolationQueries.NamedQuery::name).sorted().toList();
        List<String> index = Files.readAllLines(OntologyFiles.VIOLATIONS_DIR.resolve("index.txt")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertEquals(folder, index, "ontology/violations/index.txt");
        assertEquals(folder.size(), ViolationQueries.standard().queries().size());
    }

    @Test
    void standardRunReportsNothingForReferenceData() {
        Map<String, List<String>> found = ViolationQueries.standard().run(ontologyAndReference);
        assertEquals(Map.of(), found);
    }
}
