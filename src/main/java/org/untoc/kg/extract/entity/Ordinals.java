package org.untoc.kg.extract.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** English ordinal words, "first" … "ninety-ninth", as numbers. */
public final class Ordinals {
    private static final Map<String, Integer> UNITS = new HashMap<>();
    private static final Map<String, Integer> TENS_ORDINAL = new HashMap<>();
    private static final Map<String, Integer> TENS = new HashMap<>();

    static {
        String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth"};
        for (int i = 0; i < units.length; i++) UNITS.put(units[i], i + 1);
        String[] tensOrd = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            TENS_ORDINAL.put(tensOrd[i], 20 + 10 * i);
            TENS.put(tens[i], 20 + 10 * i);
        }
    }

    /** A regex alternative matching any ordinal word (use case-insensitively). */
    public static final String REGEX =
            "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth"
            + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)";

    private Ordinals() {}

    /** "twelfth" → 12, "twenty-first" → 21; empty when the word is no ordinal. */
    public static OptionalInt parse(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        Integer v = UNITS.get(w);
        if (v == null) v = TENS_ORDINAL.get(w);
        if (v == null && w.contains("-")) {
            String[] p = w.split("-", 2);
            Integer t = TENS.get(p[0]);
            Integer u = UNITS.get(p[1]);
            if (t != null && u != null && u < 10) v = t + u;
        }
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
