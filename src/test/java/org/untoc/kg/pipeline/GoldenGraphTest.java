package org.untoc.kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each corpus text against its expected graph ({@code src/test/resources/extract/golden/NAME.ttl}), compared for
 * isomorphism. The expected graphs were read against the texts; regenerate with {@link CorpusGraphs#main} only to
 * review the diff.
 */
class GoldenGraphTest {
    static List<Path> corpus() throws Exception {
        return CorpusGraphs.corpus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void extractsTheExpectedGraph(Path file) throws Exception {
        Graph actual = CorpusGraphs.extract(file);
        Graph expected = RDFDataMgr.loadGraph(CorpusGraphs.goldenOf(file).toString());
        assertTrue(actual.isIsomorphicWith(expected), () -> file + " differs from its golden graph:\n" + diff(expected, actual));
    }

    private static String diff(Graph expected, Graph actual) {
        TreeSet<String> lines = new TreeSet<>();
        expected.find().forEachRemaining(t -> { if (!actual.contains(t)) lines.add("- " + show(t)); });
        actual.find().forEachRemaining(t -> { if (!expected.contains(t)) lines.add("+ " + show(t)); });
        return String.join("\n", lines.stream().limit(60).toList());
    }

    private static String show(Triple t) {
        return t.getSubject() + " " + t.getPredicate() + " " + t.getObject();
    }
}
