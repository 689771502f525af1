package org.untoc.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.untoc.kg.vocab.Untoc;

class ClauseRelationTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Recalling, recalls", "Recalling also, recalls", "Recalling further, recalls", "Recalls, recalls",
            "Also recalls, recalls", "Reaffirming, reaffirms", "Reaffirms, reaffirms", "Noting, takesNoteOf",
            "Noting with appreciation, takesNoteOf", "Taking note, takesNoteOf", "Takes note, takesNoteOf",
            "Notes, takesNoteOf", "Welcoming, welcomes", "Welcomes, welcomes", "Also welcomes, welcomes",
            "Endorses, cites", "Also endorses, cites", "Acknowledging, cites", "Recognizing, cites",
            "Bearing in mind, cites", "Decides, cites", "Requests, cites", "Calls upon, cites", "Concerned, cites",
            "Convinced also, cites", "Notwithstanding, cites"})
    void theOpeningVerbGivesTheRelation(String verb, String relation) {
        assertEquals(Untoc.NS + relation, ClauseRelation.of(verb).getURI());
    }
}
