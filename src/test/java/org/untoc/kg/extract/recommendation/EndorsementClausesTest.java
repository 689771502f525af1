package org.untoc.kg.extract.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.untoc.kg.extract.entity.TestDocs;
import org.untoc.kg.structure.BlockType;

/** Operative clauses against the recommendations they make the act endorse. */
class EndorsementClausesTest {

    /** A resolution with the clause and annexes "I" and "II" (or one unnumbered annex), two recommendations each. */
    static List<String> endorsed(String clause, boolean twoAnnexes) {
        TestDocs.Builder b = TestDocs.doc().block(BlockType.OPERATIVE_PARAGRAPH, "operative/1", "1.", clause.split(" ")[0], clause);
        for (String annex : twoAnnexes ? List.of("I", "II") : List.of("")) {
            String path = annex.isEmpty() ? "annex" : "annex/" + annex;
            b.block(BlockType.ANNEX_HEADING, path, annex.isEmpty() ? "Annex" : "Annex " + annex, null, "Recommendations", List.of());
            for (String l : List.of("a", "b")) {
                b.block(BlockType.RECOMMENDATION, path + "/recommendation/" + l, "(" + l + ")", null,
                        "States are encouraged to act on matter " + annex + l + ".", List.of("Recommendations"));
            }
        }
        Model m = TestDocs.run(b.resolution("17/1"), new RecommendationExtractor());
        return TestDocs.select(m, "SELECT ?r WHERE { id:cop/resolution/17/1 untoc:endorses ?r }").stream()
                .map(s -> s.replace("cop/resolution/17/1/", "")).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "Endorses the recommendations adopted by the Working Group on Firearms at its fifth meeting, which are set out in annex I to the present resolution;|true|annex/I/recommendation/a,annex/I/recommendation/b",
            "Also endorses the recommendations contained in annex II to the present resolution;|true|annex/II/recommendation/a,annex/II/recommendation/b",
            "Further endorses the recommendations reproduced in annex II to the present decision;|true|annex/II/recommendation/a,annex/II/recommendation/b",
            "Endorses the recommendations adopted by the Working Group at its meeting held on 2 and 3 June 2027, annexed to the present resolution;|false|annex/recommendation/a,annex/recommendation/b",
            "Decides to endorse the recommendations listed in annex I to the present decision;|true|annex/I/recommendation/a,annex/I/recommendation/b",
            // traps: another verb; no annex named; an annex that is not there; "annexed" with two annexes is ambiguous
            "Takes note of the recommendations set out in annex I to the present resolution;|true|",
            "Endorses the recommendations of the Working Group on Firearms;|true|",
            "Endorses the recommendations set out in annex III to the present resolution;|true|",
            "Endorses the recommendations annexed to the present resolution;|true|",
    })
    void endorsesTheRecommendationsOfTheAnnexNamed(String clause, boolean twoAnnexes, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(",")), endorsed(clause, twoAnnexes));
    }
}
