package org.untoc.kg.shapes;

/** Ordinal words as UN reports spell sessions ("eleventh", "sixty-second"). */
final class Ordinals {
    private static final String[] FIRST = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] TENTHS = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
        "seventieth", "eightieth", "ninetieth"};

    private Ordinals() {}

    static String word(int n) {
        if (n < 20) return FIRST[Math.max(0, n)];
        if (n >= 100) return n + "th";
        return n % 10 == 0 ? TENTHS[n / 10] : TENS[n / 10] + "-" + FIRST[n % 10];
    }
}
