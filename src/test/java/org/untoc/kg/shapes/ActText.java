package org.untoc.kg.shapes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.read.Superscripts;

/**
 * A clean act text as the shape renderers see it: its blocks (paragraphs and headings, in order) and its notes, each
 * with inline emphasis and footnote markers kept as neutral marks, so that every shape can print them its own way.
 * Read from the corpus's Markdown or blank-line plain text; a paragraph that a footnote block cut in two is joined
 * again (the renderers decide where notes go).
 */
public record ActText(List<Block> blocks, List<Note> notes) {
    /** Emphasis toggles and a footnote marker's bounds, in the private-use area. */
    static final char EM = '\uE010';
    static final char STRONG = '\uE011';
    static final char MARK_OPEN = '\uE012';
    static final char MARK_CLOSE = '\uE013';
    static final Pattern MARK = Pattern.compile(MARK_OPEN + "([^" + MARK_CLOSE + "]+)" + MARK_CLOSE);

    /** A paragraph or heading; {@code level} is the Markdown heading level, 0 for a paragraph. */
    public record Block(String text, int level) {}

    /** A footnote: its marker ("1", "*") and its text. */
    public record Note(String marker, String text) {}

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern NOTE_SUP = Pattern.compile("^\\s*<sup>\\s*([^<\\s]+)\\s*</sup>\\s*(\\S.*)$");
    private static final Pattern NOTE_SUPERSCRIPT = Pattern.compile("^\\s*(" + Superscripts.CLASS + "+)\\s*(\\S.*)$");
    private static final Pattern NOTE_CARET = Pattern.compile("^\\s*\\[\\^([^\\]]+)\\]:\\s*(\\S.*)$");
    private static final Pattern NOTE_STARS = Pattern.compile("^\\s*((?:\\\\\\*)+)\\s+(\\S.*)$");
    private static final Pattern ITEM_LINE = Pattern.compile(
            "^\\s*(?:\\([a-z]{1,2}\\)|\\([ivx]{1,5}\\)|[ivx]{1,5}\\.)\\s+[\\p{Lu}\\d“\"‘'(].*");
    private static final Pattern ENDS_ITEM = Pattern.compile(
            ".*(?:[.;:!?]|;\\s+(?:and|or))[”\"’')]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:<sup>[^<]*</sup>)*\\s*$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.;:!?,”\"’')\\]]$");

    public static ActText read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    static ActText parse(String source) {
        List<Block> blocks = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean cutByNotes = false;
        String previous = "";
        for (String line : (source.replace("\r\n", "\n") + "\n").split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            Note note = note(line);
            // Items set one per line ("(a) To consider:" / "(i) Using …;") are paragraphs, as the normalizer reads them.
            boolean item = !paragraph.isEmpty() && ITEM_LINE.matcher(line).matches()
                    && ENDS_ITEM.matcher(previous).matches();
            boolean ends = line.isBlank() || heading.matches() || RULE.matcher(line).matches() || note != null || item;
            previous = line;
            if (ends && !paragraph.isEmpty()) {
                add(blocks, new Block(inline(paragraph.toString()), 0), cutByNotes);
                cutByNotes = false;
                paragraph.setLength(0);
            }
            if (note != null) {
                notes.add(note);
                cutByNotes = true;
            } else if (heading.matches()) {
                blocks.add(new Block(inline(heading.group(2)), heading.group(1).length()));
                cutByNotes = false;
            }
            if (item || !ends && note == null && !heading.matches()) {
                if (!paragraph.isEmpty()) paragraph.append(' ');
                paragraph.append(line.strip());
            }
        }
        return new ActText(List.copyOf(blocks), List.copyOf(notes));
    }

    /** A paragraph that goes on, in lower case, after notes that cut its previous part: one paragraph again. */
    private static void add(List<Block> blocks, Block block, boolean afterNotes) {
        if (afterNotes && !blocks.isEmpty()) {
            Block last = blocks.get(blocks.size() - 1);
            String plain = plain(block.text());
            if (last.level() == 0 && !plain.isEmpty() && Character.isLowerCase(plain.charAt(0))
                    && !ENDS_SENTENCE.matcher(plain(last.text())).matches()) {
                blocks.set(blocks.size() - 1, new Block(last.text() + " " + block.text(), 0));
                return;
            }
        }
        blocks.add(block);
    }

    private static Note note(String line) {
        Matcher m = NOTE_SUP.matcher(line);
        if (m.matches()) return new Note(m.group(1), inline(m.group(2)));
        m = NOTE_SUPERSCRIPT.matcher(line);
        if (m.matches()) return new Note(Superscripts.toDigits(m.group(1)), inline(m.group(2)));
        m = NOTE_CARET.matcher(line);
        if (m.matches()) return new Note(m.group(1), inline(m.group(2)));
        m = NOTE_STARS.matcher(line);
        if (m.matches()) return new Note("*".repeat(m.group(1).length() / 2), inline(m.group(2)));
        return null;
    }

    /** Markdown inline markup to neutral marks; links become their text, escapes their character. */
    static String inline(String md) {
        String s = md.replaceAll("\\[([^\\]]*)\\]\\([^)\\s]*\\)", "$1");
        s = s.replaceAll("[ \\t]*<sup>\\s*([^<]*?)\\s*</sup>", MARK_OPEN + "$1" + MARK_CLOSE);
        s = s.replaceAll("[ \\t]*\\[\\^([^\\]]+)\\]", MARK_OPEN + "$1" + MARK_CLOSE);
        Matcher sup = Pattern.compile("(?<=\\S)[ \\t]?(" + Superscripts.CLASS + "+)").matcher(s);
        s = sup.replaceAll(m -> MARK_OPEN + Superscripts.toDigits(m.group(1)) + MARK_CLOSE);
        s = s.replaceAll("(?<=[\\p{L}\\p{N}.,;:)”\"’])\\\\\\*", MARK_OPEN + "*" + MARK_CLOSE);
        s = s.replace("\\*", "\uE014");
        s = s.replace("***", "" + STRONG + EM).replace("**", String.valueOf(STRONG)).replace("*", String.valueOf(EM));
        s = s.replace('\uE014', '*');
        s = s.replaceAll("\\\\([\\\\`_{}\\[\\]()#+\\-.!>|~])", "$1");
        s = s.replace("&nbsp;", " ").replace("&amp;", "&");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Text without emphasis; markers printed by {@code marker}. */
    static String plain(String text, java.util.function.Function<String, String> marker) {
        String s = text.replace(String.valueOf(EM), "").replace(String.valueOf(STRONG), "");
        return MARK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(marker.apply(m.group(1))));
    }

    /** Text without emphasis or markers. */
    static String plain(String text) {
        return plain(text, m -> "");
    }

    /** The act's whole text as plain paragraphs, markers as Unicode superscripts, notes at the end. */
    public String clean() {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) out.append(plain(b.text(), ActText::superscript)).append("\n\n");
        for (Note n : notes) out.append(superscript(n.marker())).append(' ').append(plain(n.text(), ActText::superscript))
                .append("\n\n");
        return out.toString();
    }

    static String superscript(String marker) {
        return marker.matches("[0-9]+") ? Superscripts.toSuperscript(marker) : marker;
    }
}
