package org.untoc.kg.structure;

import java.util.Locale;

/** Values of small roman numerals as used for item labels ("iv" = 4). */
final class RomanNumerals {
    private RomanNumerals() {}

    /** The value of a roman numeral (either case), or -1 when the text is not one. */
    static int value(String numeral) {
        if (numeral == null || numeral.isEmpty()) return -1;
        String s = numeral.toLowerCase(Locale.ROOT);
        int total = 0;
        int previous = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> -1;
            };
            if (v < 0) return -1;
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
