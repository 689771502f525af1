package org.untoc.kg.util;

/**
 * Literal pre-checks for case-insensitive patterns: a pattern that needs a word cannot match a text without it,
 * and looking for the word is far cheaper than trying the pattern at every position of a long paragraph.
 */
public final class AsciiWords {
    private AsciiWords() {}

    /**
     * True when {@code text} contains {@code word} ignoring ASCII case, as {@code Pattern.CASE_INSENSITIVE}
     * without {@code UNICODE_CASE} matches it. {@code word} is lower-case ASCII.
     */
    public static boolean contains(CharSequence text, String word) {
        int n = word.length();
        char first = word.charAt(0);
        for (int i = 0, last = text.length() - n; i <= last; i++) {
            if (lower(text.charAt(i)) != first) {
                continue;
            }
            int k = 1;
            while (k < n && lower(text.charAt(i + k)) == word.charAt(k)) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
