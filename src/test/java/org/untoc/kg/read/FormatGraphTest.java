package org.untoc.kg.read;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.pipeline.PipelineFactory;
import org.untoc.kg.pipeline.DocumentPipeline;
import org.untoc.kg.pipeline.DefaultDocumentParser;
import org.untoc.kg.structure.TextShape;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.vocab.Ids;

/**
 * A resolution published as PDF or .docx gives the same knowledge graph as its text: the PDF and the .docx are
 * built here from the corpus texts, run through the whole pipeline, and compared for isomorphism. Only the
 * source-text node differs (another file, another hash), so it is set aside.
 */
class FormatGraphTest {
    private final DocumentPipeline pipeline = PipelineFactory.standardPipeline();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"000_8d79988d579e14f5.txt", "001_a32a9ece5a4bc505.txt", "002_058fe2b991d8a13d.txt"})
    void pdfGivesTheSameGraphAsTheText(String name) throws Exception {
        assumeTrue(PdfFixtures.fontAvailable(), "no Unicode TrueType font at " + PdfFixtures.FONT);
        Path text = Path.of("src/main/resources/corpus", name);
        Path pdf = dir.resolve(name.replace(".txt", ".pdf"));
        PdfFixtures.write(printed(text), pdf);
        Graph expected = graph(text);
        // The printed PDF carries a symbol in its running header, as UN PDFs do; the text read from it has one more
        // fact, the symbol, and nothing else changes.
        String act = DocumentIris.subject(new DefaultDocumentParser().parse(text));
        new TripleWriter(StreamRDFLib.graph(expected)).symbol(act, PdfFixtures.SYMBOL);
        assertSameGraph(expected, graph(pdf), pdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_8d79988d579e14f5.txt", "001_a32a9ece5a4bc505.txt", "002_058fe2b991d8a13d.txt"})
    void docxGivesTheSameGraphAsTheText(String name) throws Exception {
        Path text = Path.of("src/main/resources/corpus", name);
        Path docx = dir.resolve(name.replace(".txt", ".docx"));
        DocxFixtures.write(printed(text), docx, true);
        assertSameGraph(graph(text), graph(docx), docx);
    }

    private String printed(Path text) throws Exception {
        String source = Files.readString(text);
        return new DefaultDocumentParser().parse(text).shape() == TextShape.MARKDOWN ? MarkdownToPlain.render(source) : source;
    }

    private Graph graph(Path file) throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        pipeline.process(file).emit(StreamRDFLib.graph(g));
        return withoutSourceText(g);
    }

    /** The graph less the triples about the source file (its name and hash) and the links to it. */
    private static Graph withoutSourceText(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        String sourcePrefix = Ids.ID + "source/";
        g.find().forEachRemaining(t -> {
            if (!isSource(t.getSubject(), sourcePrefix) && !isSource(t.getObject(), sourcePrefix)) {
                out.add(t);
            }
        });
        return out;
    }

    private static boolean isSource(Node n, String prefix) {
        return n.isURI() && n.getURI().startsWith(prefix);
    }

    private static void assertSameGraph(Graph expected, Graph actual, Path file) {
        assertTrue(expected.size() > 100, "the text gives a real graph");
        assertTrue(expected.isIsomorphicWith(actual), () -> file.getFileName() + " differs from its text:\n"
                + diff(expected, actual));
    }

    private static String diff(Graph expected, Graph actual) {
        String missing = expected.find().toList().stream().filter(t -> !actual.contains(t)).limit(10)
                .map(Object::toString).collect(Collectors.joining("\n  ", "  missing:\n  ", "\n"));
        String extra = actual.find().toList().stream().filter(t -> !expected.contains(t)).limit(10)
                .map(Object::toString).collect(Collectors.joining("\n  ", "  extra:\n  ", "\n"));
        return missing + extra;
    }

}
