package org.untoc.kg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence as written and a copy of the same length in which markup, links and URLs are blanked, so offsets
 * found in the copy are offsets in the sentence; with the spans the clause's verb does not reach (quoted titles,
 * "in which …" sub-clauses).
 */
final class MaskedSentence {
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    /** A new act coordinated with the clause's first, which ends an "in which …" sub-clause. */
    private static final Pattern COORDINATED_ACT = Pattern.compile(
            ",\\s+(?:and|as well as)\\s+(?:its\\s+|(?:[A-Z][\\w-]*\\s+){1,8})?(?:resolutions?|decisions?)\\s+\\d");
    /** An act named only as the frame of something else: "pursuant to resolution 5/8", "the implementation of …". */
    private static final Pattern LEAD_IN = Pattern.compile(
            "\\b(?:pursuant to|in accordance with|in line with|in conformity with|requested in|mandated (?:in|by)"
                    + "|contained in|implementation of|implementing|referred to in|annexed to|follow-up to|called for in"
                    + "|provided for in|set out in|established (?:by|in|under)|under)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern SUB_CLAUSE = Pattern.compile(
            ",\\s*(?:in|under|by|through|with|for)\\s+which\\b|,\\s*where(?:by|in)\\b");

    private final String raw;
    private final String m;
    private final List<int[]> quotes = new ArrayList<>();
    private final List<int[]> subClauses = new ArrayList<>();

    MaskedSentence(String raw) {
        this.raw = raw;
        this.m = mask(raw);
        findQuotes();
        findSubClauses();
    }

    /** The sentence as written. */
    String raw() {
        return raw;
    }

    /** The blanked copy, same length as {@link #raw()}. */
    String text() {
        return m;
    }

    /** Same length as the input, so offsets stay valid: markup, links and URLs become spaces. */
    private static String mask(String s) {
        char[] c = s.toCharArray();
        Matcher url = URL.matcher(s);
        while (url.find()) blank(c, url.start(), url.end());
        Matcher link = LINK.matcher(s);
        while (link.find()) {
            c[link.start()] = ' ';
            blank(c, link.end(1), link.end());
        }
        for (int i = 0; i < c.length; i++) if (c[i] == '*' || c[i] == '_' || c[i] == '\u00a0') c[i] = ' ';
        return new String(c);
    }

    private static void blank(char[] c, int from, int to) {
        for (int i = from; i < to; i++) c[i] = ' ';
    }

    private void findQuotes() {
        int open = -1;
        boolean straightOpen = false;
        for (int i = 0; i < m.length(); i++) {
            char ch = m.charAt(i);
            if (ch == '“' && open < 0) open = i;
            else if (ch == '”' && open >= 0 && !straightOpen) { quotes.add(new int[] {open, i + 1}); open = -1; }
            else if (ch == '"') {
                if (open < 0) { open = i; straightOpen = true; }
                else if (straightOpen) { quotes.add(new int[] {open, i + 1}); open = -1; straightOpen = false; }
            }
        }
    }

    private void findSubClauses() {
        Matcher s = SUB_CLAUSE.matcher(m);
        while (s.find()) {
            if (inQuote(s.start())) continue;
            int end = m.indexOf("; ", s.end());
            if (end < 0) end = m.length();
            Matcher coordinated = COORDINATED_ACT.matcher(m);
            if (coordinated.find(s.end()) && coordinated.start() < end) end = coordinated.start();
            subClauses.add(new int[] {s.start(), end});
        }
    }

    /** True inside a quotation ("entitled “…”"). */
    boolean inQuote(int pos) {
        for (int[] q : quotes) if (pos >= q[0] && pos < q[1]) return true;
        return false;
    }

    /** An act only framing something else ("pursuant to resolution 5/8") is not what the clause is about. */
    boolean ledIn(int pos) {
        return LEAD_IN.matcher(m.substring(Math.max(0, pos - 100), pos)).find();
    }

    /** True where the clause's own verb does not reach: a quotation or an "in which …" sub-clause. */
    boolean nested(int pos) {
        if (inQuote(pos)) return true;
        for (int[] r : subClauses) if (pos >= r[0] && pos < r[1]) return true;
        return false;
    }
}
