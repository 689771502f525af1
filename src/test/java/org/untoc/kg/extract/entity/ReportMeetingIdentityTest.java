package org.untoc.kg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The report's meeting takes the ordinal a sentence gives the group's meeting that began on the same day (not one
 * of an earlier meeting), and its venue from "met in", "was held at the United Nations Office at" or the title.
 */
class ReportMeetingIdentityTest {
    private static final String WG6 = "cop/working-group/firearms/meeting/";

    private static Model report(String title, String... paras) {
        TestDocs.Builder b = TestDocs.doc();
        for (int i = 0; i < paras.length; i++) b.para(i + 1, paras[i]);
        return TestDocs.run(b.report("CTOC/COP/WG.6/2033/2", title), new ReportExtractor());
    }

    private static List<String> reported(Model m) {
        return TestDocs.select(m, """
                SELECT ?m ?o ?v WHERE { ?m untoc:reportedIn id:document/CTOC/COP/WG.6/2033/2 .
                  OPTIONAL { ?m untoc:ordinal ?o } OPTIONAL { ?m untoc:venue ?v } }""");
    }

    @Test
    void ordinalFromASentenceAboutTheSameDays() {
        Model m = report("Report on the meeting of the Working Group on Firearms held in Vienna from 5 to 7 May 2033",
                "The ninth meeting of the Working Group was held in Vienna on 3 and 4 June 2031. The tenth meeting of "
                        + "the Working Group was held from 5 to 7 May 2033.",
                "The Working Group met from 5 to 7 May 2033, holding a total of six meetings.");
        assertEquals(List.of(WG6 + "10 10 Vienna"), reported(m));
    }

    @Test
    void anEarlierMeetingsOrdinalIsNotTheReportsOwn() {
        Model m = report("Report on the meeting of the Working Group on Firearms held in Vienna from 5 to 7 May 2033",
                "The ninth meeting of the Working Group was held in Vienna on 3 and 4 June 2031.",
                "The Working Group met from 5 to 7 May 2033.");
        assertEquals(List.of(WG6 + "2033-05-05 - Vienna"), reported(m));
    }

    @Test
    void venueAtTheUnitedNationsOffice() {
        Model m = report("Report on the meeting of the Working Group on Firearms",
                "The Working Group met on 5 and 6 May 2033. The meeting was held at the United Nations Office at "
                        + "Vienna, in a hybrid format.");
        assertEquals(List.of(WG6 + "2033-05-05 - Vienna"), reported(m));
    }

    @Test
    void venueFromMetIn() {
        Model m = report("Report on the meeting of the Working Group on Firearms",
                "The Working Group met in Nairobi from 5 to 7 May 2033, holding a total of six meetings.");
        assertEquals(List.of(WG6 + "2033-05-05 - Nairobi"), reported(m));
    }

    @Test
    void noVenueWhenNoneIsStated() {
        Model m = report("Report on the meeting of the Working Group on Firearms",
                "The Working Group met on 5 and 6 May 2033. The meeting was held in a hybrid format.");
        assertEquals(List.of(WG6 + "2033-05-05 - -"), reported(m));
    }
}
