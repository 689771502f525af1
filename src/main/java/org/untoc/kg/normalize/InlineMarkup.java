package org.untoc.kg.normalize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.read.Superscripts;

/**
 * Removes inline markup from one paragraph: Markdown links, emphasis and escapes, and footnote markers
 * ({@code <sup>1</sup>}, {@code [^1]}, Unicode superscripts, an escaped asterisk after a word).
 * Plain text from UN sources often keeps some Markdown, so every shape goes through it.
 */
public final class InlineMarkup {
    /** Text without markup, the footnote markers it cited, and its emphasised opening words. */
    public record Cleaned(String text, List<String> markers, String lead) {}

    private static final char ESCAPED_STAR = '\uE000';
    private static final char MARKER = '\uE001';
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)\\s]*\\)");
    private static final Pattern SUP = Pattern.compile("[ \\t]*<sup>\\s*([^<]*?)\\s*</sup>");
    private static final Pattern CARET_NOTE = Pattern.compile("[ \\t]*\\[\\^([^\\]]+)\\]");
    private static final Pattern SUPERSCRIPT = Pattern.compile("[ \\t]*(" + Superscripts.CLASS + "+)");
    /** An escaped asterisk right after a word or punctuation is a footnote marker ("agenda\*"). */
    private static final Pattern STAR_NOTE = Pattern.compile("(?<=[\\p{L}\\p{N}.,;:)”\"’])(" + ESCAPED_STAR + "+)(?=\\s|$|[.,;:])");
    private static final Pattern LEAD = Pattern.compile(
            "^((?:\\(?[0-9A-Za-z]{1,4}[.)]\\s+)?)(\\*{1,3}|_{1,2})([^*_]+?)\\2(?=[\\s,.;:]|$)");
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])_{1,2}|_{1,2}(?![\\p{L}\\p{N}])");
    private static final Pattern STAR_RUN = Pattern.compile("\\*{1,3}");
    private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|~])");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:]+$");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:sub|sup|em|strong|i|b|u|span|br)\\b[^>]*>");

    private InlineMarkup() {}

    /** Cleans one paragraph (lines already joined). */
    public static Cleaned clean(String raw) {
        List<String> markers = new ArrayList<>();
        String s = raw.replace("\\*", String.valueOf(ESCAPED_STAR));
        // Each pattern needs a literal most paragraphs lack; looking for it is far cheaper than the pattern.
        if (s.contains("](")) {
            s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (s.contains("<sup>")) {
            s = lift(SUP, s, markers, false);
        }
        if (s.contains("[^")) {
            s = lift(CARET_NOTE, s, markers, false);
        }
        if (Superscripts.containsAny(s)) {
            s = lift(SUPERSCRIPT, s, markers, true);
        }
        s = liftStars(s, markers);
        s = HTML_TAG.matcher(s).replaceAll("");
        s = entities(s);
        if (s.indexOf('\\') >= 0) {
            s = BACKSLASH_ESCAPE.matcher(s).replaceAll("$1");
        }
        String lead = null;
        Matcher lm = LEAD.matcher(s.strip());
        if (lm.find()) {
            lead = Whitespace.collapse(lm.group(3));
        }
        s = stars(s, markers);
        s = UNDERSCORE_EMPHASIS.matcher(s).replaceAll("");
        s = s.replace(String.valueOf(ESCAPED_STAR), "*");
        s = Whitespace.collapse(s.replace(String.valueOf(MARKER), ""));
        return new Cleaned(s, markers, lead == null || lead.isEmpty() ? null : stripTrailingPunctuation(lead));
    }

    private static String lift(Pattern pattern, String s, List<String> markers, boolean superscript) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String marker = m.group(1).strip();
            markers.add(superscript ? Superscripts.toDigits(marker) : marker);
            m.appendReplacement(out, String.valueOf(MARKER));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String liftStars(String s, List<String> markers) {
        Matcher m = STAR_NOTE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            markers.add("*".repeat(m.group(1).length()));
            m.appendReplacement(out, "");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Asterisks are emphasis when they pair up ("*Noting*", "**Annex**"); an asterisk that closes nothing, right
     * after a word, is a footnote marker ("agenda*"), as plain and PDF texts print it.
     */
    private static String stars(String s, List<String> markers) {
        Matcher m = STAR_RUN.matcher(s);
        List<int[]> runs = new ArrayList<>();
        while (m.find()) runs.add(new int[] {m.start(), m.end()});
        if (runs.isEmpty()) return s;
        boolean[] marker = new boolean[runs.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < runs.size(); i++) {
            int start = runs.get(i)[0];
            int end = runs.get(i)[1];
            boolean afterWord = start > 0 && !Character.isWhitespace(s.charAt(start - 1));
            boolean beforeSpace = end == s.length() || Character.isWhitespace(s.charAt(end))
                    || ".,;:)”’\"".indexOf(s.charAt(end)) >= 0;
            if (afterWord && beforeSpace) {
                if (!open.isEmpty() && runs.get(open.peek())[1] - runs.get(open.peek())[0] == end - start) {
                    open.pop();
                } else if (open.isEmpty() && NOTE_GLUE.indexOf(s.charAt(start - 1)) >= 0
                        || open.isEmpty() && Character.isLetterOrDigit(s.charAt(start - 1))) {
                    marker[i] = true;
                    markers.add("*".repeat(end - start));
                }
            } else if (!afterWord || !beforeSpace) {
                open.push(i);
            }
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < runs.size(); i++) {
            out.append(s, from, runs.get(i)[0]);
            if (marker[i]) out.append(MARKER);
            from = runs.get(i)[1];
        }
        out.append(s.substring(from));
        return out.toString();
    }

    private static final String NOTE_GLUE = ".,;:)”’\"";

    /** Character references that Markdown converters leave in text. */
    private static String entities(String s) {
        if (s.indexOf('&') < 0) return s;
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&#39;", "'");
        s = NUMERIC_ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                new String(Character.toChars(m.group(1) != null ? Integer.parseInt(m.group(1), 16)
                        : Integer.parseInt(m.group(2))))));
        return s.replace("&amp;", "&");
    }

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private static String stripTrailingPunctuation(String lead) {
        return TRAILING_PUNCTUATION.matcher(lead).replaceAll("");
    }
}
