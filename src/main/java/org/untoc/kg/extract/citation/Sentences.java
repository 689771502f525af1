package org.untoc.kg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences without breaking at the abbreviations UN texts use ("art.", "para.", "No."). */
public final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?][”\")\\]]?\\s+(?=[A-Z“\"(\\[])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "art", "arts", "para", "paras", "no", "nos", "vol", "vols", "ibid", "e.g", "i.e", "rev", "sect", "chap",
            "p", "pp", "cf", "st", "mr", "ms", "mrs", "dr", "a.m", "p.m", "inc", "co", "corp", "v", "op", "cit",
            "fig", "approx", "jr", "sr", "u.s", "u.n");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)$");

    private Sentences() {}

    /** A sentence and its offset in the paragraph. */
    public record Sentence(int start, String text) {}

    /** The sentences of {@code text}, trimmed, in order. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher end = END.matcher(text);
        int from = 0;
        while (end.find()) {
            String before = text.substring(from, end.start());
            Matcher w = LAST_WORD.matcher(before);
            if (w.find()) {
                String word = w.group(1).toLowerCase(Locale.ROOT);
                if (ABBREVIATIONS.contains(word) || word.length() == 1) continue;
            }
            add(out, text, from, end.start() + 1);
            from = end.end();
        }
        add(out, text, from, text.length());
        return out;
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        String s = text.substring(from, to);
        int lead = s.length() - s.stripLeading().length();
        String t = s.strip();
        if (!t.isEmpty()) out.add(new Sentence(from + lead, t));
    }
}
