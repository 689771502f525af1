package org.untoc.kg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> split(String text) {
        return Sentences.split(text).stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEndsButNotAtTheAbbreviationsOfCitations() {
        assertEquals(List.of("In its decision 2/2, the Conference decided (art. 32, para. 3 (e), of the Convention).",
                        "In its decision 3/2, the Conference decided that (see CTOC/COP/WG.3/2012/5, paras. 4-9).",
                        "United Nations, Treaty Series, vol. 2225, No. 39574."),
                split("In its decision 2/2, the Conference decided (art. 32, para. 3 (e), of the Convention). In its"
                        + " decision 3/2, the Conference decided that (see CTOC/COP/WG.3/2012/5, paras. 4-9). United"
                        + " Nations, Treaty Series, vol. 2225, No. 39574."));
    }

    @Test
    void keepsOffsetsIntoTheParagraph() {
        String text = "First sentence. Second one, e.g. this. Ibid. Third.";
        for (Sentences.Sentence s : Sentences.split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.start() + s.text().length()));
        }
        assertEquals(List.of("First sentence.", "Second one, e.g. this.", "Ibid. Third."), split(text));
    }
}
