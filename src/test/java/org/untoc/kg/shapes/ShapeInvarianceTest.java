package org.untoc.kg.shapes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.untoc.kg.pipeline.CorpusGraphs;
import org.untoc.kg.pipeline.PipelineFactory;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.read.PdfFixtures;
import org.untoc.kg.shapes.ShapeRenderers.ActSource;
import org.untoc.kg.shapes.ShapeRenderers.Shape;

/**
 * Shape invariance: every act text of the built-in corpus and of the fixtures, rendered in each hard shape
 * ({@link ShapeRenderers}: texts, and real PDF and Word files read back through their readers), gives the same act-level graph ({@link ActGraph}) as its clean text: identity, title,
 * clauses with their verbs and texts, typed citations with the cited acts' dates and titles, provisions, endorsed
 * recommendations, Reference nodes. This is what shows that the parser reads texts by their wording, not their
 * layout. A failure prints the differences ("-" only in the clean text's graph, "+" only in the shaped one) and
 * keeps the shaped text in {@code target/shape-failures/} for reading.
 */
class ShapeInvarianceTest {
    /** Shape fixtures that are clean single-act texts (the others hold several acts or web furniture on purpose). */
    private static final String CLEAN_ACT_PREFIX = "act-";
    private static final int SHOWN_DIFFERENCES = 40;
    private static Map<String, Case> cases;

    /** A clean act text, its act and the act-level graph of its clean text. */
    record Case(ActSource act, Graph expected) {}

    static synchronized Map<String, Case> cases() throws Exception {
        if (cases != null) return cases;
        Map<String, Case> all = new LinkedHashMap<>();
        for (Path file : CorpusGraphs.allTexts()) {
            String name = file.getFileName().toString();
            if (file.startsWith(Path.of("src/test/resources/shapes")) && !name.startsWith(CLEAN_ACT_PREFIX)) continue;
            Graph g = CorpusGraphs.extract(PipelineFactory.standardPipeline(), file);
            List<String> acts = ActGraph.actsOfSourceText(g);
            // A report or background paper is not an act text; a clean text of an act is the text of that one act.
            if (acts.size() != 1 || !ActGraph.actsWithText(g).contains(acts.get(0))) continue;
            String iri = acts.get(0);
            String title = g.find(NodeFactory.createURI(iri), Terms.TITLE, Node.ANY).nextOptional()
                    .map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
            all.put(name, new Case(new ActSource(name, ActText.read(file), iri, title), ActGraph.project(g, iri)));
        }
        cases = all;
        return cases;
    }

    static Stream<Arguments> actsAndShapes() throws Exception {
        Map<String, Case> all = cases();
        // The corpus's three resolutions, the three Markdown fixtures and the shape fixtures' acts, at the least.
        assertTrue(all.size() >= 6, "act texts found: " + all.keySet());
        return all.keySet().stream().flatMap(name -> Stream.of(Shape.values()).map(shape -> Arguments.of(name, shape)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("actsAndShapes")
    void actLevelGraphIsTheSameInEveryShape(String name, Shape shape, @TempDir Path dir) throws Exception {
        Case c = cases().get(name);
        assertTrue(c.expected().size() > 20, name + ": the clean text gives a real act-level graph");
        if (shape == Shape.PDF) {
            Assumptions.assumeTrue(PdfFixtures.fontAvailable(), "the PDF shape needs " + PdfFixtures.FONT);
        }
        Path shaped = ShapeRenderers.write(shape, c.act(), siblings(c), dir);
        Graph g = CorpusGraphs.extract(PipelineFactory.standardPipeline(), shaped);
        Graph actual = ActGraph.project(g, c.act().iri());
        if (shape == Shape.COMPILED) actual = withoutSiblingsStatements(actual, c.expected(), c.act().iri());
        if (!actual.isIsomorphicWith(c.expected())) {
            Path kept = Path.of("target/shape-failures").resolve(shape.fileName(c.act()));
            Files.createDirectories(kept.getParent());
            Files.copy(shaped, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> diff = ActGraph.diff(c.expected(), actual, c.act().iri());
            long missing = diff.stream().filter(l -> l.startsWith("-")).count();
            StringBuilder message = new StringBuilder()
                    .append(name).append(" as ").append(shape).append(": the act-level graph of ").append(c.act().iri())
                    .append(" differs from the clean text's (").append(missing).append(" triples missing, ")
                    .append(diff.size() - missing).append(" extra, of ").append(c.expected().size()).append(");")
                    .append(" the shaped text was read as ").append(ActGraph.readAs(g))
                    .append("; acts with text in the shaped graph: ").append(ActGraph.actsWithText(g))
                    .append("; shaped text kept in ").append(kept).append('\n');
            diff.stream().limit(SHOWN_DIFFERENCES).forEach(l -> message.append("  ").append(l).append('\n'));
            if (diff.size() > SHOWN_DIFFERENCES) message.append("  … ").append(diff.size() - SHOWN_DIFFERENCES).append(" more\n");
            throw new AssertionError(message.toString());
        }
    }

    /**
     * A compilation is one graph: what its other acts state about the acts they cite (a title, the date the act
     * under test was adopted) stands beside the act's own facts. Those statements about other resources may be
     * more; nothing of the act's own may differ, and nothing the clean text states may be missing.
     */
    private static Graph withoutSiblingsStatements(Graph actual, Graph expected, String act) {
        Graph kept = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        actual.find().forEachRemaining(t -> {
            String s = t.getSubject().isURI() ? t.getSubject().getURI() : "";
            boolean own = s.equals(act) || s.startsWith(act + "/");
            boolean ownDate = s.equals(act) && t.getPredicate().equals(Terms.DATE);
            if (expected.contains(t) || (own && !ownDate)) kept.add(t);
        });
        return kept;
    }

    /**
     * Two other acts for a compilation, of the same body where there are: never one the act cites (its title would
     * then be stated twice) nor one of the same number.
     */
    private static List<ActSource> siblings(Case c) throws Exception {
        Set<String> mentioned = new java.util.HashSet<>();
        c.expected().find().forEachRemaining(t -> {
            if (t.getObject().isURI()) mentioned.add(t.getObject().getURI());
        });
        List<ActSource> same = new ArrayList<>();
        List<ActSource> other = new ArrayList<>();
        for (Case s : cases().values()) {
            ActSource a = s.act();
            if (a.iri().equals(c.act().iri()) || mentioned.contains(a.iri()) || a.number().equals(c.act().number())) continue;
            (a.body().equals(c.act().body()) ? same : other).add(a);
        }
        same.addAll(other);
        return same.subList(0, Math.min(2, same.size()));
    }
}
