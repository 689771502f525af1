package org.untoc.kg.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.untoc.kg.normalize.NormalizedText;
import org.untoc.kg.normalize.PlainNormalizer;
import org.untoc.kg.pipeline.DefaultDocumentParser;
import org.untoc.kg.structure.DocumentIdentity;
import org.untoc.kg.structure.DocumentKind;
import org.untoc.kg.structure.ParsedDocument;

/** Kind and identity as the texts state them. */
class IdentityTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "src/main/resources/corpus/000_8d79988d579e14f5.txt|RESOLUTION|cop|resolution|11/1|-|-",
            "src/main/resources/corpus/001_a32a9ece5a4bc505.txt|RESOLUTION|cop|resolution|7/4|-|-",
            "src/main/resources/corpus/002_058fe2b991d8a13d.txt|RESOLUTION|cop|resolution|11/2|-|-",
            "src/main/resources/corpus/003_8270b092987f329e.txt|WORKING_GROUP_REPORT|-|-|-|CTOC/COP/WG.3/2021/3|-",
            "src/main/resources/corpus/004_785bae7f5dbdf078.txt|SECRETARIAT_PAPER|-|-|-|-|2016-08-11",
            "src/test/resources/structure/golden/decision-markdown.txt|DECISION|cop|decision|4/9|-|-",
            "src/test/resources/structure/golden/ga-resolution-plain.txt|RESOLUTION|ga|resolution|55/25|-|-",
            "src/test/resources/structure/golden/cosp-resolution-markdown.md|RESOLUTION|cosp|resolution|8/1|-|-",
            "src/test/resources/structure/golden/report-pdf-extract.txt|WORKING_GROUP_REPORT|-|-|-|"
                    + "CTOC/COP/WG.2/2019/4 CTOC/COP/WG.3/2019/4|2019-07-19"})
    void identityFromTheText(String file, DocumentKind kind, String body, String actKind, String number,
                             String symbols, String date) throws Exception {
        ParsedDocument doc = new DefaultDocumentParser().parse(Path.of(file));
        DocumentIdentity id = doc.identity();
        assertEquals(kind, doc.kind());
        assertEquals(body, id.body());
        assertEquals(actKind, id.actKind());
        assertEquals(number, id.actNumber());
        assertEquals(symbols == null ? List.of() : List.of(symbols.split(" ")), id.symbols());
        assertEquals(date, id.date());
    }

    @Test
    void jointSymbolLineGivesTwoSymbols() {
        NormalizedText text = new PlainNormalizer().normalize(Path.of("joint.txt"), """
                CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4

                Distr.: General 14 June 2022

                Report on the joint meeting of the working groups held in Vienna from 23 to 27 May 2022

                I. Introduction

                1. The meeting was held in Vienna.
                """);
        DocumentIdentity id = new ContentKindDetector().detect(text).identity();
        assertEquals(List.of("CTOC/COP/WG.2/2022/4", "CTOC/COP/WG.3/2022/4"), id.symbols());
        assertEquals("2022-06-14", id.date());
        assertEquals("Report on the joint meeting of the working groups held in Vienna from 23 to 27 May 2022", id.title());
    }

    @Test
    void noteByTheSecretariatIsAPaper() {
        NormalizedText text = new PlainNormalizer().normalize(Path.of("note.txt"), """
                CTOC/COP/2020/3

                Status of ratification

                Note by the Secretariat

                I. Introduction

                1. The present note gives the status of ratification.
                """);
        Detection detection = new ContentKindDetector().detect(text);
        assertEquals(DocumentKind.SECRETARIAT_PAPER, detection.kind());
        assertEquals(List.of("CTOC/COP/2020/3"), detection.identity().symbols());
        assertEquals("Status of ratification", detection.identity().title());
    }

    @Test
    void reportTitleMakesAWorkingGroupReportEvenWithFewSections() {
        NormalizedText text = new PlainNormalizer().normalize(Path.of("short.txt"), """
                Report on the meeting of the Working Group on Firearms held in Vienna on 2 and 3 May 2018

                I. Introduction

                1. The meeting was held in Vienna.
                """);
        assertEquals(DocumentKind.WORKING_GROUP_REPORT, new ContentKindDetector().detect(text).kind());
    }
}
