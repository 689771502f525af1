package org.untoc.kg.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.untoc.kg.normalize.Paragraph;

/** The day an act's own text says it was adopted, and the lines that look like it but are not. */
class AdoptionDateTest {
    @Test
    void theLineOverTheActGivesTheDay() {
        assertEquals("2027-12-18", of("United Nations", "Distr.: General 8 January 2028",
                "Resolution adopted by the General Assembly on 18 December 2027", "The General Assembly,"));
        assertEquals("2031-07-24", of("Decision adopted by the Economic and Social Council on 24 July 2031 [without reference to a Main Committee]"));
    }

    @Test
    void theMeetingLineAtTheFootGivesTheDayAloneOrRunOn() {
        assertEquals("2000-11-15", of("The General Assembly,", "1. Adopts the Convention;", "62nd plenary meeting 15 November 2000",
                "Annex I"));
        assertEquals("2031-07-24", of("The Economic and Social Council,",
                "3. Requests the Secretary-General to report on the implementation of the present resolution. 40th plenary meeting 24 July 2031"));
    }

    @Test
    void otherDatesAreNotTheAdoption() {
        assertNull(of("Distr.: General 8 January 2001", "Resolution adopted by the General Assembly", "The General Assembly,"),
                "the issue date is not the adoption");
        assertNull(of("Recommendations adopted by the Working Group on International Cooperation at its twelfth meeting, held on 25 and 26 March 2021"));
        assertNull(of("The Conference,", "Recalling the resolution adopted at its 62nd plenary meeting, 15 November 2000, on the matter,"),
                "a clause naming a meeting goes on after the date");
        assertNull(of("The Conference,", "Noting its 3rd plenary meeting 15 Octember 2000"), "no such month");
    }

    private static String of(String... texts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            paragraphs.add(new Paragraph(texts[i], List.of(), i + 1, 0, null));
        }
        return AdoptionDate.of(paragraphs, 15);
    }
}
