package org.untoc.kg.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs words that PDF extraction broke in two ("join t", "r elating", "authoritie s", "cross -border") and
 * decides end-of-line hyphens, using the document's own vocabulary rather than a list of known errors:
 * two pieces are joined when the joined form occurs elsewhere in the document and one piece is not a word.
 */
final class WordRepair {
    private static final Pattern PAIR = Pattern.compile("(?<![\\p{L}-])(\\p{L}+) (\\p{L}+)(?![\\p{L}])");
    private static final Pattern SPACE_BEFORE_HYPHEN = Pattern.compile("(\\p{L}) -(\\p{L})");
    private static final Pattern TRAILING_HYPHEN = Pattern.compile("(\\p{L}+)\\s?-$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");
    private final Vocabulary vocabulary;

    WordRepair(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The line with broken words rejoined and spaces single. */
    String repairLine(String line) {
        String s = Whitespace.collapse(line);
        s = SPACE_BEFORE_HYPHEN.matcher(s).replaceAll("$1-$2");
        // Re-scan after each join: a repaired word may pair with its next neighbour only in the source's favour.
        Matcher m = PAIR.matcher(s);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find(from)) {
            String left = m.group(1);
            String right = m.group(2);
            if (shouldJoin(left, right)) {
                out.append(s, from, m.start()).append(left).append(right);
                from = m.end();
            } else {
                out.append(s, from, m.start(2));
                from = m.start(2);
            }
        }
        out.append(s.substring(from));
        return out.toString();
    }

    private boolean shouldJoin(String left, String right) {
        String joined = left + right;
        if (vocabulary.count(joined) == 0) {
            return false;
        }
        return !vocabulary.isWord(left) || !vocabulary.isWord(right);
    }

    /**
     * Joins two consecutive lines of one paragraph. A line ending in a hyphen keeps it ("open-" + "ended") unless
     * the document spells the word without it and not with it, or, where the document has neither spelling
     * elsewhere, unless English has the joined word ({@link EnglishWords}: "coopera-" + "tion").
     */
    String joinLines(String first, String second) {
        // `first` is the paragraph so far: searching all of it for an end-of-line pattern made joining a
        // paragraph quadratic. Only its last word can match, so the search starts there (same result).
        int from = lastWordBeforeHyphen(first);
        if (from < 0) {
            return first + " " + second;
        }
        Matcher hyphen = TRAILING_HYPHEN.matcher(first).region(from, first.length());
        Matcher next = LEADING_WORD.matcher(second);
        if (hyphen.find() && next.find()) {
            String left = hyphen.group(1);
            String right = next.group(1);
            String stem = first.substring(0, hyphen.start(1)) + left;
            int solidForm = vocabulary.count(left + right);
            int hyphenatedForm = vocabulary.count(left + "-" + right);
            boolean solid = solidForm > 0 || hyphenatedForm > 0
                    ? solidForm > 0 && hyphenatedForm == 0
                    // A word the document uses nowhere else: one word if English has it ("coopera-" / "tion"),
                    // else a compound that keeps its hyphen ("security-" / "related").
                    : EnglishWords.contains(left + right);
            return stem + (solid ? "" : "-") + second;
        }
        return first + " " + second;
    }

    /**
     * Where a match of {@link #TRAILING_HYPHEN} in {@code line} can start at the earliest (the letters before a
     * final hyphen, an optional white space and a final line terminator between), or -1 when it cannot match.
     */
    static int lastWordBeforeHyphen(String line) {
        int end = line.length();
        // `$` also matches before one final line terminator.
        if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
            if (end > 0 && line.charAt(end) == '\n' && line.charAt(end - 1) == '\r') {
                end--;
            }
        }
        if (end == 0 || line.charAt(end - 1) != '-') {
            return -1;
        }
        int i = end - 1;
        if (i > 0 && " \t\n\u000B\f\r".indexOf(line.charAt(i - 1)) >= 0) {
            i--;
        }
        while (i > 0 && Character.isLetter(line.codePointBefore(i))) {
            i -= Character.charCount(line.codePointBefore(i));
        }
        return i;
    }
}
