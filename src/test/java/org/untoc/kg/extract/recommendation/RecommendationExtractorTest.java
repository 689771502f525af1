package org.untoc.kg.extract.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.untoc.kg.extract.entity.TestDocs;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.ParsedDocument;

/** An invented resolution 14/3 in the style of the Conference's resolutions (not from the corpus). */
class RecommendationExtractorTest {
    static final String A = "cop/resolution/14/3";

    static ParsedDocument resolution() {
        List<String> annexI = List.of("Annex I", "Recommendations adopted by the Working Group on Firearms at its tenth meeting, held on 4 and 5 June 2029");
        List<String> annexII = List.of("Annex II", "Recommendations adopted by the Working Group on Firearms at its eleventh meeting");
        return TestDocs.doc()
                .block(BlockType.OPERATIVE_PARAGRAPH, "operative/1", "1.", "Endorses",
                        "Endorses the recommendations adopted by the Working Group on Firearms at its tenth meeting, held on "
                                + "4 and 5 June 2029, which are set out in annex I to the present resolution;")
                .block(BlockType.OPERATIVE_PARAGRAPH, "operative/2", "2.", "Also endorses",
                        "Also endorses the recommendations adopted by the Working Group on Firearms at its eleventh meeting, "
                                + "held in Vienna from 1 to 3 July 2030 in conjunction with the ninth meeting of the Working Group "
                                + "on the Smuggling of Migrants, which are set out in annex II to the present resolution;")
                .block(BlockType.OPERATIVE_PARAGRAPH, "operative/3", "3.", "Requests",
                        "Requests the Secretariat to report on the recommendations set out in annex I to the present resolution;")
                .block(BlockType.ANNEX_HEADING, "annex/I", "Annex I", null, "Annex I", List.of())
                .block(BlockType.INTRO, "annex/I/intro", null, null,
                        "The Working Group on Firearms, at its tenth meeting, held on 4 and 5 June 2029, adopted the following "
                                + "recommendations for endorsement by the Conference:", "5")
                .footnote("5", "CTOC/COP/WG.6/2029/4, paras. 2 and 3.")
                .block(BlockType.RECOMMENDATION, "annex/I/recommendation/a", "(a)", null,
                        "States parties are encouraged to use the Firearms Protocol and to share information through "
                                + "INTERPOL and the knowledge management portal known as Sharing Electronic Resources and Laws on "
                                + "Crime (SHERLOC);", List.of(annexI.get(0), annexI.get(1), "Marking and record-keeping"))
                .block(BlockType.RECOMMENDATION, "annex/I/recommendation/b", "(b)", null,
                        "UNODC should continue to assist States, including through the Mutual Legal Assistance Request Writer Tool;",
                        List.of(annexI.get(0), annexI.get(1), "Marking and record-keeping"))
                .block(BlockType.ANNEX_HEADING, "annex/II", "Annex II", null, "Annex II", List.of())
                .block(BlockType.RECOMMENDATION, "annex/II/recommendation/1", "1.", null,
                        "States should consider cooperating with Europol and Eurojust on the trafficking of firearms.",
                        List.of(annexII.get(0), annexII.get(1)))
                .resolution("14/3");
    }

    static final Model OUT = TestDocs.run(resolution(), new RecommendationExtractor());

    @Test
    void recommendationsWithLabelHeadingOrderText() {
        assertEquals(List.of(
                        A + "/annex/I/recommendation/a (a) Marking and record-keeping 6",
                        A + "/annex/I/recommendation/b (b) Marking and record-keeping 7",
                        A + "/annex/II/recommendation/1 1. - 9"),
                TestDocs.select(OUT, """
                        SELECT ?r ?l ?h ?o WHERE { ?r a untoc:Recommendation; untoc:label ?l; untoc:order ?o; untoc:text ?t .
                          OPTIONAL { ?r untoc:heading ?h } }"""));
    }

    @Test
    void endorsesEachRecommendationOfTheAnnexTheClauseNames() {
        assertEquals(List.of(A + "/annex/I/recommendation/a", A + "/annex/I/recommendation/b", A + "/annex/II/recommendation/1"),
                TestDocs.select(OUT, "SELECT ?r WHERE { id:" + A + " untoc:endorses ?r }"));
        // Endorsing is not citing: the recommendations are the act's own parts.
        assertEquals(List.of(), TestDocs.select(OUT, "SELECT ?r WHERE { id:" + A + " untoc:cites ?r }"));
        assertEquals(List.of(A + "/operative/1 " + A + "/annex/I/recommendation/a", A + "/operative/1 " + A + "/annex/I/recommendation/b",
                        A + "/operative/2 " + A + "/annex/II/recommendation/1"),
                TestDocs.select(OUT, """
                        SELECT ?p ?r WHERE { ?x a untoc:Reference; untoc:inParagraph ?p; untoc:target ?r;
                          untoc:relation untoc:endorses }"""));
    }

    @Test
    void adoptedAtTheMeetingOfTheAnnexNotTheMeetingHeldInConjunctionWithIt() {
        assertEquals(List.of(
                        A + "/annex/I/recommendation/a cop/working-group/firearms/meeting/10",
                        A + "/annex/I/recommendation/b cop/working-group/firearms/meeting/10",
                        A + "/annex/II/recommendation/1 cop/working-group/firearms/meeting/11"),
                TestDocs.select(OUT, "SELECT ?r ?m WHERE { ?r untoc:adoptedAt ?m }"));
    }

    @Test
    void annexFootnoteNamesTheReportOfTheAdoptingMeeting() {
        assertTrue(TestDocs.ask(OUT, "ASK { id:cop/working-group/firearms/meeting/10 untoc:reportedIn id:document/CTOC/COP/WG.6/2029/4 }"));
    }

    @Test
    void mentionsCuratedOrganisationsAndTools() {
        assertEquals(List.of(A + "/annex/I/recommendation/a organization/interpol", A + "/annex/I/recommendation/a tool/sherloc",
                        A + "/annex/I/recommendation/b organization/unodc", A + "/annex/I/recommendation/b tool/mla-request-writer-tool",
                        A + "/annex/II/recommendation/1 organization/eurojust", A + "/annex/II/recommendation/1 organization/europol"),
                TestDocs.select(OUT, "SELECT ?r ?o WHERE { ?r a untoc:Recommendation; untoc:mentions ?o }"));
    }

    @Test
    void recommendationsArePartOfTheirAnnex() {
        assertEquals(List.of(A + "/annex/I/recommendation/a " + A + "/annex/I", A + "/annex/I/recommendation/b " + A + "/annex/I",
                        A + "/annex/II/recommendation/1 " + A + "/annex/II"),
                TestDocs.select(OUT, "SELECT ?r ?a WHERE { ?r a untoc:Recommendation; untoc:partOf ?a }"));
    }

    @Test
    void aClauseThatDoesNotEndorseEndorsesNothing() {
        assertFalse(TestDocs.ask(OUT, "ASK { ?x untoc:inParagraph id:" + A + "/operative/3 }"));
    }

    @Test
    void reportRecommendationsAreAdoptedAtTheReportsMeeting() {
        ParsedDocument report = TestDocs.doc()
                .heading("II. Recommendations")
                .para(2, "The Working Group on Firearms adopted the following recommendations:")
                .block(BlockType.RECOMMENDATION, "paragraph/2/a", "(a)", null, "States are encouraged to mark firearms at import;",
                        List.of("II. Recommendations", "A. Marking and record-keeping"))
                .para(30, "The Working Group met on 4 and 5 June 2029, in accordance with the organization of work for the "
                        + "tenth meeting of the Working Group.")
                .report("CTOC/COP/WG.6/2029/4", null);
        Model m = TestDocs.run(report, new RecommendationExtractor());
        assertEquals(List.of("document/CTOC/COP/WG.6/2029/4/paragraph/2/a (a) Marking and record-keeping cop/working-group/firearms/meeting/10"),
                TestDocs.select(m, "SELECT ?r ?l ?h ?m WHERE { ?r untoc:label ?l; untoc:heading ?h; untoc:adoptedAt ?m }"));
    }
}
