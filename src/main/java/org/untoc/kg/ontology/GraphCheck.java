package org.untoc.kg.ontology;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.untoc.kg.rio.RioImport;

/**
 * Runs both data checks — the SHACL shapes and the violation queries — over a graph, and from the command line over
 * RDF files in any syntax (all their graphs merged): {@code GraphCheck file…}; exit status 1 when anything is found.
 */
public final class GraphCheck {
    private final ShaclCheck shacl;
    private final ViolationQueries queries;

    public GraphCheck(ShaclCheck shacl, ViolationQueries queries) {
        this.shacl = shacl;
        this.queries = queries;
    }

    /** The project's shapes, queries and ontology, from the classpath. */
    public static GraphCheck standard() {
        return new GraphCheck(ShaclCheck.standard(), ViolationQueries.standard());
    }

    /** What both checks found; warnings do not fail. */
    public record Result(ShaclCheck.Report shacl, Map<String, List<String>> violations) {
        public boolean passes() {
            return shacl.conforms() && violations.isEmpty();
        }

        /** A plain-text report, one finding a line. */
        public void print(PrintStream out) {
            shacl.violations().forEach(f -> out.println("SHACL " + f));
            shacl.warnings().forEach(f -> out.println("SHACL " + f));
            violations.forEach((query, rows) -> rows.forEach(r -> out.println("QUERY " + query + " " + r)));
            out.println(passes() ? "PASS" : "FAIL: " + shacl.violations().size() + " SHACL violations, "
                    + violations.values().stream().mapToInt(List::size).sum() + " query rows");
        }
    }

    public Result check(Graph data) {
        return new Result(shacl.check(data), queries.run(data));
    }

    /** Checks a dataset as one graph: its default graph together with all its named graphs. */
    public Result check(org.apache.jena.sparql.core.DatasetGraph dataset) {
        return check(new org.apache.jena.graph.compose.Union(dataset.getDefaultGraph(), dataset.getUnionGraph()));
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: GraphCheck FILE… (Turtle, TriG, N-Triples, N-Quads, RDF/XML, JSON-LD)");
            System.exit(2);
        }
        Graph all = GraphFactory.createDefaultGraph();
        // Every quad lands in one graph: the checks look at the union, as SPARQL over the default graph does.
        StreamRDF merged = StreamRDFLib.graph(all);
        RioImport rio = new RioImport();
        for (String f : args) rio.parse(Path.of(f), new QuadsAsTriples(merged));
        Result r = standard().check(all);
        r.print(System.out);
        System.exit(r.passes() ? 0 : 1);
    }

    /** Drops the graph name of each quad. */
    private static final class QuadsAsTriples extends org.apache.jena.riot.system.StreamRDFWrapper {
        QuadsAsTriples(StreamRDF out) {
            super(out);
        }

        @Override
        public void quad(org.apache.jena.sparql.core.Quad q) {
            triple(q.asTriple());
        }

        @Override
        public void start() {}

        @Override
        public void finish() {}
    }
}
