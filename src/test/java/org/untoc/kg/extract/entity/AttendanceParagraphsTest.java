package org.untoc.kg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attendance paragraphs in the styles UN reports use, one at a time, against the capacity and participants expected. */
class AttendanceParagraphsTest {

    static List<String> attendance(String paragraph) {
        Model m = TestDocs.run(TestDocs.doc()
                .para(3, "The Working Group met on 4 and 5 May 2027, in accordance with the organization of work for the "
                        + "third meeting of the Working Group.")
                .para(20, paragraph)
                .report("CTOC/COP/WG.6/2027/2", null), new ReportExtractor(), new AttendanceExtractor());
        return TestDocs.select(m, """
                SELECT ?cap ?who WHERE { ?p a untoc:Participation; untoc:capacity ?cap; untoc:participant ?who;
                  untoc:atMeeting id:cop/working-group/firearms/meeting/3 FILTER(CONTAINS(STR(?p), "paragraph/20")) }""")
                .stream().map(s -> s.replace("untoc:", "").replace("Capacity", "")).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "The following States parties to the Convention were represented: Chile and Peru.|StateParty state/CHL,StateParty state/PER",
            "The following parties to the Convention were represented at the meeting: European Union, Sudan and South Sudan.|Party organization/european-union,StateParty state/SDN,StateParty state/SSD",
            "The following signatory State to the Convention was represented by an observer: Japan.|SignatoryObserver state/JPN",
            "The following States not parties to the Convention were represented by observers: Bhutan and Freedonia.|StateObserver state/BTN,StateObserver unresolved/freedonia",
            "The following United Nations entities were represented by observers: International Organization for Migration and Office of the United Nations High Commissioner for Refugees.|UnitedNationsObserver organization/iom,UnitedNationsObserver organization/unhcr",
            "The following non-governmental organizations were represented by observers: Global Initiative against Transnational Organized Crime.|NonGovernmentalObserver organization/global-initiative-against-transnational-organized-crime",
            "The following intergovernmental organization was represented by an observer: Council of Europe.|IntergovernmentalObserver organization/council-of-europe",
            "The European Union, a regional economic integration organization that is a party to the Convention, was also represented at the meeting.|Party organization/european-union",
            "The following regional economic integration organization that is a party to the Convention was represented: European Union.|Party organization/european-union",
            "The following specialized agencies and related organizations were represented by observers: World Health Organization.|UnitedNationsObserver organization/who",
            "The following panellists were represented: Ana Pérez and John Smith.|",
            "A list of participants is contained in document CTOC/COP/WG.6/2027/INF/1.|",
    })
    void capacityFollowsTheNounThatIntroducesTheList(String paragraph, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(","));
        assertEquals(want, attendance(paragraph));
    }
}
