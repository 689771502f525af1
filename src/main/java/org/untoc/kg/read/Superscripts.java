package org.untoc.kg.read;

/** Converts between ASCII digits and Unicode superscript digits (footnote markers of plain text). */
public final class Superscripts {
    private static final String DIGITS = "0123456789";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Superscripts() {}

    /** "12" → "¹²". */
    public static String toSuperscript(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            int i = DIGITS.indexOf(c);
            out.append(i < 0 ? c : SUPERSCRIPTS.charAt(i));
        }
        return out.toString();
    }

    /** "¹²" → "12". */
    public static String toDigits(String superscripts) {
        StringBuilder out = new StringBuilder();
        for (char c : superscripts.toCharArray()) {
            int i = SUPERSCRIPTS.indexOf(c);
            out.append(i < 0 ? c : DIGITS.charAt(i));
        }
        return out.toString();
    }

    /** Whether c is a superscript digit. */
    public static boolean isSuperscript(char c) {
        return SUPERSCRIPTS.indexOf(c) >= 0;
    }

    /** Whether the text has a superscript digit anywhere (what {@code .*[⁰-⁹].*} asks, without the regex). */
    public static boolean containsAny(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSuperscript(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Character class of superscript digits, for regular expressions. */
    public static final String CLASS = "[⁰¹²³⁴⁵⁶⁷⁸⁹]";
}
