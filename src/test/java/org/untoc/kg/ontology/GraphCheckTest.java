package org.untoc.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** Shapes and queries together: the reference data passes, broken data fails with a readable report. */
class GraphCheckTest {
    private static final GraphCheck CHECK = GraphCheck.standard();

    @Test
    void referenceDataPasses() {
        assertTrue(CHECK.check(OntologyFiles.ontologyAndReference().getGraph()).passes());
    }

    @Test
    void aDatasetIsCheckedAcrossItsNamedGraphs() {
        var ds = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        ds.addGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/untoc/graph/test"),
                RDFDataMgr.loadGraph("src/test/resources/org/untoc/kg/ontology/violations/part-of-cycle.ttl"));
        GraphCheck.Result r = CHECK.check(ds);
        assertTrue(r.violations().containsKey("part-of-cycle.rq"), r.violations().toString());
    }

    @Test
    void brokenDataFailsWithAReport() {
        var data = RDFDataMgr.loadGraph(
                "src/test/resources/org/untoc/kg/ontology/violations/reference-neither-resolved-nor-unresolved.ttl");
        GraphCheck.Result r = CHECK.check(data);
        assertFalse(r.passes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("QUERY reference-neither-resolved-nor-unresolved.rq"), report);
        assertTrue(report.contains("SHACL Violation"), report);
        assertTrue(report.contains("FAIL"), report);
    }
}
