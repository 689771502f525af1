package org.untoc.kg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates data against {@code ontology/shapes.ttl}. The data is read together with the ontology (a read-only
 * union, the data graph is not changed) so that {@code sh:class} follows the ontology's class hierarchy.
 */
public final class ShaclCheck {
    /** Classpath locations; the build copies {@code ontology/} into the jar under the same path. */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";
    public static final String ONTOLOGY_RESOURCE = "ontology/untoc.ttl";

    private final Shapes shapes;
    private final Graph ontology;

    public ShaclCheck(Graph shapesGraph, Graph ontology) {
        this.shapes = Shapes.parse(shapesGraph);
        this.ontology = ontology;
    }

    /** The project's shapes and ontology, from the classpath. */
    public static ShaclCheck standard() {
        return new ShaclCheck(resource(SHAPES_RESOURCE), resource(ONTOLOGY_RESOURCE));
    }

    /** One result of validation, flattened for reports and assertion messages. */
    public record Finding(Severity severity, String focusNode, String path, String value, String message) {
        @Override
        public String toString() {
            return severity.level().getLocalName() + " " + focusNode + (path == null ? "" : " " + path)
                    + (value == null ? "" : " value " + value) + ": " + message;
        }
    }

    /** Violations fail; warnings are reported only. */
    public record Report(List<Finding> violations, List<Finding> warnings) {
        public boolean conforms() {
            return violations.isEmpty();
        }
    }

    /** Validates the data graph (with the ontology in view). */
    public Report check(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, ontology));
        List<Finding> violations = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Finding f = new Finding(e.severity(), str(e.focusNode()), e.resultPath() == null ? null
                    : e.resultPath().toString(), str(e.value()), e.message());
            (e.severity() == Severity.Violation ? violations : warnings).add(f);
        }
        return new Report(List.copyOf(violations), List.copyOf(warnings));
    }

    private static String str(Node n) {
        return n == null ? null : n.toString();
    }

    static Graph resource(String name) {
        try (InputStream in = ShaclCheck.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("not on the classpath: " + name);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
