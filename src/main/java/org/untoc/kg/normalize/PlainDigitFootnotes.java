package org.untoc.kg.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.read.Superscripts;

/**
 * PDF text loses the raised position of footnote markers: "Crime,1" in the text and "1 United Nations, …" at the
 * foot of the page. A line "n text" is taken for footnote n only when n is the next footnote number and a marker
 * n came before it: glued to a word or punctuation mark ("Crime,1"), or standing between two lower-case words
 * after a content word ("recommendations 3 for") — of those only the last before the footnote, since "article 3 of"
 * looks the same. Then markers and footnote lines become superscripts, so the footnote path of the other shapes
 * applies. Numbers that start wrapped lines ("25 March 2021") fail one test or the other.
 */
final class PlainDigitFootnotes {
    private static final Pattern NOTE_LINE = Pattern.compile("^\\s*(\\d{1,3})\\s+(\\S.*)$");
    /** Glued to a word or punctuation, but not the digit of "sect. D.1" or "E.86.IV.1". */
    private static final Pattern GLUED = Pattern.compile(
            "(?<=[\\p{L}.,;:)”’\"])(?<![\\p{Lu}\\d]\\.)(\\d{1,3})(?=[\\s,.;:)]|$)");
    private static final Pattern RAISED = Pattern.compile(Superscripts.CLASS + "{1,3}");
    private static final int OUT_OF_ORDER = 3;
    private static final Pattern DETACHED = Pattern.compile("(\\p{Ll}+) (\\d{1,3})(?= \\p{Ll})");
    /** Words a number follows in running text; after them a detached number is a number, not a marker. */
    private static final Set<String> NUMBER_WORDS = Set.of("article", "articles", "paragraph", "paragraphs", "para",
            "paras", "art", "arts", "resolution", "resolutions", "decision", "decisions", "recommendation", "no", "nos",
            "vol", "vols", "chapter", "chap", "section", "sect", "rule", "rules", "annex", "item", "items", "page",
            "pages", "meeting", "session", "table", "figure", "footnote", "note", "principle", "principles", "step",
            "phase", "level", "group", "category", "option", "protocol");

    private PlainDigitFootnotes() {}

    /** Where a detached marker stands: line index and the offset of its digits. */
    private record Spot(int line, int offset) {}

    /** The lines with plain-digit footnotes and their markers rewritten as superscripts. */
    static List<SourceLine> raise(List<SourceLine> lines) {
        Set<Integer> glued = new HashSet<>();
        Map<Integer, Spot> lastDetached = new HashMap<>();
        Set<Integer> notes = new HashSet<>();
        Set<Integer> noteLines = new HashSet<>();
        Set<Spot> detachedMarkers = new HashSet<>();
        int expected = 1;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            Matcher note = NOTE_LINE.matcher(text);
            int n = note.matches() ? Integer.parseInt(note.group(1)) : -1;
            // Notes follow their markers page by page, so one may come a little before a lower number whose marker
            // stood on a later line of the same page; a number far ahead is a number that starts a wrapped line.
            if (n > 0 && !notes.contains(n) && n <= expected + OUT_OF_ORDER
                    && (glued.contains(n) || lastDetached.containsKey(n))) {
                if (!glued.contains(n)) {
                    detachedMarkers.add(lastDetached.get(n));
                }
                notes.add(n);
                noteLines.add(i);
                expected = Math.max(expected, n + 1);
                continue;
            }
            Matcher m = GLUED.matcher(text);
            while (m.find()) {
                glued.add(Integer.parseInt(m.group(1)));
            }
            // A marker the text kept raised ("recommendations ⁴ for") is cited as surely as a glued one.
            Matcher raised = RAISED.matcher(text);
            while (raised.find()) {
                glued.add(Integer.parseInt(Superscripts.toDigits(raised.group())));
            }
            Matcher d = DETACHED.matcher(text);
            while (d.find()) {
                String before = d.group(1).toLowerCase(Locale.ROOT);
                if (!NUMBER_WORDS.contains(before) && !FunctionWords.contains(before)) {
                    lastDetached.put(Integer.parseInt(d.group(2)), new Spot(i, d.start(2)));
                }
            }
        }
        if (notes.isEmpty()) {
            return lines;
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            if (noteLines.contains(i)) {
                Matcher note = NOTE_LINE.matcher(text);
                note.matches();
                text = Superscripts.toSuperscript(note.group(1)) + " " + note.group(2);
            } else {
                text = raiseDetached(raiseGlued(text, notes), i, detachedMarkers);
            }
            out.add(new SourceLine(text, line.number()));
        }
        return out;
    }

    private static String raiseGlued(String text, Set<Integer> notes) {
        Matcher m = GLUED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group(1);
            m.appendReplacement(out, notes.contains(Integer.parseInt(digits)) ? Superscripts.toSuperscript(digits) : digits);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Raises the detached markers on this line; superscripts keep the length, so offsets still hold. */
    private static String raiseDetached(String text, int line, Set<Spot> spots) {
        StringBuilder out = new StringBuilder(text);
        for (Spot spot : spots) {
            if (spot.line() != line) continue;
            int end = spot.offset();
            while (end < out.length() && Character.isDigit(out.charAt(end))) end++;
            out.replace(spot.offset(), end, Superscripts.toSuperscript(out.substring(spot.offset(), end)));
        }
        return out.toString();
    }
}
