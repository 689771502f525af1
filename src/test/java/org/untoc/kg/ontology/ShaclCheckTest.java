package org.untoc.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference data conforms to the shapes; each fixture under {@code shacl/invalid/} breaks one rule and must be
 * caught, each under {@code shacl/valid/} must pass.
 */
class ShaclCheckTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/untoc/kg/ontology/shacl");
    private static final ShaclCheck CHECK = ShaclCheck.standard();

    @Test
    void referenceDataConforms() {
        Graph reference = OntologyFiles.ontologyAndReference().getGraph();
        ShaclCheck.Report report = CHECK.check(reference);
        assertEquals(List.of(), report.violations().stream().map(Object::toString).toList());
        assertEquals(List.of(), report.warnings().stream().map(Object::toString).toList());
    }

    static Stream<Path> invalid() {
        return OntologyFiles.list(FIXTURES.resolve("invalid"), ".ttl").stream();
    }

    static Stream<Path> valid() {
        return OntologyFiles.list(FIXTURES.resolve("valid"), ".ttl").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void brokenRuleIsCaught(Path fixture) {
        ShaclCheck.Report report = CHECK.check(RDFDataMgr.loadGraph(fixture.toString()));
        assertFalse(report.conforms(), fixture + " should violate a shape");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validDataConforms(Path fixture) {
        ShaclCheck.Report report = CHECK.check(RDFDataMgr.loadGraph(fixture.toString()));
        assertEquals(List.of(), report.violations().stream().map(Object::toString).toList());
    }
}
