package org.untoc.kg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.untoc.kg.structure.ParsedDocument;

/** An invented report of the Working Group on Trafficking in Persons, in the style of UN reports, not from the corpus. */
class ReportExtractorTest {
    static final String R = "document/CTOC/COP/WG.4/2029/5/";
    static final String M = "cop/working-group/trafficking-in-persons/meeting/15";

    static ParsedDocument report() {
        return TestDocs.doc()
                .heading("IV. Organization of the meeting")
                .para(40, "At its 1st meeting, on 3 April 2029, the Working Group considered agenda item 2, entitled "
                        + "“Victims’ access to remedies (articles 6 and 25 of the Protocol)”.")
                .para(41, "The Working Group met in Vienna from 2 to 4 April 2029, holding a total of six meetings, in "
                        + "accordance with the organization of work for the fifteenth meeting of the Working Group. "
                        + "The meeting was held in a hybrid format.")
                .para(42, "The meetings were chaired by Ana María de la Cruz (Bolivia (Plurinational State of)). During "
                        + "the 2nd meeting, the chairmanship was assumed by Kwame Mensah (Ghana), in his capacity as Vice-Chair.")
                .para(43, "Under agenda item 2, statements were made by representatives of the following States parties: "
                        + "Dominican Republic, Niger, Nigeria and European Union. The observer for Freedonia also made a "
                        + "statement. The observers for IOM and the Pacific Islands Forum Secretariat also delivered statements.")
                .para(44, "The following parties to the Convention were represented at the meeting, including those "
                        + "participating remotely: Dominica, Dominican Republic, European Union, Guinea, Guinea-Bissau, Niger, "
                        + "Nigeria, Sudan, South Sudan and Trinidad and Tobago.")
                .para(45, "The following signatory States to the Convention were represented by observers: Freedonia and "
                        + "Democratic People’s Republic of Korea.")
                .para(46, "The following intergovernmental organizations were represented by observers: International "
                        + "Organization for Migration, Pacific Islands Forum Secretariat and Organization for Security and "
                        + "Co-operation in Europe.")
                .para(47, "The Working Group had before it the following documents:")
                .sub(47, "a", "(a) Provisional agenda and annotations (CTOC/COP/WG.4/2029/1);")
                .sub(47, "b", "(b) Background paper prepared by the Secretariat on victims’ access to remedies (CTOC/COP/WG.4/2029/2).")
                .para(12, "The following discussion point was discussed at the fourteenth meeting of the Working Group, but "
                        + "was not adopted as a recommendation, owing to lack of consensus: “States should consider "
                        + "establishing compensation funds for victims”.")
                .para(13, "The following discussion point was discussed at the fifteenth meeting of the Working Group, but "
                        + "was not adopted as a recommendation, because of the differing views expressed by participants:")
                .text("States should ensure that victims are not punished for offences they were compelled to commit.")
                .report("CTOC/COP/WG.4/2029/5", null);
    }

    static final Model M_OUT = TestDocs.run(report(), new ReportExtractor(), new AttendanceExtractor());

    @Test
    void identifiesTheMeetingReported() {
        assertEquals(List.of(M + " 15 2029-04-02 2029-04-04 document/CTOC/COP/WG.4/2029/5 hybrid"), TestDocs.select(M_OUT, """
                SELECT ?m ?o ?s ?e ?r ?f WHERE { ?m a untoc:Meeting; untoc:ordinal ?o; untoc:startDate ?s; untoc:endDate ?e;
                  untoc:reportedIn ?r; untoc:format ?f;
                  untoc:meetingOf id:cop/working-group/trafficking-in-persons }"""));
    }

    @Test
    void agendaItemWithTitle() {
        assertEquals(List.of(M + "/agenda-item/2 2 Victims’ access to remedies (articles 6 and 25 of the Protocol)"),
                TestDocs.select(M_OUT, "SELECT ?i ?n ?t WHERE { ?m untoc:agendaItem ?i . ?i untoc:number ?n; dcterms:title ?t }"));
    }

    @Test
    void chairAndActingChairWithTheirStates() {
        assertEquals(List.of("person/ana-maria-de-la-cruz Ana María de la Cruz untoc:ChairCapacity state/BOL",
                        "person/kwame-mensah Kwame Mensah untoc:ActingChairCapacity state/GHA"),
                TestDocs.select(M_OUT, """
                        SELECT ?p ?n ?c ?s WHERE { ?x a untoc:Participation; untoc:participant ?p; untoc:capacity ?c;
                          untoc:represents ?s; untoc:inParagraph ?para . ?p rdfs:label ?n }"""));
        assertTrue(TestDocs.ask(M_OUT, "ASK { id:" + M + " untoc:chair id:person/ana-maria-de-la-cruz }"));
    }

    @Test
    void partiesAreStatesExceptTheEuropeanUnion() {
        List<String> rows = TestDocs.select(M_OUT, """
                SELECT ?who ?cap WHERE { ?x untoc:participant ?who; untoc:capacity ?cap; untoc:inParagraph ?p .
                  FILTER(STRENDS(STR(?p), "paragraph/44")) }""");
        assertEquals(List.of("organization/european-union untoc:PartyCapacity", "state/DMA untoc:StatePartyCapacity",
                "state/DOM untoc:StatePartyCapacity", "state/GIN untoc:StatePartyCapacity", "state/GNB untoc:StatePartyCapacity",
                "state/NER untoc:StatePartyCapacity", "state/NGA untoc:StatePartyCapacity", "state/SDN untoc:StatePartyCapacity",
                "state/SSD untoc:StatePartyCapacity", "state/TTO untoc:StatePartyCapacity"), rows);
        assertFalse(TestDocs.ask(M_OUT, "ASK { id:organization/european-union a untoc:State }"));
        assertTrue(TestDocs.ask(M_OUT, "ASK { id:organization/european-union a untoc:Organization, untoc:Party, untoc:RegionalEconomicIntegrationOrganization }"));
    }

    @Test
    void signatoryObserversAndAnUnknownNameReportedNotGuessed() {
        assertEquals(List.of("state/PRK", "unresolved/freedonia"), TestDocs.select(M_OUT,
                "SELECT ?who WHERE { ?x untoc:participant ?who; untoc:capacity untoc:SignatoryObserverCapacity }"));
        assertTrue(TestDocs.ask(M_OUT, "ASK { id:unresolved/freedonia a untoc:UnresolvedEntity; rdfs:label \"Freedonia\"; untoc:curated false }"));
    }

    @Test
    void organisationObserversCuratedOrMintedFromTheName() {
        assertEquals(List.of("organization/iom true", "organization/osce true", "organization/pacific-islands-forum-secretariat false"),
                TestDocs.select(M_OUT, """
                        SELECT ?who (!BOUND(?c) AS ?curated) WHERE { ?x untoc:participant ?who;
                          untoc:capacity untoc:IntergovernmentalObserverCapacity . OPTIONAL { ?who untoc:curated ?c } }"""));
    }

    @Test
    void statementsPerAgendaItemWithTheSpeakersCapacityAtTheMeeting() {
        assertEquals(List.of("organization/european-union untoc:PartyCapacity 2",
                        "organization/iom untoc:IntergovernmentalObserverCapacity 2",
                        "organization/pacific-islands-forum-secretariat untoc:IntergovernmentalObserverCapacity 2",
                        "state/DOM untoc:StatePartyCapacity 2", "state/NER untoc:StatePartyCapacity 2",
                        "state/NGA untoc:StatePartyCapacity 2", "unresolved/freedonia untoc:SignatoryObserverCapacity 2"),
                TestDocs.select(M_OUT, """
                        SELECT ?who ?cap ?n WHERE { ?s a untoc:Statement; untoc:speaker ?who; untoc:capacity ?cap;
                          untoc:onAgendaItem ?i; untoc:atMeeting ?m; untoc:inParagraph ?p . ?i untoc:number ?n }"""));
    }

    @Test
    void documentsBeforeTheMeeting() {
        assertEquals(List.of("document/CTOC/COP/WG.4/2029/1 Provisional agenda and annotations",
                        "document/CTOC/COP/WG.4/2029/2 Background paper prepared by the Secretariat on victims’ access to remedies"),
                TestDocs.select(M_OUT, "SELECT ?d ?t WHERE { ?m untoc:hadBefore ?d . ?d dcterms:title ?t }"));
    }

    @Test
    void discussionPointsNotAdoptedWithReason() {
        assertEquals(List.of(
                        R + "paragraph/12/discussion-point lack of consensus cop/working-group/trafficking-in-persons/meeting/14 States should consider establishing compensation funds for victims",
                        R + "paragraph/13/discussion-point the differing views expressed by participants " + M
                                + " States should ensure that victims are not punished for offences they were compelled to commit."),
                TestDocs.select(M_OUT, """
                        SELECT ?d ?r ?m ?t WHERE { ?d a untoc:DiscussionPoint; untoc:notAdoptedReason ?r; untoc:discussedAt ?m;
                          untoc:text ?t }"""));
    }
}
