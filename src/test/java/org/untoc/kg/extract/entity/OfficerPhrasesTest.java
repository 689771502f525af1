package org.untoc.kg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phrasings of officers in reports: each row a sentence and the officers it states (role:name:state, sorted). */
class OfficerPhrasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The following officers were elected: Chair: Ms. Lea Novak (Slovenia); Vice-Chairs: Mr. Ali Reza (Pakistan) and Ms. Ana Silva (Brazil); Rapporteur: Mr. Tomas Berg (Sweden). | CHAIR:Lea Novak:Slovenia RAPPORTEUR:Tomas Berg:Sweden VICE_CHAIR:Ali Reza:Pakistan VICE_CHAIR:Ana Silva:Brazil
            The Bureau was composed as follows: Chairperson: Ms. Lea Novak (Slovenia); First Vice-Chair: Mr. Ali Reza (Pakistan); Vice-Chair-cum-Rapporteur: Ms. Ana Silva (Brazil). | CHAIR:Lea Novak:Slovenia RAPPORTEUR:Ana Silva:Brazil VICE_CHAIR:Ali Reza:Pakistan VICE_CHAIR:Ana Silva:Brazil
            The following officers were elected: Chair: Slovenia; Vice-Chairs: Brazil and Pakistan; Rapporteur: Sweden. | CHAIR::Slovenia RAPPORTEUR::Sweden VICE_CHAIR::Brazil and Pakistan
            At its 1st meeting, Mr. Ali Reza (Pakistan) and Ms. Ana Silva (Brazil) were elected Vice-Chairs by acclamation. | VICE_CHAIR:Ali Reza:Pakistan VICE_CHAIR:Ana Silva:Brazil
            Ms. Ana Silva (Brazil) was elected Vice-Chair and Rapporteur. | RAPPORTEUR:Ana Silva:Brazil VICE_CHAIR:Ana Silva:Brazil
            At its 2nd meeting, the Working Group elected Mr. Tomas Berg (Sweden) as its Rapporteur. | RAPPORTEUR:Tomas Berg:Sweden
            The Working Group elected by acclamation as Vice-Chairs Mr. Ali Reza (Pakistan) and Ms. Ana Silva (Brazil). | VICE_CHAIR:Ali Reza:Pakistan VICE_CHAIR:Ana Silva:Brazil
            Mr. Tomas Berg (Sweden) served as Rapporteur. | RAPPORTEUR:Tomas Berg:Sweden
            The meeting was opened by the Vice-Chair of the Working Group, Mr. Ali Reza (Pakistan), who welcomed the participants. | VICE_CHAIR:Ali Reza:Pakistan
            Owing to the absence of the Chair, Ms. Ana Silva (Brazil) acted as Chair during the 2nd meeting. | ACTING_CHAIR:Ana Silva:Brazil
            The representative of Italy, holding vice-presidency in the extended Bureau, spoke on elected officers of other bodies. |
            Law enforcement officers should be trained: judges, prosecutors and other practitioners. |
            """)
    void readsTheOfficersAPhraseStates(String text, String expected) {
        List<String> found = OfficerPhrases.find(text).stream()
                .flatMap(o -> o.roles().stream().map(r -> r + ":" + (o.name() == null ? "" : o.name()) + ":" + o.state()))
                .sorted().toList();
        assertEquals(expected == null ? "" : expected, String.join(" ", found));
    }
}
