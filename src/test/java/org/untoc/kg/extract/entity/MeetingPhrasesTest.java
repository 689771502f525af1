package org.untoc.kg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingPhrasesTest {

    /** "slug/ordinal-or-date start..end @venue [format] session:n joint:k verb" per meeting; "S n start..end @venue" per session. */
    static String render(MeetingPhrases.Result r) {
        List<String> out = new ArrayList<>();
        for (MeetingMention m : r.meetings()) {
            StringBuilder sb = new StringBuilder(m.iri().replace("https://w3id.org/untoc/id/cop/working-group/", ""));
            if (m.dates() != null) sb.append(' ').append(m.dates().start()).append("..").append(m.dates().end());
            if (m.venue() != null) sb.append(" @").append(m.venue());
            if (m.format() != null) sb.append(" [").append(m.format()).append(']');
            if (m.session() != null) sb.append(" session:").append(m.session());
            if (m.jointWith() >= 0) sb.append(" joint:").append(m.jointWith());
            if (m.verb() != null) sb.append(' ').append(m.verb());
            out.add(sb.toString());
        }
        for (SessionMention s : r.sessions()) {
            StringBuilder sb = new StringBuilder("S").append(s.number());
            if (s.dates() != null) sb.append(' ').append(s.dates().start()).append("..").append(s.dates().end());
            if (s.venue() != null) sb.append(" @").append(s.venue());
            out.add(sb.toString());
        }
        return String.join("; ", out);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "the Working Group on International Cooperation at its twelfth meeting, held on 25 and 26 March 2021|"
                    + "international-cooperation/meeting/12 2021-03-25..2021-03-26",
            "adopted by the Working Group on International Cooperation at its thirteenth meeting, held from 23 to 27 May 2022 in conjunction with the thirteenth meeting of the Working Group of Government Experts on Technical Assistance, which are set out|"
                    + "international-cooperation/meeting/13 2022-05-23..2022-05-27 joint:1 adopted; technical-assistance/meeting/13 held",
            "The sixth meeting of the Working Group was held in Vienna on 27 and 28 October 2015, whereas the fourth open-ended intergovernmental expert meeting was held in St. Petersburg, Russian Federation, on 2 and 3 November 2015|"
                    + "international-cooperation/meeting/6 2015-10-27..2015-10-28 @Vienna",
            "Since its first meeting, convened during the third session of the Conference of the Parties, which was held in Vienna from 9 to 18 October 2006, the Working Group on International Cooperation has been|"
                    + "international-cooperation/meeting/1 session:3; S3 2006-10-09..2006-10-18 @Vienna",
            "Endorses the recommendations adopted by the Working Group on International Cooperation at its meeting held on 8 and 9 October 2014, during the seventh session of the Conference, annexed to the present resolution;|"
                    + "international-cooperation/meeting/2014-10-08 2014-10-08..2014-10-09 session:7 adopted; S7",
            "The Working Group held its third meeting in Vienna on 20 and 21 October 2010, during the fifth session of the Conference.|"
                    + "international-cooperation/meeting/3 2010-10-20..2010-10-21 @Vienna session:5 held; S5",
            "The fourth meeting of the Working Group was held on 15, 16 and 18 October 2012.|"
                    + "international-cooperation/meeting/4 2012-10-15..2012-10-18",
            "The Working Group met for the fifth time in Vienna on 8 and 9 October 2014 to discuss|"
                    + "international-cooperation/meeting/5 2014-10-08..2014-10-09 @Vienna",
            "Recommendations discussed by the Working Group of Government Experts on Technical Assistance at its twelfth meeting, held on 9 and 10 July 2020, and adopted at its thirteenth meeting, held from 23 to 27 May 2022|"
                    + "technical-assistance/meeting/12 2020-07-09..2020-07-10 discussed; technical-assistance/meeting/13 2022-05-23..2022-05-27 adopted",
            "Comments of States parties on the outcome of the eleventh meeting of the Working Group on International Cooperation (Vienna, 7 and 8 July 2020)|"
                    + "international-cooperation/meeting/11 2020-07-07..2020-07-08 @Vienna",
            "Fourth meeting, held in 2012|international-cooperation/meeting/4",
            // invented: another group, another city, a format, dates across months
            "The Working Group on Trafficking in Persons, at its fourteenth meeting, held in Vienna from 30 June to 2 July 2025 in a hybrid format, adopted|"
                    + "trafficking-in-persons/meeting/14 2025-06-30..2025-07-02 @Vienna [hybrid]",
            "the twenty-first meeting of the Working Group on the Smuggling of Migrants, held in Bangkok on 4 March 2031|"
                    + "smuggling-of-migrants/meeting/21 2031-03-04..2031-03-04 @Bangkok",
            "The Working Group on Firearms at its ninth meeting, held jointly with the tenth meeting of the Working Group on Trafficking in Persons|"
                    + "firearms/meeting/9 joint:1; trafficking-in-persons/meeting/10 held",
            // traps: sittings are no meetings; another Conference's session; a meeting of nobody named
            "At its 1st and 2nd meetings, on 25 March 2021, the Working Group considered agenda item 2|",
            "in parallel with the sixth session of the Conference of States Parties to the Convention against Corruption|",
            "In 2012 the expert meeting was held following the fourth meeting of the Working Group. In 2014 both meetings were convened during the seventh session of the Conference.|"
                    + "international-cooperation/meeting/4 held; S7",
            "At that meeting speakers noted that some coordination could be beneficial.|",
            "the fourth open-ended intergovernmental expert meeting was held in St. Petersburg on 2 and 3 November 2015|",
    })
    void findsMeetings(String text, String expected) {
        assertEquals(expected == null ? "" : expected, render(MeetingPhrases.find(text, WorkingGroup.INTERNATIONAL_COOPERATION)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the Working Group at its seventh meeting, held on 1 and 2 June 2019|",
            "The Working Group on Firearms at its seventh meeting|firearms/meeting/7",
    })
    void theWorkingGroupWithoutAGroupOfTheDocumentIsSkipped(String text, String expected) {
        assertEquals(expected == null ? "" : expected, render(MeetingPhrases.find(text, null)));
    }
}
