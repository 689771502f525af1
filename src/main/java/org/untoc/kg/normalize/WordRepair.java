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
     * the document spells the word without it and not with it.
     */
    String joinLines(String first, String second) {
        Matcher hyphen = TRAILING_HYPHEN.matcher(first);
        Matcher next = LEADING_WORD.matcher(second);
        if (hyphen.find() && next.find()) {
            String left = hyphen.group(1);
            String right = next.group(1);
            String stem = first.substring(0, hyphen.start(1)) + left;
            boolean solid = vocabulary.count(left + right) > 0 && vocabulary.count(left + "-" + right) == 0;
            return stem + (solid ? "" : "-") + second;
        }
        return first + " " + second;
    }
}
