package org.untoc.kg.extract.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A text folded for name matching (lower case, no diacritics, one apostrophe, one dash, single spaces) that
 * remembers, for each folded character, where it came from, so a match can be cut out of the original text.
 *
 * <p>Folding is per character so that names and running text fold the same way: "Côte d’Ivoire",
 * "Cote d'Ivoire" and "CÔTE D'IVOIRE" give one key; "Guinea- Bissau" (a PDF line break) gives "guinea-bissau".
 */
public final class NormalizedText {
    private final String original;
    private final String folded;
    private final int[] origin;

    private NormalizedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    /** Folds {@code text}. */
    public static NormalizedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int n = 0;
        boolean pendingSpace = false;
        int pendingSpaceAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!pendingSpace) pendingSpaceAt = i;
                pendingSpace = true;
                continue;
            }
            String f = foldChar(c);
            if (f.isEmpty()) continue;
            boolean dash = f.equals("-");
            boolean afterDash = n > 0 && out.charAt(n - 1) == '-';
            // Spaces around a dash are line-break or typesetting noise: "Guinea- Bissau", "Centre – Centre".
            if (pendingSpace && n > 0 && !dash && !afterDash) {
                out.append(' ');
                map[n++] = pendingSpaceAt;
            }
            pendingSpace = false;
            for (int k = 0; k < f.length(); k++) {
                out.append(f.charAt(k));
                if (n >= map.length) map = java.util.Arrays.copyOf(map, map.length * 2);
                map[n++] = i;
            }
        }
        int[] origin = java.util.Arrays.copyOf(map, n + 1);
        origin[n] = text.length();
        return new NormalizedText(text, out.toString(), origin);
    }

    /** The key of a name: its folded form. */
    public static String key(String name) {
        return of(name).folded();
    }

    private static String foldChar(char c) {
        switch (c) {
            case '\u2019': case '\u2018': case '`': case '\u00B4': case '\u02BC': case '\u2032':
                return "'";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
                return "-";
            case '\u201C': case '\u201D':
                return "\"";
            default:
                break;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) == Character.NON_SPACING_MARK) continue;
            sb.append(x);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The folded text. */
    public String folded() {
        return folded;
    }

    /** The text as given. */
    public String original() {
        return original;
    }

    /** The original text of the folded range [from, to), trimmed. */
    public String originalOf(int from, int to) {
        if (from >= to) return "";
        int start = origin[from];
        int end = origin[Math.min(to, folded.length()) - 1] + 1;
        return original.substring(start, Math.max(start, end)).strip();
    }
}
