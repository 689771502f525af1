package org.untoc.kg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.bench.CorpusGenerator.Act;
import org.untoc.kg.bench.CorpusGenerator.GeneratedCorpus;
import org.untoc.kg.bench.CorpusGenerator.GeneratedDocument;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusGeneratorTest {
    private static final Pattern CITATION = Pattern.compile("\\b(decision|resolution) (\\d{1,2})/(\\d{1,3})\\b");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{0,3} ?(Decision|Resolution) (\\d+)/(\\d+)\\s*$");
    private static final Pattern ACT_IRI =
            Pattern.compile("https://w3id\\.org/untoc/id/cop/(decision|resolution)/\\d+/\\d+");
    private static final String CITES = "https://w3id.org/untoc/ontology#cites";

    @TempDir
    static Path tmp;

    private GeneratedCorpus corpus;

    @BeforeAll
    void generate() {
        corpus = CorpusGenerator.fromBuiltInCorpus().generate(60, 7, tmp.resolve("a"));
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOtherOnes() throws Exception {
        GeneratedCorpus again = CorpusGenerator.fromBuiltInCorpus().generate(60, 7, tmp.resolve("b"));
        GeneratedCorpus other = CorpusGenerator.fromBuiltInCorpus().generate(60, 8, tmp.resolve("c"));
        boolean anyDifferent = false;
        for (int i = 0; i < 60; i++) {
            byte[] a = Files.readAllBytes(corpus.documents().get(i).file());
            assertArrayEquals(a, Files.readAllBytes(again.documents().get(i).file()), "file " + i);
            anyDifferent |= !java.util.Arrays.equals(a, Files.readAllBytes(other.documents().get(i).file()));
        }
        assertTrue(anyDifferent, "a different seed chooses other citation targets");
    }

    @Test
    void everyActNumberIsUniqueAndEveryFileHeadsWithItsOwnNumber() throws Exception {
        Set<String> iris = new HashSet<>();
        for (GeneratedDocument d : corpus.documents()) {
            if (d.act() == null) {
                continue;
            }
            assertTrue(iris.add(d.act().iri()), "duplicate " + d.act());
            Matcher m = HEADING.matcher(Files.readString(d.file()));
            assertTrue(m.find(), d.file().toString());
            assertEquals(d.act().number(), m.group(2) + "/" + m.group(3));
            assertEquals(d.act().kind(), m.group(1).toLowerCase());
        }
        assertEquals(36, iris.size(), "three of every five texts are acts");
    }

    @Test
    void everyConferenceCitationInTheTextNamesAnEarlierGeneratedAct() throws Exception {
        Set<String> numbers = new HashSet<>();
        corpus.acts().forEach(a -> numbers.add(a.kind() + " " + a.number()));
        int checked = 0;
        List<Act> acts = corpus.acts();
        for (GeneratedDocument d : corpus.documents()) {
            String text = Files.readString(d.file());
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                if (CorpusGenerator.foreignBefore(text, m.start())) {
                    continue;
                }
                String cited = m.group(1) + " " + m.group(2) + "/" + m.group(3);
                assertTrue(numbers.contains(cited), d.file() + " cites " + cited + ", which was not generated");
                checked++;
            }
            for (Act cited : d.cites()) {
                if (d.act() != null) {
                    assertTrue(acts.indexOf(cited) < acts.indexOf(d.act()), d.act() + " cites a later " + cited);
                }
            }
        }
        assertTrue(checked > 100, "the corpus is full of citations: " + checked);
    }

    @Test
    void theParserResolvesGeneratedCitationsToGeneratedActs() throws Exception {
        Set<Node> generated = new HashSet<>();
        corpus.acts().forEach(a -> generated.add(NodeFactory.createURI(a.iri())));
        var pipeline = org.untoc.kg.pipeline.PipelineFactory.standardPipeline();
        int resolved = 0;
        for (GeneratedDocument d : corpus.documents().subList(5, 15)) {
            Graph g = GraphFactory.createDefaultGraph();
            pipeline.process(d.file()).emit(StreamRDFLib.graph(g));
            List<Node> copTargets = new ArrayList<>();
            g.find(Node.ANY, NodeFactory.createURI(CITES), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI() && ACT_IRI.matcher(t.getObject().getURI()).matches()) {
                    copTargets.add(t.getObject());
                }
            });
            for (Node target : copTargets) {
                assertTrue(generated.contains(target), d.file() + " (" + d.template() + ") cites " + target);
            }
            resolved += copTargets.size();
            if (d.act() != null) {
                assertTrue(g.contains(NodeFactory.createURI(d.act().iri()), Node.ANY, Node.ANY),
                        "the parser reads the generated number of " + d.file());
            }
        }
        assertTrue(resolved > 20, "citations were extracted: " + resolved);
    }

    @Test
    void theShapesAndTheirNoiseSurvive() throws Exception {
        for (GeneratedDocument d : corpus.documents().subList(0, 10)) {
            String text = Files.readString(d.file());
            String template = Template.builtIn().stream().filter(t -> t.name().equals(d.template())).findFirst()
                    .orElseThrow().text();
            if (template.contains("<sup>")) {
                assertTrue(text.contains("<sup>1</sup>") && text.contains("\n---\n"), d.file() + " keeps Markdown");
            }
            if (template.contains("¹")) {
                assertTrue(text.contains("¹") && !text.contains("<sup>"), d.file() + " keeps Unicode superscripts");
            }
            if (d.template().equals(Template.BUILT_IN.get(3))) {
                // PDF-extracted text: the running header (own symbol), page counter and job number, a word broken
                // across lines, and the blank lines between extracted lines.
                assertTrue(text.contains("\n" + d.symbol() + " \n"), "running header " + d.symbol());
                assertTrue(Pattern.compile("(?m)^\\d+/\\d+ V\\.\\d{2}-\\d{5} $").matcher(text).find(), "page footer");
                assertTrue(text.contains("security-\n"), "broken word");
                assertFalse(text.contains("WG.3/2021/3"), "the template's own symbol is replaced");
                assertTrue(text.split("\n\n").length > 500, "one extracted line per paragraph");
            }
        }
    }
}
