package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one label resolver: names read from the published IRI patterns, the data's label first where stated. */
class LabelsTest {
    private static final String ID = Fixture.ID;

    private static String label(String path) {
        return Labels.fromIri(ID + path, Fixture.BASE);
    }

    @Test
    void actsDocumentsSessionsAndMeetings() {
        assertEquals("COP resolution 11/1", label("cop/resolution/11/1"));
        assertEquals("GA resolution 55/25", label("ga/resolution/55/25"));
        assertEquals("ECOSOC resolution 2014/17", label("ecosoc/resolution/2014/17"));
        assertEquals("CTOC/COP/WG.3/2021/3", label("document/CTOC/COP/WG.3/2021/3"));
        assertEquals("Conference of the Parties, eleventh session", label("cop/session/11"));
        assertEquals("Conference of the Parties, twenty-first session", label("cop/session/21"));
        assertEquals("Working Group on International Cooperation, twelfth meeting",
                label("cop/working-group/international-cooperation/meeting/12"));
        assertEquals("Working Group on Technical Assistance, meeting of 2021-06-02",
                label("cop/working-group/technical-assistance/meeting/2021-06-02"));
    }

    @Test
    void partsOfTexts() {
        assertEquals("COP resolution 11/1, annex I (j)", label("cop/resolution/11/1/annex/I/recommendation/j"));
        assertEquals("COP resolution 11/1, operative paragraph 2", label("cop/resolution/11/1/operative/2"));
        assertEquals("COP resolution 11/1, preambular paragraph 3", label("cop/resolution/11/1/preamble/3"));
        assertEquals("CTOC/COP/WG.3/2021/3, paragraph 2 (b)(i)", label("document/CTOC/COP/WG.3/2021/3/paragraph/2/b/i"));
        assertEquals("UNTOC article 18, paragraph 3", label("untoc/article/18/paragraph/3"));
        // Parts with no number of their own, and the entities a report's paragraph holds, read as words.
        assertEquals("CTOC/COP/WG.3/2021/3, unnumbered paragraph", label("document/CTOC/COP/WG.3/2021/3/text/cd5c96a76a"));
        assertEquals("CTOC/COP/WG.3/2021/3, unnumbered paragraph at line 514", label("document/CTOC/COP/WG.3/2021/3/text/L514"));
        assertEquals("CTOC/COP/WG.3/2021/3, paragraph 10 discussion point",
                label("document/CTOC/COP/WG.3/2021/3/paragraph/10/discussion-point"));
        assertEquals("CTOC/COP/WG.3/2021/3, paragraph 4 statement on agenda item 2 by ITA",
                label("document/CTOC/COP/WG.3/2021/3/paragraph/4/statement/item-2/ITA"));
    }

    @Test
    void statedLabelFirstThenPatternThenTitle() {
        assertEquals("Italy", Labels.of(ID + "state/ITA", "Italy", Fixture.BASE));
        assertEquals("COP resolution 11/1", Labels.of(ID + "cop/resolution/11/1", null, "Implementation of…", Fixture.BASE));
        assertEquals("United Nations Convention against Transnational Organized Crime",
                Labels.of(ID + "untoc", null, "United Nations Convention against Transnational Organized Crime", Fixture.BASE));
    }
}
