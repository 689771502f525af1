package org.untoc.kg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.untoc.kg.load.DocumentFiles;
import org.untoc.kg.load.DocumentSource;
import org.untoc.kg.normalize.NormalizedText;
import org.untoc.kg.normalize.Paragraph;
import org.untoc.kg.normalize.ShapeNormalizer;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.PipelineFactory;
import org.untoc.kg.shapes.ActText;
import org.untoc.kg.shapes.ShapeRenderers;
import org.untoc.kg.shapes.ShapeRenderers.ActSource;
import org.untoc.kg.shapes.ShapeRenderers.Shape;
import org.untoc.kg.vocab.Untoc;

/**
 * Web pages: the act published on a UNODC-like page (cookie notice, banner with Login and Search, menu,
 * breadcrumbs, sidebar, "Page created by …" footer) reads as the same paragraphs, footnotes and emphasised clause
 * openers as its clean text, and none of the page's furniture reaches the text.
 */
class HtmlFileReaderTest {
    private final FormatSelectingReader reader = FormatSelectingReader.standard();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"000_8d79988d579e14f5.txt", "001_a32a9ece5a4bc505.txt", "002_058fe2b991d8a13d.txt"})
    void aPublishedPageGivesTheBlocksOfTheCleanText(String name) throws Exception {
        Path clean = Path.of("src/main/resources/corpus", name);
        ActSource act = new ActSource(name, ActText.read(clean), "https://w3id.org/untoc/id/cop/resolution/1/1", "");
        Path page = dir.resolve(name.replace(".txt", ".html"));
        Files.writeString(page, ShapeRenderers.render(Shape.HTML, act, List.of()));

        NormalizedText expected = normalized(clean);
        NormalizedText actual = normalized(page);
        assertEquals(SourceFormat.HTML, reader.read(page).format());
        assertEquals(blocks(expected), blocks(actual), "paragraphs, their footnote markers and emphasised openers");
        assertEquals(notes(expected), notes(actual), "footnotes by marker");
        assertTrue(expected.paragraphs().size() > 10, "a real act text");
    }

    @Test
    void pageFurnitureNeverReachesTheText() throws Exception {
        Path clean = Path.of("src/main/resources/corpus/002_058fe2b991d8a13d.txt");
        ActSource act = new ActSource("002", ActText.read(clean), "https://w3id.org/untoc/id/cop/resolution/11/2", "");
        Path page = dir.resolve("resolution.htm");
        Files.writeString(page, ShapeRenderers.render(Shape.HTML, act, List.of()));
        String text = reader.read(page).text();
        for (String furniture : List.of("Login", "Register", "Search", "Skip to main content", "cookies", "Accept",
                "Home", "Treaties", "Related", "Sessions", "Page created by", "All rights reserved", "dataLayer",
                "font-family", "UNODC logo", "↩")) {
            assertFalse(text.contains(furniture), () -> "'" + furniture + "' in:\n" + text);
        }
        assertTrue(text.startsWith("Resolution 11/2"), text);
    }

    /** A page of the 2000s: no main or article element, layout tables, links in one cell, the act in another. */
    @Test
    void withoutAMainElementTheDensestBlockIsTheContent() throws Exception {
        String html = """
                <html><head><title>CTOC - Decisions</title></head><body>
                <table width="100%"><tr><td class="left">
                  <p><a href="/">Home</a></p><p><a href="/ctoc">Organized crime</a></p><p><a href="/login">Login</a></p>
                </td><td>
                  <h2>Decision 4/1</h2>
                  <p><b>Review of the implementation of the United Nations Convention against Transnational Organized Crime</b></p>
                  <p><i>The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,</i></p>
                  <p><i>Recalling</i> its decision 3/1 of 18 October 2006, entitled “Review of the implementation of the
                  United Nations Convention against Transnational Organized Crime”,<sup>1</sup></p>
                  <ol><li><i>Decides</i> to continue its work on the review of the implementation of the Convention;</li>
                  <li><i>Requests</i> the Secretariat to report to the Conference at its fifth session.</li></ol>
                  <div class="notes"><p><sup>1</sup> See CTOC/COP/2006/14, chap. I.</p></div>
                </td></tr></table>
                <div id="footer">Page created by the Treaty and Legal Affairs Branch. Search this site</div>
                </body></html>
                """;
        Path page = dir.resolve("decisions.html");
        Files.writeString(page, html);
        NormalizedText text = normalized(page);
        List<String> paragraphs = text.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of("Decision 4/1",
                "Review of the implementation of the United Nations Convention against Transnational Organized Crime",
                "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,",
                "Recalling its decision 3/1 of 18 October 2006, entitled “Review of the implementation of the United"
                        + " Nations Convention against Transnational Organized Crime”,",
                "1. Decides to continue its work on the review of the implementation of the Convention;",
                "2. Requests the Secretariat to report to the Conference at its fifth session."), paragraphs);
        assertEquals("Recalling", text.paragraphs().get(3).lead());
        assertEquals(List.of("1"), text.paragraphs().get(3).footnotes());
        assertEquals("See CTOC/COP/2006/14, chap. I.", text.footnotes().get("1").text());
    }

    /**
     * Fixture of a fixed bug: a note standing alone in its own paragraph ({@code <p class="fn">}) kept only its
     * elements' words (the marker, "Treaty Series") and lost the text between them.
     */
    @Test
    void aNoteStandingAloneKeepsAllItsWords() throws Exception {
        Path page = dir.resolve("note.html");
        Files.writeString(page, """
                <html><body><main>
                <p><i>The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,</i></p>
                <p><i>Noting</i> article 32 of the Convention,<sup>1</sup></p>
                <ol><li><i>Urges</i> States parties to implement article 16 of the Convention;</li></ol>
                <hr>
                <p class="fn"><sup>1</sup> United Nations, <em>Treaty Series</em>, vol. 2225, No. 39574.</p>
                <div class="footnotes"><p><sup>2</sup> See <i>Official Records</i>, chap. I.</p>text after the notes</div>
                </main></body></html>
                """);
        NormalizedText text = normalized(page);
        assertEquals("United Nations, Treaty Series, vol. 2225, No. 39574.", text.footnotes().get("1").text());
        assertEquals("See Official Records, chap. I.", text.footnotes().get("2").text());
        assertEquals(List.of("1"), text.paragraphs().get(1).footnotes());
        assertTrue(text.paragraphs().stream().anyMatch(p -> p.text().equals("text after the notes")),
                "a run of text beside the notes is kept: " + text.paragraphs());
    }

    /** {@code load DIR} takes a web page in a folder as a document, and the pipeline reads the act from it. */
    @Test
    void theLoaderTakesWebPages() throws Exception {
        Path clean = Path.of("src/main/resources/corpus/002_058fe2b991d8a13d.txt");
        ActSource act = new ActSource("002", ActText.read(clean), "https://w3id.org/untoc/id/cop/resolution/11/2", "");
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/resolution-11-2.htm"), ShapeRenderers.render(Shape.HTML, act, List.of()));
        List<DocumentSource> sources = DocumentFiles.collect(List.of(dir.resolve("site")), PipelineFactory.standardPipeline());
        assertEquals(1, sources.size());
        Graph g = GraphFactory.createDefaultGraph();
        sources.get(0).read().emit(StreamRDFLib.graph(g));
        Node resolution = NodeFactory.createURI("https://w3id.org/untoc/id/cop/resolution/11/2");
        assertTrue(g.contains(resolution, Untoc.recalls, NodeFactory.createURI("https://w3id.org/untoc/id/cop/resolution/10/4")));
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/untoc/id/cop/resolution/11/2/operative/1"), Untoc.verb,
                NodeFactory.createLiteralLang("Endorses", "en")));
    }

    @Test
    void aPageWithNothingButNavigationIsAClearError() throws Exception {
        Path page = dir.resolve("menu.html");
        Files.writeString(page, "<html><body><nav><a href='/'>Home</a> <a href='/login'>Login</a></nav>"
                + "<footer>Page created by UNODC</footer></body></html>");
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(page));
        assertTrue(e.getMessage().contains("menu.html"), e.getMessage());
    }

    /** Only the page's own breaks count: a source line of a paragraph opening with "(a)" or "#" is not an item. */
    @Test
    void lineBreaksOfTheHtmlSourceAreNotParagraphBreaks() throws Exception {
        Path page = dir.resolve("wrapped.html");
        Files.writeString(page, "<html><body><main><p>Recalling its resolution 5/8 of 22 October 2010 and\n"
                + "(a) the annex thereto,\n\n# 2 and the notes<br>Decides to continue.</p></main></body></html>");
        List<String> paragraphs = normalized(page).paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of("Recalling its resolution 5/8 of 22 October 2010 and (a) the annex thereto, # 2 and the"
                + " notes Decides to continue."), paragraphs);
    }

    @Test
    void theCharsetOfThePageIsHonoured() throws Exception {
        Path page = dir.resolve("latin1.html");
        Files.write(page, ("<html><head><meta charset=\"iso-8859-1\"></head><body><main><p>Décision 4/2 – "
                + "Coopération</p></main></body></html>").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(reader.read(page).text().contains("Décision 4/2"), reader.read(page).text());
    }

    private NormalizedText normalized(Path file) throws DocumentException {
        return ShapeNormalizer.standard().normalize(reader.read(file));
    }

    private static List<String> blocks(NormalizedText text) {
        return text.paragraphs().stream().map(p -> p.text() + " " + p.footnotes() + " " + p.lead()).toList();
    }

    private static Map<String, String> notes(NormalizedText text) {
        return text.footnotes().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text(), (a, b) -> a, java.util.TreeMap::new));
    }
}
