package org.untoc.kg.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * Short English function words. A sentence never ends on one, so a paragraph ending on one was cut (by a page
 * or a footnote block); and they count as words when repairing words broken in two.
 */
public final class FunctionWords {
    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "upon",
            "and", "or", "nor", "but", "as", "than", "that", "which", "who", "whom", "whose", "its", "their",
            "his", "her", "our", "your", "this", "these", "those", "such", "be", "is", "are", "was", "were",
            "been", "has", "have", "had", "it", "he", "she", "we", "they", "not", "no", "all", "any", "each",
            "if", "so", "do", "does", "did", "may", "can", "could", "would", "should", "shall", "will", "must",
            "also", "both", "either", "between", "among", "against", "under", "over", "about", "through",
            "within", "without", "per", "via", "us", "him", "them", "up", "out");

    private FunctionWords() {}

    /** Whether the word (any case) is a short function word. */
    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
