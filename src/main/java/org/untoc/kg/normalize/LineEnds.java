package org.untoc.kg.normalize;

import org.untoc.kg.read.Superscripts;

/**
 * Whether a line ends a clause: closing punctuation, then perhaps closing quotes or brackets, footnote superscripts
 * and spaces. Read back from the end of the line, not with a {@code .*[.;:]…$} regex: the line readers ask it of
 * every line of every document, and a regex that must first run to the end and back was a visible share of their
 * time. Each reader says which closers it allows after the punctuation.
 */
final class LineEnds {
    private static final String PUNCTUATION = ".;:!?,";
    /** Closing quotes and a parenthesis. */
    static final String QUOTES = "”\"’')";
    /** The same and a closing square bracket. */
    static final String QUOTES_AND_BRACKET = QUOTES + "]";

    private LineEnds() {}

    /**
     * As {@code .*[.;:!?,][closers]*(superscripts)*\s*$} with {@code matches}: the punctuation, any run of
     * {@code closers}, when {@code superscripts} any run of superscript digits, then white space.
     */
    static boolean endsClause(CharSequence line, String closers, boolean superscripts) {
        int i = line.length();
        while (i > 0 && isRegexSpace(line.charAt(i - 1))) {
            i--;
        }
        while (superscripts && i > 0 && Superscripts.isSuperscript(line.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && closers.indexOf(line.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0 || PUNCTUATION.indexOf(line.charAt(i - 1)) < 0) {
            return false;
        }
        // The regex's leading ".*" does not cross a line break.
        for (int k = 0; k < i - 1; k++) {
            if (isLineTerminator(line.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code .} does not match without DOTALL. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
