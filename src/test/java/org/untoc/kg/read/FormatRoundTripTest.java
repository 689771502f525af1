package org.untoc.kg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.untoc.kg.pipeline.DefaultDocumentParser;
import org.untoc.kg.pipeline.DocumentParser;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.structure.TextShape;

/**
 * The same text as .txt, as a PDF (built here with PDFBox: hard-wrapped, running header, page counter) and as a
 * .docx (built here with POI) parses to the same blocks and footnotes. Markdown sources are printed without
 * their markup first, so verbs and headings must come from the general rules, not from italics and "#". The PDF goes through the PDF_EXTRACT path,
 * the .docx through the PLAIN path.
 */
class FormatRoundTripTest {
    private final DocumentParser parser = new DefaultDocumentParser();

    @TempDir
    Path dir;

    @BeforeAll
    static void quietFontLogging() {
        // FontBox logs every GSUB table at DEBUG; thousands of lines would bury the test report.
        for (String name : new String[] {"org.apache.fontbox", "org.apache.pdfbox"}) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger) {
                logger.setLevel(Level.WARN);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/corpus/002_058fe2b991d8a13d.txt",
            "src/test/resources/structure/golden/resolution-plain.txt",
            "src/test/resources/structure/golden/ga-resolution-plain.txt",
            "src/main/resources/corpus/000_8d79988d579e14f5.txt",
            "src/main/resources/corpus/001_a32a9ece5a4bc505.txt",
            "src/main/resources/corpus/004_785bae7f5dbdf078.txt",
            "src/test/resources/structure/golden/decision-markdown.txt"})
    void pdfParsesLikeTheText(String source) throws Exception {
        assumeTrue(PdfFixtures.fontAvailable(), "no Unicode TrueType font at " + PdfFixtures.FONT);
        Path text = Path.of(source);
        Path pdf = dir.resolve("doc.pdf");
        PdfFixtures.write(printed(text), pdf);
        ParsedDocument fromPdf = parser.parse(pdf);
        assertEquals(TextShape.PDF_EXTRACT, fromPdf.shape());
        assertSameContent(parser.parse(text), fromPdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/corpus/002_058fe2b991d8a13d.txt",
            "src/test/resources/structure/golden/resolution-plain.txt",
            "src/test/resources/structure/golden/ga-resolution-plain.txt",
            "src/main/resources/corpus/000_8d79988d579e14f5.txt",
            "src/main/resources/corpus/001_a32a9ece5a4bc505.txt",
            "src/main/resources/corpus/004_785bae7f5dbdf078.txt",
            "src/test/resources/structure/golden/decision-markdown.txt"})
    void docxParsesLikeTheText(String source) throws Exception {
        Path text = Path.of(source);
        Path docx = dir.resolve("doc.docx");
        DocxFixtures.write(printed(text), docx, false);
        ParsedDocument fromDocx = parser.parse(docx);
        assertEquals(TextShape.PLAIN, fromDocx.shape());
        assertSameContent(parser.parse(text), fromDocx);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/corpus/002_058fe2b991d8a13d.txt",
            "src/test/resources/structure/golden/resolution-plain.txt",
            "src/main/resources/corpus/000_8d79988d579e14f5.txt"})
    void docxWithWordFootnotesParsesLikeTheText(String source) throws Exception {
        Path text = Path.of(source);
        Path docx = dir.resolve("notes.docx");
        DocxFixtures.write(printed(text), docx, true);
        ParsedDocument expected = parser.parse(text);
        ParsedDocument actual = parser.parse(docx);
        assertEquals(blocks(expected), blocks(actual));
        assertEquals(footnotes(expected).lines().sorted().toList(), footnotes(actual).lines().sorted().toList());
    }

    /** The text as a printed document shows it: Markdown sources lose their markup (italics, heading marks). */
    private String printed(Path text) throws Exception {
        String source = Files.readString(text);
        return parser.parse(text).shape() == TextShape.MARKDOWN ? MarkdownToPlain.render(source) : source;
    }

    private static void assertSameContent(ParsedDocument expected, ParsedDocument actual) {
        assertEquals(expected.kind(), actual.kind());
        assertEquals(blocks(expected), blocks(actual));
        assertEquals(footnotes(expected), footnotes(actual));
    }

    private static String blocks(ParsedDocument doc) {
        return doc.blocks().stream()
                .map(b -> String.join("|", b.type().name(), String.valueOf(b.path()), String.valueOf(b.label()),
                        String.valueOf(b.verb()), b.text(), String.join(",", b.footnotes()),
                        String.join(" > ", b.headings())))
                .collect(Collectors.joining("\n"));
    }

    private static String footnotes(ParsedDocument doc) {
        return doc.footnotes().values().stream().map(f -> f.marker() + " " + f.text())
                .collect(Collectors.joining("\n"));
    }
}
