package org.untoc.kg.extract.recommendation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextSimilarityTest {
    static final String REC = "States parties are encouraged to make further use, where applicable and in accordance with "
            + "their domestic law, of article 20 of the Convention as a legal basis for international cooperation involving "
            + "special investigative techniques, and to use other applicable regional instruments and bilateral agreements "
            + "or arrangements, or, in the absence of such agreements or arrangements, to use special investigative "
            + "techniques on a case-by-case basis, to foster cooperation in this field;";

    @ParameterizedTest(name = "same: {0}")
    @CsvSource(delimiter = '|', value = {
            "line breaks|States parties are encouraged to make further use, where applicable and in \\naccordance with their domestic law, of article 20 of the Convention as a legal basis \\nfor international cooperation involving special investigative techniques, and to use \\nother applicable regional instruments and bilateral agreements or arrangements, or, in \\nthe absence of such agreements or arrangements, to use special investigative \\ntechniques on a case-by-case basis, to foster cooperation in this field;",
            "words split by extraction|States parties are encouraged to make fur ther use, where applicable and in accordance with their domestic law, of article 20 of the Conven tion as a legal basis for international cooperation involving special investi gative techniques, and to use other applicable regional instruments and bilateral agreements or arrangements, or, in the absence of such agreements or arrangements, to use special investigative techniques on a case -by-case basis, to foster cooperation in this field.",
            "hyphenation at line end|States parties are encouraged to make further use, where applicable and in accordance with their domestic law, of article 20 of the Convention as a legal basis for international cooper-\\nation involving special investigative techniques, and to use other applicable regional instruments and bilateral agreements or arrangements, or, in the absence of such agreements or arrangements, to use special investigative techniques on a case-by-case basis, to foster cooperation in this field",
            "one editorial change|States parties are encouraged to make further use, where appropriate and in accordance with their domestic law, of article 20 of the Convention as a legal basis for international cooperation involving special investigative techniques, and to use other applicable regional instruments and bilateral agreements or arrangements, or, in the absence of such agreements or arrangements, to use special investigative techniques on a case-by-case basis, to foster cooperation in this field;",
            "two editorial changes|States are encouraged to make further use, where applicable and in accordance with their domestic law, of article 20 of the Organized Crime Convention as a legal basis for international cooperation involving special investigative techniques, and to use other applicable regional instruments and bilateral agreements or arrangements, or, in the absence of such agreements or arrangements, to use special investigative techniques on a case-by-case basis, to foster cooperation in this field;",
    })
    void samePrintedTwiceScoresAboveThreshold(String what, String other) {
        double s = TextSimilarity.score(REC, other.replace("\\n", "\n"));
        assertTrue(s >= RecommendationLinker.THRESHOLD, what + ": " + s);
    }

    @ParameterizedTest(name = "different: {0}")
    @CsvSource(delimiter = '|', value = {
            "parallel text on another article|States parties are encouraged to make further use, where applicable and in accordance with their domestic law, of article 19 of the Convention as a legal basis for joint investigations, and to use other applicable regional instruments and bilateral agreements or arrangements, or, in the absence of such agreements or arrangements, to conduct joint investigations on a case-by-case basis, with full respect for the sovereignty of the participating States;",
            "same opening, other subject|States parties are encouraged to make further use of the knowledge management portal known as SHERLOC to share legislation and case law on the smuggling of migrants;",
            "other recommendation|States parties are also encouraged to exchange best practices and lessons learned in the field of special investigative techniques, especially those relating to the implementation of article 20 of the Convention;",
            "a fragment of it|States parties are encouraged to make further use, where applicable and in accordance with their domestic law, of article 20 of the Convention;",
    })
    void differentRecommendationsScoreBelowThreshold(String what, String other) {
        double s = TextSimilarity.score(REC, other);
        assertTrue(s < RecommendationLinker.THRESHOLD, what + ": " + s);
    }
}
