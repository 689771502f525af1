package org.untoc.kg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "(i)", "(v)" and "(x)" read as letters or numerals by the labels around them, never by themselves. */
class ItemLabelsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // a letter series goes on through (i)
            "(g) (h) (i) (j)                 | L L L L",
            "(h) (i)                         | L L",
            // (i) opening a numeral series, after (h) or any other letter
            "(h) (i) (ii) (i) (j)            | L R R L L",
            "(a) (i) (ii) (b)                | L R R L",
            "(a) (i) (b)                     | L R L",
            "(i) (ii) (iii)                  | R R R",
            // (v) and (x): letters after (u) and (w), numerals after (iv) and (ix)
            "(t) (u) (v) (w)                 | L L L L",
            "(u) (i) (ii) (iii) (iv) (v) (v) (w) | L R R R R R L L",
            // … unless the letter after (u) is then missing: (u) (v) (w) runs on through the numerals
            "(u) (i) (ii) (iii) (iv) (v) (w) | L R R R R L L",
            "(u) (i) (ii) (iii) (iv) (v) (vi)| L R R R R R R",
            "(u) (v)                         | L L",
            "(w) (x) (y)                     | L L L",
            "(a) (ix) (x)                    | L R R",
            // "ii." is a numeral whatever comes before it
            "(h) i. ii.                      | L R R",
    })
    void labelsReadBySequence(String labels, String kinds) {
        List<Label> in = new ArrayList<>();
        for (String l : labels.trim().split("\\s+")) in.add(Label.of(l + " Text;"));
        ItemLabels items = new ItemLabels();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Label resolved = items.resolve(in.get(i), i + 1 < in.size() ? in.get(i + 1) : null);
            out.add(resolved.kind() == Label.Kind.LETTER ? "L" : "R");
        }
        assertEquals(kinds.trim(), String.join(" ", out), labels);
    }
}
