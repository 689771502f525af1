package org.untoc.kg.extract.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.untoc.kg.extract.entity.MeetingIdentities;
import org.untoc.kg.extract.entity.TestDocs;
import org.untoc.kg.load.DocumentFiles;
import org.untoc.kg.load.LoadReport;
import org.untoc.kg.load.Loader;
import org.untoc.kg.store.Tdb2Store;
import org.untoc.kg.pipeline.PipelineFactory;

/** Key facts of the five corpus texts, through the full pipeline (parser, core extractors and ours) and the linker. */
class CorpusFactsTest {
    static final Path CORPUS = Path.of("src/main/resources/corpus");
    static final String RES_11_1 = "cop/resolution/11/1";
    static final String REPORT = "document/CTOC/COP/WG.3/2021/3";
    static final String WG3_12 = "cop/working-group/international-cooperation/meeting/12";

    static Model union;
    static List<RecommendationLinker.Link> links;
    static List<MeetingIdentities.Same> identities;

    @BeforeAll
    static void load() throws Exception {
        var pipeline = PipelineFactory.standardPipeline();
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            LoadReport report = new Loader(store, quiet, quiet, List.of(new RecommendationLinker(), new MeetingIdentities()))
                    .load(DocumentFiles.collect(List.of(CORPUS), pipeline));
            assertTrue(report.allLoaded(), () -> "corpus failed to load: " + report.failures());
            links = new RecommendationLinker().link(RecommendationLinker.candidates(store));
            identities = MeetingIdentities.find(store);
            union = store.query(QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }"), Duration.ofMinutes(1),
                    qe -> qe.execConstruct());
        }
    }

    @Test
    void resolution11_1CitesNoneOfItsOwnParts() {
        // Endorsing its annexes' 37 recommendations is untoc:endorses, not a citation (issue 14).
        assertEquals(List.of(), TestDocs.select(union, "SELECT ?x WHERE { id:" + RES_11_1 + " untoc:cites ?x "
                + "FILTER (STRSTARTS(STR(?x), CONCAT(STR(id:" + RES_11_1 + "), \"/\"))) }"));
        assertEquals(List.of("37"), TestDocs.select(union, "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { id:" + RES_11_1
                + " untoc:endorses ?r }"));
    }

    @Test
    void resolution11_1EndorsesAnnexIRecommendationJAdoptedAtMeeting12() {
        assertTrue(TestDocs.ask(union, "ASK { id:" + RES_11_1 + " untoc:endorses id:" + RES_11_1 + "/annex/I/recommendation/j . id:" + RES_11_1 + "/annex/I/recommendation/j "
                + "untoc:adoptedAt id:" + WG3_12 + "; untoc:label \"(j)\"; "
                + "untoc:heading \"International cooperation involving special investigative techniques\"@en . "
                + "id:" + WG3_12 + " untoc:meetingOf id:cop/working-group/international-cooperation ; untoc:ordinal 12 ; "
                + "untoc:startDate \"2021-03-25\"^^xsd:date ; untoc:endDate \"2021-03-26\"^^xsd:date ; "
                + "untoc:reportedIn id:" + REPORT + " }"));
        assertEquals(List.of("24 13"), TestDocs.select(union, """
                SELECT (COUNT(DISTINCT ?a) AS ?i) (COUNT(DISTINCT ?b) AS ?ii) WHERE {
                  { id:cop/resolution/11/1 untoc:endorses ?a FILTER(CONTAINS(STR(?a), "/annex/I/")) } UNION
                  { id:cop/resolution/11/1 untoc:endorses ?b FILTER(CONTAINS(STR(?b), "/annex/II/")) } }"""));
    }

    @Test
    void annexIIOfResolution11_1WasAdoptedByTheGroupItNamesNotTheMeetingHeldWithIt() {
        // "The Working Group on International Cooperation, at its thirteenth meeting, held … in conjunction with the
        // thirteenth meeting of the Working Group of Government Experts on Technical Assistance, adopted …"
        assertEquals(List.of("cop/working-group/international-cooperation/meeting/13"),
                TestDocs.select(union, "SELECT DISTINCT ?m WHERE { id:" + RES_11_1 + "/annex/II/recommendation/a untoc:adoptedAt ?m }"));
        assertTrue(TestDocs.ask(union, "ASK { id:cop/working-group/international-cooperation/meeting/13 "
                + "untoc:heldInConjunctionWith id:cop/working-group/technical-assistance/meeting/13 }"));
    }

    @Test
    void resolution11_2AnnexIWasDiscussedAtMeeting12ButAdoptedAtMeeting13() {
        assertEquals(List.of("cop/working-group/technical-assistance/meeting/13"),
                TestDocs.select(union, "SELECT DISTINCT ?m WHERE { id:cop/resolution/11/2/annex/I/recommendation/a untoc:adoptedAt ?m }"));
    }

    @Test
    void resolution7_4EndorsesTheRecommendationsOfTheMeetingKnownByItsDate() {
        assertEquals(List.of("23"), TestDocs.select(union, """
                SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { id:cop/resolution/7/4 untoc:endorses ?r .
                  ?r untoc:adoptedAt id:cop/working-group/international-cooperation/meeting/2014-10-08 }"""));
        assertTrue(TestDocs.ask(union, "ASK { id:cop/working-group/international-cooperation/meeting/2014-10-08 "
                + "untoc:duringSession id:cop/session/7 }"));
    }

    @Test
    void theMeetingResolution7_4KnowsByItsDateIsTheFifthMeetingThePaperCounts() {
        assertEquals(List.of(new MeetingIdentities.Same(
                "https://w3id.org/untoc/id/cop/working-group/international-cooperation/meeting/2014-10-08",
                "https://w3id.org/untoc/id/cop/working-group/international-cooperation/meeting/5")), identities);
    }

    @Test
    void reportAttendanceHasNigerAndNigeriaAsDistinctStates() {
        assertEquals(List.of("state/NER", "state/NGA"), TestDocs.select(union, """
                SELECT ?s WHERE { ?p a untoc:Participation; untoc:participant ?s; untoc:capacity untoc:StatePartyCapacity;
                  untoc:atMeeting id:cop/working-group/international-cooperation/meeting/12 .
                  ?s a untoc:State FILTER(?s IN (id:state/NER, id:state/NGA)) }"""));
        assertEquals(List.of("88"), TestDocs.select(union, """
                SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?p untoc:participant ?s; untoc:capacity untoc:StatePartyCapacity;
                  untoc:inParagraph id:document/CTOC/COP/WG.3/2021/3/paragraph/52 }"""));
        assertFalse(TestDocs.ask(union, "ASK { ?p untoc:inParagraph id:document/CTOC/COP/WG.3/2021/3/paragraph/52; untoc:participant ?x . ?x a untoc:UnresolvedEntity }"));
    }

    @Test
    void iranIsASignatoryObserverAndSpokeAsOne() {
        assertTrue(TestDocs.ask(union, "ASK { ?p untoc:participant id:state/IRN; untoc:capacity untoc:SignatoryObserverCapacity; "
                + "untoc:atMeeting id:" + WG3_12 + "; untoc:inParagraph id:" + REPORT + "/paragraph/53 }"));
        assertTrue(TestDocs.ask(union, "ASK { ?s a untoc:Statement; untoc:speaker id:state/IRN; "
                + "untoc:capacity untoc:SignatoryObserverCapacity; untoc:onAgendaItem id:" + WG3_12 + "/agenda-item/2 }"));
    }

    @Test
    void europeanUnionIsAPartyNotAState() {
        assertTrue(TestDocs.ask(union, "ASK { ?p untoc:participant id:organization/european-union; untoc:capacity untoc:PartyCapacity }"));
        assertFalse(TestDocs.ask(union, "ASK { id:organization/european-union a untoc:State }"));
        assertFalse(TestDocs.ask(union, "ASK { ?x a untoc:State FILTER(!STRSTARTS(STR(?x), \"https://w3id.org/untoc/id/state/\")) }"));
    }

    @Test
    void chairAndActingChair() {
        assertEquals(List.of("person/antonio-balsamo untoc:ActingChairCapacity state/ITA",
                        "person/thomas-burrows untoc:ChairCapacity state/USA"),
                TestDocs.select(union, "SELECT ?p ?c ?s WHERE { ?x untoc:participant ?p; untoc:capacity ?c; untoc:represents ?s }"));
    }

    @Test
    void reportRecommendationsAreLinkedToTheAnnexOfTheEndorsingResolution() {
        assertTrue(TestDocs.ask(union, "ASK { id:" + REPORT + "/paragraph/2/j untoc:sameRecommendationAs id:" + RES_11_1 + "/annex/I/recommendation/j }"));
        assertTrue(TestDocs.ask(union, "ASK { id:" + REPORT + "/paragraph/3/a untoc:sameRecommendationAs id:" + RES_11_1 + "/annex/I/recommendation/q }"));
        assertTrue(TestDocs.ask(union, "ASK { ?l a untoc:RecommendationLink; untoc:linkSource id:" + RES_11_1 + "/annex/I/recommendation/q; "
                + "untoc:linkTarget id:" + REPORT + "/paragraph/3/a; untoc:similarity ?s; untoc:method ?m FILTER(?s >= 0.85) }"));
        // negatives: the parallel recommendation on article 19 is not the one on article 20; nothing links to 7/4
        assertFalse(TestDocs.ask(union, "ASK { id:" + REPORT + "/paragraph/2/i untoc:sameRecommendationAs id:" + RES_11_1 + "/annex/I/recommendation/p }"));
        assertFalse(TestDocs.ask(union, "ASK { ?r untoc:sameRecommendationAs ?o FILTER(CONTAINS(STR(?r), \"/resolution/7/4/\")) }"));
        assertEquals(24, links.stream().filter(l -> l.source().contains("/resolution/11/1/") && l.target().contains(REPORT)).count());
    }
}
