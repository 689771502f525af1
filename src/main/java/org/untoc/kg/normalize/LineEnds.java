package org.untoc.kg.normalize;

import org.untoc.kg.read.Superscripts;

/**
 * How a line must end to end a clause or a sentence: closing punctuation, then perhaps closing quotes or brackets,
 * footnote superscripts and spaces. Each reader of lines states which of these it allows (a paragraph assembler
 * wants a full stop, a detector of wrapped text a comma too), as one of these values rather than a regex of its
 * own. Read back from the end of the line, not with a {@code .*[.;:]…$} regex: the line readers ask it of every
 * line of every document, and a regex that must first run to the end and back was a visible share of their time.
 */
public final class LineEnds {
    /** Punctuation that ends a clause: a sentence's, or the comma that ends an item of a list. */
    public static final String CLAUSE = ".;:!?,";
    /** Punctuation that ends a sentence (or a paragraph of a resolution, which ends in a semicolon or colon). */
    public static final String SENTENCE = ".;:!?";
    /** Closing quotes and a parenthesis. */
    public static final String QUOTES = "”\"’')";
    /** The same and a closing square bracket. */
    public static final String QUOTES_AND_BRACKET = QUOTES + "]";

    private final String punctuation;
    private final String closers;
    private final boolean superscripts;
    private final boolean trailingSpace;

    /**
     * As {@code .*[punctuation][closers]*} then, when {@code superscripts}, {@code [⁰¹²…]*}, then, when
     * {@code trailingSpace}, {@code \s*}, then {@code $}, with {@code matches}.
     */
    public LineEnds(String punctuation, String closers, boolean superscripts, boolean trailingSpace) {
        this.punctuation = punctuation;
        this.closers = closers;
        this.superscripts = superscripts;
        this.trailingSpace = trailingSpace;
    }

    /** True when the line ends as this says. */
    public boolean test(CharSequence line) {
        int i = line.length();
        while (trailingSpace && i > 0 && isRegexSpace(line.charAt(i - 1))) {
            i--;
        }
        while (superscripts && i > 0 && Superscripts.isSuperscript(line.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && closers.indexOf(line.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0 || punctuation.indexOf(line.charAt(i - 1)) < 0) {
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
