package org.untoc.kg.normalize;

import java.util.regex.Pattern;

/**
 * Items set one per line with no blank line between them ("(b) To ensure …:" / "(i) Have …;" / "(ii) Can …;"): the
 * layout makes each a paragraph, while a list running in a sentence ("namely (i) extradition, (ii) …") stays in it.
 */
final class LaidOutItems {
    /** "(b)", "(ii)" or "ii." and then the item's capitalised text. */
    private static final Pattern ITEM_LINE = Pattern.compile(
            "^\\s*(?:\\([a-z]{1,2}\\)|\\([ivx]{1,5}\\)|[ivx]{1,5}\\.)\\s+[\\p{Lu}\\d“\"‘'(].*");
    /** How the line before a laid-out item ends: an item (";", "; and", "; or", "."), or the clause opening the list. */
    private static final Pattern ENDS_ITEM = Pattern.compile(
            ".*(?:[.;:!?]|;\\s+(?:and|or))[”\"’')]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:<sup>[^<]*</sup>)*\\s*$");

    private LaidOutItems() {}

    /** Whether {@code line} opens a new item right after {@code previous}, the line before it in the same block. */
    static boolean opensItem(String previous, String line) {
        return previous != null && ITEM_LINE.matcher(line).matches() && ENDS_ITEM.matcher(previous).matches();
    }
}
