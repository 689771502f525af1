package org.untoc.kg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken words are repaired from the document's own vocabulary, not from a list of known errors. */
class WordRepairTest {
    /** A small "document": it spells the joined forms elsewhere, so the fragments can be recognised. */
    private static final List<String> DOCUMENT = List.of(
            "joint investigations and joint teams relating to requests",
            "requests from central authorities and authorities of States",
            "open-ended working group, cross-border cooperation and capacity-building",
            "the twelfth meeting of the Working Group, extrabudgetary resources",
            "in to the meeting, in and to, the note, in the region");

    private final WordRepair repair = new WordRepair(new Vocabulary(DOCUMENT));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a join t investigation|a joint investigation",
            "those r elating to|those relating to",
            "competent authoritie s|competent authorities",
            "cooperation reque sts and|cooperation requests and",
            "the twel fth meeting|the twelfth meeting",
            "expedite cross -border cases|expedite cross-border cases",
            "assistance  in  criminal matters|assistance in criminal matters",
            // both pieces are words: never joined, even though "into" is a word too
            "came in to the meeting|came in to the meeting",
            // the joined form is not in the document: left alone
            "Stefano Opilio spoke|Stefano Opilio spoke"})
    void repairsBrokenWordsOnly(String line, String expected) {
        assertEquals(expected, repair.repairLine(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // "open-ended" is how the document spells it: the hyphen stays
            "an open-|ended working group|an open-ended working group",
            "capacity -|building needs|capacity-building needs",
            // the document spells "extrabudgetary" solid and never "extra-budgetary": the hyphen goes
            "from extra-|budgetary resources|from extrabudgetary resources",
            // an unknown compound keeps its hyphen: dropping it could merge two words
            "security-|related trends|security-related trends",
            // words the document uses nowhere else: one word where English has it (a typesetter's break)
            "the Commis-|sion on Crime|the Commission on Crime",
            "sharing know-|ledge and|sharing knowledge and",
            "evidence-|based approaches|evidence-based approaches",
            "the Working|Group met|the Working Group met"})
    void joinsLinesDecidingEndOfLineHyphens(String first, String second, String expected) {
        assertEquals(expected, repair.joinLines(first, second));
    }
}
