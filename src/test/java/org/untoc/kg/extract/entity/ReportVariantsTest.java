package org.untoc.kg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/** Other ways reports say the same things: meeting known from the title, honorifics, lists not named as such. */
class ReportVariantsTest {
    static final String M = "cop/working-group/international-cooperation/meeting/2027-06-02";

    static final Model OUT = TestDocs.run(TestDocs.doc()
            .para(30, "The meeting was opened by the Chair, Ms. Lea Novak (Slovenia), who welcomed the participants.")
            .para(31, "Under agenda item 3, statements were made by the representatives of Brazil, China and Netherlands "
                    + "(Kingdom of the). Statements were also made by the observers for the Holy See and INTERPOL.")
            .para(33, "Under agenda item 4, the following States parties made statements: Chile and Brazil.")
            .para(34, "The following discussion points were discussed but were not adopted as recommendations, owing to "
                    + "lack of time: “States should pool their resources”.")
            .para(32, "The following States parties to the Convention were represented at the meeting: Brazil, China "
                    + "and Netherlands (Kingdom of the).")
            .report("CTOC/COP/WG.3/2027/4", "Report on the meeting of the Working Group on International Cooperation held in "
                    + "Vienna on 2 and 3 June 2027"), new ReportExtractor(), new AttendanceExtractor());

    @Test
    void meetingIdentifiedFromTheTitleByItsFirstDay() {
        assertTrue(TestDocs.ask(OUT, "ASK { id:" + M + " untoc:reportedIn id:document/CTOC/COP/WG.3/2027/4 ; "
                + "untoc:startDate \"2027-06-02\"^^xsd:date ; untoc:endDate \"2027-06-03\"^^xsd:date }"));
    }

    @Test
    void activeFormOfStatementsAndPluralDiscussionPoints() {
        assertEquals(List.of("state/BRA 4", "state/CHL 4"), TestDocs.select(OUT, """
                SELECT ?who ?n WHERE { ?s untoc:speaker ?who; untoc:capacity untoc:StatePartyCapacity; untoc:onAgendaItem ?i .
                  ?i untoc:number ?n FILTER(?n = "4") }"""));
        assertEquals(List.of("lack of time States should pool their resources"), TestDocs.select(OUT,
                "SELECT ?r ?t WHERE { ?d a untoc:DiscussionPoint; untoc:notAdoptedReason ?r; untoc:text ?t }"));
    }

    @Test
    void chairWithoutHonorific() {
        assertEquals(List.of("person/lea-novak Lea Novak"),
                TestDocs.select(OUT, "SELECT ?p ?n WHERE { id:" + M + " untoc:chair ?p . ?p rdfs:label ?n }"));
    }

    @Test
    void statementsByListsNotNamedAsPartiesTakeTheCapacityOfAttendance() {
        assertEquals(List.of("organization/interpol untoc:IntergovernmentalObserverCapacity",
                        "state/BRA untoc:StatePartyCapacity", "state/CHN untoc:StatePartyCapacity",
                        "state/NLD untoc:StatePartyCapacity", "state/VAT untoc:StateObserverCapacity"),
                TestDocs.select(OUT, """
                        SELECT ?who ?cap WHERE { ?s a untoc:Statement; untoc:speaker ?who;
                          untoc:onAgendaItem id:cop/working-group/international-cooperation/meeting/2027-06-02/agenda-item/3 .
                          OPTIONAL { ?s untoc:capacity ?cap } }"""));
    }
}
