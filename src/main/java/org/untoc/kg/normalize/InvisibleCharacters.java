package org.untoc.kg.normalize;

/**
 * Characters that print nothing but split words for every pattern: soft hyphens (U+00AD, left inside words by
 * word processors and some web pages), zero-width spaces and word joiners (U+200B, U+2060, web pages), and byte-order
 * marks that a concatenation left mid-file (U+FEFF). "impleme\u00ADntation" must read as "implementation", and
 * "resolution\u200B 55/25" as "resolution 55/25" once spaces are collapsed.
 */
final class InvisibleCharacters {
    private InvisibleCharacters() {}

    /** The text without them; the same string when it holds none (the usual case costs one scan). */
    static String strip(String text) {
        int i = 0;
        while (i < text.length() && !invisible(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!invisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean invisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
