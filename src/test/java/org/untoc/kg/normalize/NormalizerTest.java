package org.untoc.kg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.untoc.kg.read.RawDocument;
import org.untoc.kg.read.SourceFormat;
import org.untoc.kg.structure.TextShape;

/** Shape detection from content and the behaviour of each normalizer on the traps of its shape. */
class NormalizerTest {
    private static final Path SOURCE = Path.of("test.txt");

    @ParameterizedTest
    @CsvSource({
            "src/main/resources/corpus/000_8d79988d579e14f5.txt, MARKDOWN",
            "src/main/resources/corpus/001_a32a9ece5a4bc505.txt, MARKDOWN",
            "src/main/resources/corpus/002_058fe2b991d8a13d.txt, PLAIN",
            "src/main/resources/corpus/003_8270b092987f329e.txt, PDF_EXTRACT",
            "src/main/resources/corpus/004_785bae7f5dbdf078.txt, MARKDOWN",
            "src/test/resources/structure/golden/report-pdf-extract.txt, PDF_EXTRACT",
            "src/test/resources/structure/golden/resolution-plain.txt, PLAIN"})
    void detectsShapeFromContentNotFileName(String file, TextShape expected) throws Exception {
        RawDocument raw = new RawDocument(Path.of(file), "", SourceFormat.TEXT, Files.readString(Path.of(file)));
        assertEquals(expected, new ContentShapeDetector().detect(raw));
    }

    @Test
    void markdownRejoinsAClauseCutByAFootnoteBlock() {
        String md = """
                *Recalling* its resolution 10/4, entitled “Celebrating the twentieth anniversary of the United Nations Convention

                ---

                <sup>1</sup> United Nations, *Treaty Series*, vol. 2225, No. 39574.

                against Transnational Organized Crime”,<sup>2</sup>
                """;
        NormalizedText text = new MarkdownNormalizer().normalize(SOURCE, md);
        assertEquals(1, text.paragraphs().size());
        Paragraph p = text.paragraphs().get(0);
        assertEquals("Recalling its resolution 10/4, entitled “Celebrating the twentieth anniversary of the United "
                + "Nations Convention against Transnational Organized Crime”,", p.text());
        assertEquals("Recalling", p.lead());
        assertEquals(List.of("2"), p.footnotes());
        assertEquals("United Nations, Treaty Series, vol. 2225, No. 39574.", text.footnotes().get("1").text());
    }

    @Test
    void markdownEscapedStarIsAFootnoteMarkerAndBoldLineIsAHeading() {
        String md = "Item 2 of the provisional agenda\\*\n\n**Topic heading**\n\n---\n\n\\* CTOC/COP/WG.3/2016/1.\n";
        NormalizedText text = new MarkdownNormalizer().normalize(SOURCE, md);
        assertEquals(List.of("*"), text.paragraphs().get(0).footnotes());
        assertEquals("Item 2 of the provisional agenda", text.paragraphs().get(0).text());
        assertEquals(Paragraph.BOLD_LINE, text.paragraphs().get(1).headingLevel());
        assertEquals("CTOC/COP/WG.3/2016/1.", text.footnotes().get("*").text());
    }

    @Test
    void plainRejoinsAParagraphCutByFootnoteLinesEvenBeforeACapital() {
        String plain = """
                The Working Group adopted the following recommendations ⁴ for endorsement by the

                ⁴ CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4, paras. 8 and 10.

                Conference of the Parties to the United Nations Convention against Transnational Organized Crime:

                Topic heading
                """;
        NormalizedText text = new PlainNormalizer().normalize(SOURCE, plain);
        assertEquals(2, text.paragraphs().size());
        assertEquals("The Working Group adopted the following recommendations for endorsement by the Conference of "
                + "the Parties to the United Nations Convention against Transnational Organized Crime:",
                text.paragraphs().get(0).text());
        assertEquals(List.of("4"), text.paragraphs().get(0).footnotes());
        assertEquals("Topic heading", text.paragraphs().get(1).text());
    }

    @Test
    void pdfExtractDropsRunningHeadersAndKeepsSourceLines() {
        String pdf = """
                1. The Working Group met in Vienna and discussed the use of joint \s

                investigation teams. \s

                CTOC/COP/WG.3/2021/3 \s

                5/14 V.21-02254 \s

                2. The Working Group adopted the following recommendation for \s

                endorsement by the Conference: \s

                http://undocs.org/CTOC/COP/WG.3/2021/1
                """;
        NormalizedText text = new PdfExtractNormalizer().normalize(SOURCE, pdf);
        assertEquals(2, text.paragraphs().size());
        assertEquals("1. The Working Group met in Vienna and discussed the use of joint investigation teams.",
                text.paragraphs().get(0).text());
        assertEquals(1, text.paragraphs().get(0).line());
        assertEquals(9, text.paragraphs().get(1).line());
        assertEquals(List.of("CTOC/COP/WG.3/2021/3", "5/14 V.21-02254"), text.runningHeaders());
    }

    @Test
    void pdfPlainDigitFootnotesAreRecognisedButNumbersInTextStay() {
        String pdf = """
                Recalling article 3 of the Convention against Transnational Organized Crime,1 and the
                report (Sales No. E.86.IV.1), chap. I, sect. D.1, on the adopted recommendations 2 for the

                1 United Nations, Treaty Series, vol. 2225, No. 39574.
                2 CTOC/COP/WG.3/2021/3, paras. 2–4.

                Conference, in paragraphs 3 and 4 of its decision,
                """;
        NormalizedText text = new PdfExtractNormalizer().normalize(SOURCE, pdf);
        assertEquals(1, text.paragraphs().size());
        assertEquals("Recalling article 3 of the Convention against Transnational Organized Crime, and the report "
                + "(Sales No. E.86.IV.1), chap. I, sect. D.1, on the adopted recommendations for the Conference, "
                + "in paragraphs 3 and 4 of its decision,", text.paragraphs().get(0).text());
        assertEquals(List.of("1", "2"), text.paragraphs().get(0).footnotes());
        assertEquals("United Nations, Treaty Series, vol. 2225, No. 39574.", text.footnotes().get("1").text());
        assertEquals("CTOC/COP/WG.3/2021/3, paras. 2–4.", text.footnotes().get("2").text());
    }

    @Test
    void plainTextWithoutBlankLinesHasOneParagraphPerLine() {
        String plain = """
                Resolution 5/8
                Implementation of the international cooperation provisions
                The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,
                Recalling its decision 2/2 of 19 October 2005, in which it established the
                working group on international cooperation,
                1. Endorses the recommendations.
                """;
        List<String> texts = new PlainNormalizer().normalize(SOURCE, plain).paragraphs().stream()
                .map(Paragraph::text).toList();
        assertEquals(List.of("Resolution 5/8", "Implementation of the international cooperation provisions",
                "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,",
                "Recalling its decision 2/2 of 19 October 2005, in which it established the working group on "
                        + "international cooperation,",
                "1. Endorses the recommendations."), texts);
    }

    @Test
    void pdfParagraphNumberAloneOnItsLineStartsTheParagraph() {
        String pdf = "1. The Working Group met.\n12.\nAt its 3rd meeting, the Working Group considered\nitem 3.\n";
        List<String> texts = new PdfExtractNormalizer().normalize(SOURCE, pdf).paragraphs().stream()
                .map(Paragraph::text).toList();
        assertEquals(List.of("1. The Working Group met.", "12. At its 3rd meeting, the Working Group considered item 3."),
                texts);
    }

    @Test
    void plainStarFootnoteAfterAStarMarkerButItalicsStayItalics() {
        String plain = """
                Item 2 of the provisional agenda*

                1. *Endorses* the recommendations.

                * CTOC/COP/WG.3/2016/1.
                """;
        NormalizedText text = new PlainNormalizer().normalize(SOURCE, plain);
        assertEquals(List.of("Item 2 of the provisional agenda", "1. Endorses the recommendations."),
                text.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of("*"), text.paragraphs().get(0).footnotes());
        assertEquals(List.of(), text.paragraphs().get(1).footnotes());
        assertEquals("CTOC/COP/WG.3/2016/1.", text.footnotes().get("*").text());
    }

    @Test
    void plainStarLineWithoutACitedStarIsText() {
        NormalizedText text = new PlainNormalizer().normalize(SOURCE, "A list:\n\n* first item\n");
        assertEquals(List.of("A list:", "first item"), text.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(0, text.footnotes().size());
    }

    @Test
    void markdownEscapesAndEntitiesAreText() {
        NormalizedText text = new MarkdownNormalizer().normalize(SOURCE,
                "1\\. *Takes note* of the report of Bosnia&nbsp;and Herzegovina &amp; the Secretariat&#8217;s note\n");
        assertEquals("1. Takes note of the report of Bosnia and Herzegovina & the Secretariat’s note",
                text.paragraphs().get(0).text());
        assertEquals("Takes note", text.paragraphs().get(0).lead());
    }
}
