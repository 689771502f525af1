package org.untoc.kg.extract.recommendation;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Similarity of two texts that should be the same text printed twice: Jaccard overlap of character shingles taken
 * after removing everything but letters and digits.
 *
 * <p>Dropping spaces and punctuation before shingling makes the score blind to what PDF extraction and layout
 * change — line breaks, words split by stray spaces ("r elating"), hyphenation ("cross -border", "capacity -
 * building"), the closing ";" or "." of a list item, curly or straight quotes — while any real change of wording
 * still removes several shingles.
 */
public final class TextSimilarity {
    /** Shingle length in characters: long enough that common words do not match by themselves. */
    public static final int SHINGLE = 8;
    public static final String METHOD = "jaccard-of-character-" + SHINGLE + "-shingles-over-letters-and-digits";

    private TextSimilarity() {}

    /** Lower-case letters and digits of {@code text}, diacritics removed, everything else dropped. */
    public static String skeleton(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The set of shingles of a text's skeleton. */
    public static Set<String> shingles(String text) {
        String s = skeleton(text);
        Set<String> out = new HashSet<>();
        if (s.length() < SHINGLE) {
            if (!s.isEmpty()) out.add(s);
            return out;
        }
        for (int i = 0; i + SHINGLE <= s.length(); i++) out.add(s.substring(i, i + SHINGLE));
        return out;
    }

    /** Jaccard similarity of two shingle sets, in [0, 1]. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1.0;
        int inter = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) if (large.contains(s)) inter++;
        return (double) inter / (a.size() + b.size() - inter);
    }

    /** Similarity of two texts, in [0, 1]. */
    public static double score(String a, String b) {
        return jaccard(shingles(a), shingles(b));
    }
}
