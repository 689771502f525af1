package org.untoc.kg.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.normalize.ActHeadingLine;
import org.untoc.kg.normalize.NormalizedText;
import org.untoc.kg.normalize.Paragraph;
import org.untoc.kg.structure.Footnote;

/**
 * The acts one file holds: a session report ("Resolutions and decisions adopted by the Conference"), a page of a
 * session's decisions, a booklet of resolutions. An act starts at its heading ("Resolution 12/1", "Decision 4/1.",
 * "62/175. Title") when the opening of a preamble ("The Conference …,") follows within a few paragraphs, or — for a
 * text headed only by its title — at a title that a list of contents in the same file gives a number. A list of
 * contents ("Decision 4/1. Title", "12/2 Title … 7") names acts and their titles; it is never a citation, and it is
 * part of no act.
 *
 * @param parts    one text per act, in order; the whole text when the file holds one document
 * @param contents the acts the file's list of contents names, by "kind number" ("decision 4/1")
 */
public record Compilation(List<NormalizedText> parts, Map<String, ListedAct> contents) {
    /** How far after its heading (and title) an act's preamble opens. */
    private static final int OPENING_WITHIN = 3;
    /** An entry of a list of contents: an act's number and title, perhaps dot leaders and a page number. */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:(Resolution|Decision)s?\\s+)?(\\d{1,4}/\\d{1,4})\\.?\\s+(\\p{Lu}.*?)(?:\\s*(?:\\.\\s?){2,}\\s*\\d{1,4}|\\s+\\d{1,4})?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_LINE = Pattern.compile(
            "^(?:\\[.*\\]|(?:Resolution|Decision)s? adopted by the .*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTRY_START = Pattern.compile(
            "(?=\\b(?:Resolution|Decision)\\s+\\d{1,4}/\\d{1,4}\\.?\\s+\\p{Lu})");
    private static final Pattern ENTRY_LEADERS = Pattern.compile("(?:\\.\\s?){3,}\\s*\\d{1,4}\\s*$");
    /** A chapter of a report as its list of contents gives it: number, title, dot leaders, page. */
    private static final Pattern CHAPTER = Pattern.compile(
            "^((?:Chapter\\s+)?(?:[IVXL]{1,6}|[A-Z])\\.\\s+\\p{Lu}.*?)\\s*(?:\\.\\s?){2,}\\s*\\d{1,4}\\s*$");
    /** A heading over a group of entries: "Resolutions", "Decisions". */
    private static final Pattern GROUP = Pattern.compile(
            "^(?:(?:[A-Z]|[IVXL]{1,6})\\.\\s+)?(Resolutions?|Decisions?)\\b[^.]{0,60}?(?:\\s*(?:\\.\\s?){2,}\\s*\\d{1,4})?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A report's heading over the acts or drafts that follow ("B. Resolutions adopted by the Commission"). */
    private static final Pattern GROUP_OF_ACTS = Pattern.compile(
            "^(?:(?:[A-Z]|[IVXL]{1,6})\\.\\s+)?(?:Draft\\s+)?(?:Resolutions?|Decisions?)\\s+(?:adopted|to be recommended|recommended)\\b.*",
            Pattern.CASE_INSENSITIVE);

    /** An act named in a list of contents. */
    public record ListedAct(String kind, String number, String title) {}

    public Compilation {
        parts = List.copyOf(parts);
        contents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contents));
    }

    /** Whether the file holds more than one act, or acts listed in a list of contents. */
    public boolean isCompilation() {
        return parts.size() > 1 || !contents.isEmpty();
    }

    /** The acts of {@code text}; a text that is one document is one part, unchanged. */
    public static Compilation of(NormalizedText text) {
        List<Paragraph> paragraphs = text.paragraphs();
        Map<Integer, Paragraph> starts = new TreeMap<>();
        Set<Integer> drafts = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            ActTitle act = ActTitle.parse(paragraphs.get(i).text());
            if (act != null && (openingFollows(paragraphs, i) || standsAlone(act, paragraphs, i))) {
                starts.put(i, paragraphs.get(i));
            } else if (ActHeadingLine.isDraft(paragraphs.get(i).text()) && openingFollows(paragraphs, i)) {
                // A draft printed in a report, recommended to another body: never part of the act printed before it.
                starts.put(i, paragraphs.get(i));
                drafts.add(i);
            }
        }
        int firstStart = starts.isEmpty() ? paragraphs.size() : starts.keySet().iterator().next();
        Map<String, ListedAct> contents = contents(paragraphs, firstStart);
        addTitleOnlyStarts(paragraphs, starts, contents);
        if (starts.size() < 2 && contents.isEmpty()) {
            return new Compilation(List.of(text), Map.of());
        }
        List<NormalizedText> parts = new ArrayList<>();
        List<Integer> at = new ArrayList<>(starts.keySet());
        Set<String> chapters = chapters(paragraphs, firstStart);
        List<Integer> heads = new ArrayList<>();
        for (int k = 0; k < at.size(); k++) {
            // The lines printed over an act ("Resolution adopted by the General Assembly on …", "[on the report of
            // the Third Committee (A/62/431)]") are its own, not the end of the act before it.
            int head = at.get(k);
            int floor = k == 0 ? 0 : at.get(k - 1) + 1;
            while (head - 1 >= floor && HEAD_LINE.matcher(paragraphs.get(head - 1).text().strip()).matches()) head--;
            heads.add(head);
        }
        for (int k = 0; k < at.size(); k++) {
            int from = at.get(k);
            int to = k + 1 < at.size() ? heads.get(k + 1) : paragraphs.size();
            // The report's next chapter ("II. Organization of the session", listed in its contents) ends the act, as
            // does a heading over the next group of acts ("B. Resolutions adopted by the Commission").
            for (int i = from + 1; i < to; i++) {
                String t = paragraphs.get(i).text();
                if (chapters.contains(key(t)) || GROUP_OF_ACTS.matcher(t.strip()).matches()) {
                    to = i;
                    break;
                }
            }
            if (drafts.contains(from)) {
                // A draft only bounds the act before it. Unnumbered, it would share its name with every other draft
                // of the file (a text is named by its file when it has no number), so its text is not read as an act.
                continue;
            }
            List<Paragraph> body = new ArrayList<>(paragraphs.subList(heads.get(k), from));
            body.add(starts.get(from));
            if (starts.get(from) != paragraphs.get(from)) body.add(paragraphs.get(from));
            body.addAll(paragraphs.subList(from + 1, to));
            parts.add(part(text, body));
        }
        if (parts.isEmpty()) parts.add(text);
        return new Compilation(parts, contents);
    }

    /**
     * A heading alone on its line ("Decision 14/1") over a title line, as acts are printed: a procedural decision
     * has no preamble ("At its 8th meeting, … the Conference decided …"). A list's entry carries its title.
     */
    private static boolean standsAlone(ActTitle act, List<Paragraph> paragraphs, int i) {
        if (act.title() != null || i + 2 >= paragraphs.size()) return false;
        String next = paragraphs.get(i + 1).text().strip();
        return ActTitle.parse(next) == null && !next.matches(".*[.;:,]$") && !ENTRY_LEADERS.matcher(next).find();
    }

    private static boolean openingFollows(List<Paragraph> paragraphs, int i) {
        for (int j = i + 1; j <= i + OPENING_WITHIN && j < paragraphs.size(); j++) {
            if (IssuingBodies.looksLikePreambleOpening(paragraphs.get(j).text())) return true;
            if (ActTitle.parse(paragraphs.get(j).text()) != null) return false;
        }
        return false;
    }

    /** Entries before the first act, and the entries of a list of acts anywhere that no preamble follows. */
    private static Map<String, ListedAct> contents(List<Paragraph> paragraphs, int firstStart) {
        Map<String, ListedAct> out = new LinkedHashMap<>();
        String group = null;
        for (int i = 0; i < firstStart; i++) {
            String t = paragraphs.get(i).text().strip();
            Matcher g = GROUP.matcher(t);
            if (g.matches()) {
                group = g.group(1).toLowerCase(Locale.ROOT).startsWith("decision") ? "decision" : "resolution";
            }
            for (String piece : entries(t)) {
                Matcher m = ENTRY.matcher(piece);
                if (!m.matches()) continue;
                String kind = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : group;
                if (kind == null) continue;
                String title = m.group(3).strip().replaceAll("[\\s.]+$", "");
                out.putIfAbsent(kind + " " + m.group(2), new ListedAct(kind, m.group(2), title));
            }
        }
        return out;
    }

    /** The chapter headings a list of contents names ("II. Organization of the session . . . 10"), by key. */
    private static Set<String> chapters(List<Paragraph> paragraphs, int firstStart) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < firstStart; i++) {
            Matcher m = CHAPTER.matcher(paragraphs.get(i).text().strip());
            if (m.matches()) out.add(key(m.group(1)));
        }
        return out;
    }

    /**
     * A paragraph may hold one entry or, in a page's running text, several ("… adopted the following decisions:
     * Decision 4/1. Title Decision 4/2. Title …"): it is cut before each act heading.
     */
    private static List<String> entries(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = ENTRY_START.matcher(paragraph);
        List<Integer> cuts = new ArrayList<>();
        while (m.find()) cuts.add(m.start());
        if (cuts.isEmpty()) return List.of(paragraph);
        for (int k = 0; k < cuts.size(); k++) {
            out.add(paragraph.substring(cuts.get(k), k + 1 < cuts.size() ? cuts.get(k + 1) : paragraph.length()).strip());
        }
        return out;
    }

    /**
     * A preamble that no act heading precedes, under a title the list of contents gives a number: the act starts at
     * that title, and a heading made from the list's entry ("Decision 4/2") stands before it.
     */
    private static void addTitleOnlyStarts(List<Paragraph> paragraphs, Map<Integer, Paragraph> starts,
                                           Map<String, ListedAct> contents) {
        if (contents.isEmpty()) return;
        Map<String, ListedAct> byTitle = new LinkedHashMap<>();
        contents.values().forEach(a -> byTitle.put(key(a.title()), a));
        // A listed title standing alone after the list (and not in it) heads the act it names.
        int afterList = lastEntry(paragraphs) + 1;
        for (int j = afterList; j < paragraphs.size(); j++) {
            Paragraph title = paragraphs.get(j);
            ListedAct act = byTitle.get(key(title.text()));
            if (act == null) continue;
            boolean headed = false;
            for (int i = Math.max(0, j - OPENING_WITHIN); i <= j; i++) headed |= starts.containsKey(i);
            if (headed) continue;
            String heading = Character.toUpperCase(act.kind().charAt(0)) + act.kind().substring(1) + " " + act.number();
            starts.put(j, new Paragraph(heading, List.of(), title.line(), title.headingLevel(), null));
        }
    }

    /** The last paragraph that holds entries of a list of acts, or -1. */
    private static int lastEntry(List<Paragraph> paragraphs) {
        int last = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            String t = paragraphs.get(i).text().strip();
            ActTitle act = ActTitle.parse(t);
            List<String> pieces = entries(t);
            boolean entry = ENTRY_LEADERS.matcher(t).find() || (act != null && act.title() != null) || pieces.size() > 1;
            if (entry && ENTRY.matcher(pieces.get(pieces.size() - 1)).matches()) last = i;
            else if (last >= 0 && ActTitle.parse(t) != null) break;
        }
        return last;
    }

    private static String key(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]+", " ").strip();
    }

    /** One act's text: its paragraphs, the footnotes they cite; the file's running headers are the report's, not its. */
    private static NormalizedText part(NormalizedText whole, List<Paragraph> paragraphs) {
        Map<String, Footnote> notes = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            for (String marker : p.footnotes()) {
                Footnote f = whole.footnotes().get(marker);
                if (f != null) notes.put(marker, f);
            }
        }
        return new NormalizedText(whole.source(), whole.shape(), paragraphs, notes, List.of());
    }
}
