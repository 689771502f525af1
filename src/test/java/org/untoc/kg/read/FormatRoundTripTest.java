package org.untoc.kg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.DefaultDocumentParser;
import org.untoc.kg.structure.DocumentParser;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.structure.TextShape;

/**
 * The same text as .txt, as a PDF (built here with PDFBox: hard-wrapped, running header, page counter) and as a
 * .docx (built here with POI) parses to the same blocks and footnotes. The PDF goes through the PDF_EXTRACT path,
 * the .docx through the PLAIN path.
 */
class FormatRoundTripTest {
    private static final String[] PLAIN_TEXTS = {
            "src/main/resources/corpus/002_058fe2b991d8a13d.txt",
            "src/test/resources/structure/golden/resolution-plain.txt",
            "src/test/resources/structure/golden/ga-resolution-plain.txt"};

    private final DocumentParser parser = new DefaultDocumentParser();

    @TempDir
    Path dir;

    @BeforeAll
    static void quietFontLogging() {
        // FontBox logs every GSUB table at DEBUG; thousands of lines would bury the test report.
        ((Logger) LoggerFactory.getLogger("org.apache.fontbox")).setLevel(Level.WARN);
        ((Logger) LoggerFactory.getLogger("org.apache.pdfbox")).setLevel(Level.WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/corpus/002_058fe2b991d8a13d.txt",
            "src/test/resources/structure/golden/resolution-plain.txt",
            "src/test/resources/structure/golden/ga-resolution-plain.txt"})
    void pdfParsesLikeTheText(String source) throws Exception {
        assumeTrue(PdfFixtures.fontAvailable(), "no Unicode TrueType font at " + PdfFixtures.FONT);
        Path text = Path.of(source);
        Path pdf = dir.resolve("doc.pdf");
        PdfFixtures.write(Files.readString(text), pdf);
        ParsedDocument fromPdf = parser.parse(pdf);
        assertEquals(TextShape.PDF_EXTRACT, fromPdf.shape());
        assertSameContent(parser.parse(text), fromPdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/corpus/002_058fe2b991d8a13d.txt",
            "src/test/resources/structure/golden/resolution-plain.txt",
            "src/test/resources/structure/golden/ga-resolution-plain.txt"})
    void docxParsesLikeTheText(String source) throws Exception {
        Path text = Path.of(source);
        Path docx = dir.resolve("doc.docx");
        DocxFixtures.write(Files.readString(text), docx);
        ParsedDocument fromDocx = parser.parse(docx);
        assertEquals(TextShape.PLAIN, fromDocx.shape());
        assertSameContent(parser.parse(text), fromDocx);
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

    static Stream<String> plainTexts() {
        return Stream.of(PLAIN_TEXTS);
    }

    @SuppressWarnings("unused")
    private static Block unused(Footnote f) {
        return null;
    }
}
