package org.untoc.kg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clause openers without italics: known phrases and the general participle / present-tense rule. */
class ClauseOpenersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Recalling its decision 3/2 of 18 October 2006,|Recalling",
            "Recalling also its resolution 8/1,|Recalling also",
            "Recalling further its resolution 9/3,|Recalling further",
            "Noting with appreciation the report of the Secretariat,|Noting with appreciation",
            "Noting with concern the increase in trafficking,|Noting with concern",
            "Bearing in mind that the return of proceeds requires cooperation,|Bearing in mind",
            "Taking note of the information provided by States,|Taking note",
            "Taking into account the views of States,|Taking into account",
            "Convinced also that an exchange of experience helps,|Convinced also",
            "Deeply concerned about the growing involvement of groups,|Deeply concerned",
            "Mindful of the need to respect sovereignty,|Mindful",
            "Aware that organized crime is transnational,|Aware",
            "Guided by the International Guidelines,|Guided by",
            "Expressing appreciation to the Government of Italy,|Expressing appreciation",
            // not in any list: the general rule (capitalised participle or adjective, then the clause)
            "Underlining the importance of the expert group,|Underlining",
            "Alarmed by the scale of smuggling of migrants,|Alarmed",
            "Reiterating its commitment,|Reiterating",
            "Encouraged by the progress made,|Encouraged",
            "Gravely alarmed by the loss of life,|Gravely alarmed"})
    void findsPreambularOpeners(String clause, String verb) {
        assertEquals(verb, ClauseOpeners.preambular(clause, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Endorses the recommendations adopted by the Working Group;|Endorses",
            "Also endorses the recommendations;|Also endorses",
            "Reaffirms its decision 3/2;|Reaffirms",
            "Calls upon States parties to consider sharing proceeds;|Calls upon",
            "Calls on States to ratify the Protocol;|Calls on",
            "Takes note of the report of the Secretariat;|Takes note",
            "Takes note with appreciation of the recommendations;|Takes note with appreciation",
            "Decides:|Decides",
            "Strongly urges States to act;|Strongly urges",
            "Further requests the Secretariat to report;|Further requests",
            "Invites Member States to contribute;|Invites",
            "Emphasizes the need for training;|Emphasizes",
            "Further calls upon States to cooperate;|Further calls upon",
            // "on" belongs to the verb only in "calls on"
            "Decides on the dates of its next session;|Decides"})
    void findsOperativeVerbs(String paragraph, String verb) {
        assertEquals(verb, ClauseOpeners.operative(paragraph, null));
    }

    @Test
    void italicLeadWinsWhenTheTextStartsWithIt() {
        assertEquals("Noting also", ClauseOpeners.preambular("Noting also that the Convention is used,", "Noting also"));
    }

    @Test
    void noOpenerInOrdinaryText() {
        assertNull(ClauseOpeners.preambular("The Conference of the Parties to the Convention,", null));
        assertNull(ClauseOpeners.operative("the recommendations set out in the annex;", null));
    }
}
