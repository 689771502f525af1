package org.untoc.kg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/** Panellists of a working-group meeting: one named with post and institution, or a list with States in parentheses. */
class PanellistTest {
    static final String M = "cop/working-group/firearms/meeting/9";

    static Model extract(String paragraph) {
        return TestDocs.run(TestDocs.doc()
                .heading("II. Summary of deliberations")
                .para(5, "The Working Group met in Vienna on 6 and 7 May 2030, in accordance with the organization of work "
                        + "for the ninth meeting of the Working Group.")
                .para(6, paragraph)
                .report("CTOC/COP/WG.6/2030/4", null), new ReportExtractor());
    }

    @Test
    void aPanellistWithPostAndInstitutionAndTheAgendaItem() {
        Model m = extract("At its 3rd meeting, on 7 May 2030, the Working Group considered agenda item 3, entitled "
                + "“Marking and record-keeping”. The discussion on the agenda item was facilitated by the panellist "
                + "Stefano Opilio, Public Prosecutor, Ministry of Justice of Italy.");
        assertEquals(List.of("person/stefano-opilio untoc:PanellistCapacity " + M + "/agenda-item/3 "
                        + "Public Prosecutor, Ministry of Justice of Italy"),
                TestDocs.select(m, """
                        SELECT ?p ?c ?i ?a WHERE { ?x a untoc:Participation; untoc:participant ?p; untoc:capacity ?c;
                          untoc:onAgendaItem ?i; untoc:affiliation ?a }"""));
        // "of Italy" in an affiliation is an institution's name, not a statement of whom the panellist represents.
        assertEquals(List.of(), TestDocs.select(m, "SELECT ?s WHERE { ?x untoc:capacity untoc:PanellistCapacity; untoc:represents ?s }"));
    }

    @Test
    void aListOfPanellistsWithTheirStates() {
        Model m = extract("The panellists were Ana Pérez (Chile), John Mwangi (Kenya) and Li Wei (China).");
        assertEquals(List.of("person/ana-perez state/CHL", "person/john-mwangi state/KEN", "person/li-wei state/CHN"),
                TestDocs.select(m, """
                        SELECT ?p ?s WHERE { ?x untoc:capacity untoc:PanellistCapacity; untoc:participant ?p;
                          untoc:represents ?s } ORDER BY ?p"""));
    }
}
