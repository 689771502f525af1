package org.untoc.kg.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.read.Superscripts;

/**
 * Finds the paragraphs of running text that has lost its layout, from what the text itself says: act headings
 * ("Resolution 8/2", "Decision 4/1.", "62/175."), the opening of a preamble ("The General Assembly,"), clause
 * openers after the comma or semicolon that ends the clause before ("…, Recalling …"), operative numbers and item
 * labels in sequence after the end of a clause ("…; 2. Requests", "…: (a) To"), annexes and section headings, the
 * front matter of an official document, and a heading standing between a list's introduction and its first item.
 * A candidate that fails its test (a number out of sequence, a label inside a sentence) is running text.
 */
final class ClauseBoundaries {
    private static final String SUP = Superscripts.CLASS + "{0,3}";
    private static final Pattern ACT_HEAD = Pattern.compile(
            "\\b(?:Resolution|Decision)\\s+\\d{1,4}/\\d{1,4}\\.?(?=\\s+[\\p{Lu}“\"‘])");
    private static final Pattern NUMBERED_ACT = Pattern.compile("(?<![\\w/])\\d{1,4}/\\d{1,4}\\.(?=\\s+\\p{Lu})");
    private static final Pattern OPENING = Pattern.compile("\\bThe (?:Conference of the States Parties to the United "
            + "Nations Convention against Corruption|Conference of the Parties to the United Nations Convention against "
            + "Transnational Organized Crime|General Assembly|Economic and Social Council|Commission on Crime "
            + "Prevention and Criminal Justice|Commission on Narcotic Drugs|Security Council|Human Rights Council)"
            + "\\s*," + SUP);
    private static final Pattern PREAMBULAR = Pattern.compile("(?<=[,;][”\"’)]?" + SUP + "\\s)(?:"
            + "Bearing in mind|Taking (?:note|into account|into consideration)|Having (?:considered|examined|regard)"
            + "|Keeping in mind|Guided by|Expressing|(?:Deeply|Gravely|Seriously|Firmly|Strongly|Fully|Further|Also"
            + "|Again|Once again)\\s+[a-z]+(?:ing|ed)|(?!United\\b)[A-Z][a-z]+(?:ing|ed)"
            + "|(?:Deeply |Fully |Firmly )?(?:Mindful|Aware|Conscious|Cognizant|Desirous|Confident|Appreciative|Grateful"
            + "|Eager|Anxious))(?=(?:\\s+(?:also|further|again))?\\s+\\p{Ll})"
            // The openers resolutions use most may be followed by a name ("Reaffirming Economic and Social Council …").
            + "|(?<=[,;][”\"’)]?" + SUP + "\\s)(?:(?:Recalling|Reaffirming|Noting|Welcoming|Recognizing|Acknowledging"
            + "|Emphasizing|Stressing|Underlining|Considering|Reiterating|Affirming|Endorsing|Commending|Highlighting"
            + "|Taking note of|Bearing in mind)(?:\\s+(?:also|further|again|with appreciation))?)(?=\\s+[\\p{Lu}“\"])");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w./,-])(\\d{1,3})\\.\\s+(?=[\\p{Lu}“\"‘(])");
    private static final Pattern ITEM = Pattern.compile("(?<![\\w(])\\(([a-z]{1,2}|[ivx]{1,5})\\)\\s+(?=[\\p{Lu}\\d“\"‘(])");
    private static final Pattern ARTICLE = Pattern.compile("\\bArticle \\d{1,3}(?=\\s+\\p{Lu})");
    /** The symbol line of an official document's cover: "United Nations A/RES/55/25", then the issuing organ. */
    private static final Pattern COVER_SYMBOL = Pattern.compile("\\bUnited Nations\\s+" + RunningHeaders.SYMBOL + "\\s");
    private static final Pattern ANNEX = Pattern.compile("\\bAnnex(?:\\s+(?:[IVXL]{1,6}|\\d{1,2}))?[.:]?(?=\\s+\\p{Lu})");
    private static final Pattern SECTION = Pattern.compile("(?<![\\w./])([IVXL]{1,6}|[A-H])\\.\\s+(?=\\p{Lu}\\p{Ll})");
    private static final Pattern COVER = Pattern.compile("\\bDistr\\.:?\\s|\\bOriginal:\\s|\\bAgenda items?\\s\\d"
            + "|\\bItem \\d{1,3} of the provisional agenda|\\bResolution adopted by the\\b|\\bDecision adopted by the\\b"
            + "|\\[(?:on|without) (?:the )?reference to a Main Committee|\\[on the (?:report|recommendation) of\\b"
            + "|\\b[A-Z][a-z]+(?:-[a-z]+)? (?:regular |special )?session\\b(?=\\s)");
    /** A draft's heading in a report ("Draft resolution I", "Draft decision 2") over its title. */
    private static final Pattern DRAFT_HEAD = Pattern.compile(
            "\\bDraft (?:resolution|decision)(?:\\s+(?:[IVXL]{1,6}|\\d{1,3}))?(?=\\s+\\p{Lu})");
    /**
     * The meeting line at the foot of a General Assembly or Economic and Social Council act ("62nd plenary meeting
     * 15 November 2000"): a line of its own, which running text glues to the end of the last operative paragraph.
     */
    private static final Pattern MEETING_LINE = Pattern.compile(
            "(?<![\\w])\\d{1,3}(?:st|nd|rd|th)\\s+plenary\\s+meeting\\b(?=\\s*,?\\s*\\d{1,2}\\s+\\p{L}+\\s+\\d{4})",
            Pattern.CASE_INSENSITIVE);
    /** A sentence that starts without punctuation before it: a title or heading line ends there. */
    private static final Pattern CAPITAL_START = Pattern.compile(
            "(?<=[\\p{L}\\d)]" + SUP + "\\s)(?:The|This|These|At its|In its)\\s+(?=\\p{L})");
    private static final Pattern STOP_BEFORE = Pattern.compile("[.;:!?][”\"’')\\]]*" + SUP + "\\s*$");
    private static final Pattern STOP_OR_COMMA_BEFORE = Pattern.compile("[.;:!?,][”\"’')\\]]*" + SUP + "\\s*$");
    private static final Pattern ITEM_AFTER = Pattern.compile(
            "(?:[.;:][”\"’')]*" + SUP + "(?:\\s+(?:and|or))?|[.;:!?]\\s*\\]?)\\s*$");
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.;!?](?=[”\"’')\\]]*" + SUP + "\\s)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    /** A word or a number: what a heading's last token may be ("… held from 23 to 27 May 2022"). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");
    private static final int MAX_HEADING_WORDS = 40;

    private enum Kind { COVER_SYMBOL, ACT, NUMBERED_ACT, OPENING, PREAMBULAR, NUMBER, ITEM, ANNEX, ARTICLE, SECTION, COVER,
        MEETING, DRAFT, CAPITAL }

    private record Candidate(int start, int end, Kind kind, String label) {}

    private final String text;
    private final TreeSet<Integer> cuts = new TreeSet<>();
    private final Map<String, Integer> lowercase = new HashMap<>();
    private final Map<String, Integer> bigrams = new HashMap<>();
    private int segmentStart;
    private int lastNumber;
    private String lastLetter;
    private String lastSection;
    private String lastRoman;
    /** What opened the current paragraph: a heading may follow an annex, section or act heading directly. */
    private Kind opener = Kind.COVER;

    private ClauseBoundaries(String text) {
        this.text = text;
        Matcher w = WORD.matcher(text);
        String previous = null;
        while (w.find()) {
            String word = w.group();
            if (Character.isLowerCase(word.charAt(0))) lowercase.merge(word, 1, Integer::sum);
            if (previous != null) bigrams.merge(previous + " " + word, 1, Integer::sum);
            previous = word;
        }
    }

    /** The paragraphs of {@code text}, in order, stripped. */
    static List<String> split(String text) {
        return new ClauseBoundaries(text).run();
    }

    private List<String> run() {
        cuts.add(0);
        for (Candidate c : candidates()) {
            if (c.start() < segmentStart) continue;
            accept(c);
        }
        List<String> out = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) add(out, text.substring(previous, cut));
            previous = cut;
        }
        add(out, text.substring(previous));
        return out;
    }

    private static void add(List<String> out, String paragraph) {
        String s = paragraph.strip();
        if (!s.isEmpty()) out.add(s);
    }

    private List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>();
        find(all, ACT_HEAD, Kind.ACT, false);
        find(all, NUMBERED_ACT, Kind.NUMBERED_ACT, false);
        find(all, OPENING, Kind.OPENING, false);
        find(all, PREAMBULAR, Kind.PREAMBULAR, false);
        find(all, NUMBER, Kind.NUMBER, true);
        find(all, ITEM, Kind.ITEM, true);
        find(all, ANNEX, Kind.ANNEX, false);
        find(all, SECTION, Kind.SECTION, true);
        find(all, COVER, Kind.COVER, false);
        find(all, COVER_SYMBOL, Kind.COVER_SYMBOL, false);
        find(all, MEETING_LINE, Kind.MEETING, false);
        find(all, DRAFT_HEAD, Kind.DRAFT, false);
        find(all, ARTICLE, Kind.ARTICLE, false);
        find(all, CAPITAL_START, Kind.CAPITAL, false);
        all.sort(Comparator.comparingInt(Candidate::start).thenComparing(Candidate::kind));
        return all;
    }

    private void find(List<Candidate> all, Pattern p, Kind kind, boolean labelled) {
        Matcher m = p.matcher(text);
        while (m.find()) all.add(new Candidate(m.start(), m.end(), kind, labelled ? m.group(1) : null));
    }

    private void accept(Candidate c) {
        String before = text.substring(segmentStart, c.start());
        boolean atStart = before.isBlank();
        switch (c.kind()) {
            case ACT -> {
                // In running text an act is cited in lower case after a word ("its resolution 5/8"); a heading
                // follows the end of a clause, a heading or the cover's symbol.
                String previous = lastWord(before);
                boolean inSentence = !previous.isEmpty() && Character.isLowerCase(previous.charAt(0));
                if (atStart || STOP_BEFORE.matcher(before).find() || headingLike(before) || !inSentence) {
                    cut(c.start(), Kind.ACT);
                    cut(c.end(), Kind.ACT);
                    resetNumbering();
                }
            }
            case COVER_SYMBOL -> {
                cut(c.start());
                cut(c.end());
            }
            case ARTICLE -> {
                if (atStart || STOP_BEFORE.matcher(before).find() || headingLike(before)) cut(c.start(), c.kind());
            }
            case NUMBERED_ACT -> {
                if (atStart || STOP_BEFORE.matcher(before).find() || before.strip().endsWith("]")) {
                    cut(c.start(), Kind.ACT);
                    resetNumbering();
                }
            }
            case OPENING -> {
                cut(c.start(), Kind.OPENING);
                cut(c.end(), Kind.OPENING);
                resetNumbering();
            }
            case PREAMBULAR, COVER -> cut(c.start(), c.kind());
            case DRAFT -> {
                // "…the following draft resolution for adoption by the General Assembly: Draft resolution I Title".
                if (atStart || STOP_BEFORE.matcher(before).find()) {
                    cut(c.start(), Kind.ACT);
                    cut(c.end(), Kind.ACT);
                    resetNumbering();
                }
            }
            case MEETING -> {
                // After the clause it ends; "adopted at its 62nd plenary meeting, on …" inside a clause stays.
                if (atStart || STOP_BEFORE.matcher(before).find()) cut(c.start(), Kind.COVER);
            }
            case ANNEX -> {
                if (atStart || STOP_BEFORE.matcher(before).find() || headingLike(before)) {
                    cut(c.start(), Kind.ANNEX);
                    // "Annex: Title" keeps its title on its line, as it was printed.
                    if (!text.substring(c.start(), c.end()).endsWith(":")) cut(c.end(), Kind.ANNEX);
                    resetNumbering();
                }
            }
            case CAPITAL -> {
                if (!atStart && words(before) >= 3 && !SENTENCE_STOP.matcher(before + " ").find()
                        && !FunctionWords.contains(lastWord(before))) {
                    cut(c.start(), Kind.CAPITAL);
                }
            }
            case NUMBER -> {
                int n = Integer.parseInt(c.label());
                if (n != 1 && n != lastNumber + 1) return;
                if (labelStarts(c, before, STOP_OR_COMMA_BEFORE)) {
                    lastNumber = n;
                    lastLetter = null;
                    lastRoman = null;
                }
            }
            case ITEM -> {
                String label = c.label();
                // "(i)" may be the letter after "(h)" or the first of roman items: either way an item starts, and
                // the letter after it is accepted as the next of "(h)" or of "(i)".
                boolean letter = label.equals("a") || (lastLetter != null && (next(lastLetter).equals(label)
                        || ("i".equals(next(lastLetter)) && next("i").equals(label))));
                boolean roman = label.equals("i") || (lastRoman != null && isRomanNext(lastRoman, label));
                if (!letter && !roman) return;
                if (labelStarts(c, before, ITEM_AFTER)) {
                    if (label.equals("i")) {
                        lastRoman = "i";
                    } else if (letter) {
                        lastLetter = label;
                        lastRoman = null;
                    } else {
                        lastRoman = label;
                    }
                }
            }
            case SECTION -> {
                String label = c.label();
                if (!sectionInSequence(label)) return;
                if (atStart || STOP_BEFORE.matcher(before).find()) {
                    cut(c.start(), Kind.SECTION);
                    lastSection = label;
                }
            }
        }
    }

    /**
     * A label opens a paragraph after the end of a clause, or after a heading that stands between the clause and the
     * label ("…; Other matters (x) States …"), which becomes a paragraph of its own.
     */
    private boolean labelStarts(Candidate c, String before, Pattern stop) {
        if (before.isBlank() || stop.matcher(before).find()) {
            cut(c.start(), c.kind());
            return true;
        }
        int heading = headingStart(before);
        if (heading < 0) return false;
        cut(segmentStart + heading);
        cut(c.start(), c.kind());
        return true;
    }

    /**
     * Where a heading begins in the text before a label, or -1: after the last sentence stop when the rest is
     * heading-short, else at the first word in the last {@value #MAX_HEADING_WORDS} words that starts a new phrase —
     * after a colon, or a capitalised word the text otherwise writes in lower case after a word that does not run on
     * into it ("… by the Conference of the Parties Use and role of …").
     */
    private int headingStart(String before) {
        // "Annex: Terms of reference …" is the annex's heading with its title, as printed.
        if (opener == Kind.ANNEX && before.strip().startsWith("Annex") && words(before) <= MAX_HEADING_WORDS
                && !SENTENCE_STOP.matcher(before + " ").find()) {
            return 0;
        }
        int stop = -1;
        Matcher s = SENTENCE_STOP.matcher(before + " ");
        while (s.find()) stop = s.end();
        int from = stop < 0 ? 0 : stop;
        String tail = before.substring(from);
        int split = phraseStart(tail);
        if (split >= 0) return from + split;
        int count = words(tail);
        if (stop >= 0 && count >= 1 && count <= MAX_HEADING_WORDS && startsCapital(tail)) {
            return from + leadingSpace(tail);
        }
        boolean afterHeading = opener == Kind.ANNEX || opener == Kind.SECTION || opener == Kind.ACT
                || opener == Kind.ARTICLE || opener == Kind.CAPITAL;
        if (stop < 0 && count <= MAX_HEADING_WORDS && segmentStart > 0 && afterHeading) return 0;
        return -1;
    }

    private int phraseStart(String tail) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(tail);
        while (w.find()) words.add(new int[] {w.start(), w.end()});
        int first = Math.max(1, words.size() - MAX_HEADING_WORDS);
        for (int i = first; i < words.size(); i++) {
            String word = tail.substring(words.get(i)[0], words.get(i)[1]);
            String prev = tail.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
            String between = tail.substring(words.get(i - 1)[1], words.get(i)[0]);
            if (!Character.isUpperCase(word.charAt(0))) continue;
            if (between.contains(":")) return words.get(i)[0];
            if (between.strip().isEmpty() && !FunctionWords.contains(prev) && !FunctionWords.contains(prev.toLowerCase(Locale.ROOT))
                    && word.length() > 1 && !word.equals(word.toUpperCase(Locale.ROOT))
                    && lowercase.getOrDefault(word.toLowerCase(Locale.ROOT), 0) > 0
                    && bigrams.getOrDefault(prev + " " + word, 0) < 2) {
                return words.get(i)[0];
            }
        }
        return -1;
    }

    private static String next(String letter) {
        if (letter.length() == 1) return letter.equals("z") ? "aa" : String.valueOf((char) (letter.charAt(0) + 1));
        return String.valueOf((char) (letter.charAt(0) + 1)).repeat(2);
    }

    private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv", "xv");

    private static boolean isRomanNext(String last, String letter) {
        int i = ROMANS.indexOf(last);
        return i >= 0 && i + 1 < ROMANS.size() && ROMANS.get(i + 1).equals(letter);
    }

    private static final List<String> UPPER_ROMANS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
            "X", "XI", "XII", "XIII", "XIV", "XV");

    private boolean sectionInSequence(String label) {
        if (label.equals("I") || label.equals("A")) return true;
        if (lastSection == null) return false;
        int i = UPPER_ROMANS.indexOf(lastSection);
        if (i >= 0 && i + 1 < UPPER_ROMANS.size() && UPPER_ROMANS.get(i + 1).equals(label)) return true;
        return label.length() == 1 && lastSection.length() == 1 && label.charAt(0) == lastSection.charAt(0) + 1;
    }

    private void resetNumbering() {
        lastNumber = 0;
        lastLetter = null;
        lastRoman = null;
    }

    private void cut(int at) {
        cut(at, Kind.COVER);
    }

    private void cut(int at, Kind kind) {
        cuts.add(at);
        if (at >= segmentStart) opener = kind;
        segmentStart = Math.max(segmentStart, at);
    }

    private boolean headingLike(String before) {
        int count = words(before);
        return count > 0 && count <= MAX_HEADING_WORDS && !SENTENCE_STOP.matcher(before + " ").find();
    }

    private static int words(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String lastWord(String s) {
        Matcher m = TOKEN.matcher(s);
        String last = "";
        while (m.find()) last = m.group();
        return last;
    }

    private static boolean startsCapital(String s) {
        String t = s.strip();
        return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || t.charAt(0) == '“' || t.charAt(0) == '"');
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }
}
