package org.untoc.kg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.read.Superscripts;

/**
 * Gives a text whose layout says nothing about its paragraphs a layout: a hard-wrapped text without blank lines
 * (what most PDF-to-text tools give) and a text flattened to one line (copied from a PDF viewer or a web page).
 * Both are reduced to the same thing — running text with its footnotes set apart and its page furniture removed —
 * and {@link ClauseBoundaries} finds the paragraphs in that, so the two shapes give the same paragraphs by
 * construction. A text that separates its paragraphs by blank lines is left as it is: its layout wins.
 *
 * <p>The result is plain text, one paragraph a block separated by blank lines, each footnote a line of its own
 * opening with its superscript marker, which the plain normalizer reads.
 */
public final class LayoutRecovery {
    /** A text of at most this many lines, one of them longer than {@link #FLAT_LENGTH}, is flattened. */
    private static final int FLAT_LINES = 3;
    private static final int FLAT_LENGTH = 300;
    /** Enough lines to judge a wrap, and lines short enough to be a wrap rather than a paragraph each. */
    private static final int MIN_WRAPPED_LINES = 5;
    private static final int WRAP_WIDTH = 130;
    /** Fewer blank-line breaks than one in this many text lines: blank lines are not the layout. */
    private static final int BLANK_SHARE = 12;
    /** Share of lines that a sentence runs on from, above which lines are a wrap, not paragraphs. */
    private static final double MID_SENTENCE = 0.1;
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s*$");
    private static final LineEnds ENDS_SENTENCE = new LineEnds(LineEnds.SENTENCE, LineEnds.QUOTES_AND_BRACKET, false, true);
    private static final LineEnds ENDS_CLAUSE = new LineEnds(LineEnds.CLAUSE, LineEnds.QUOTES_AND_BRACKET, true, true);
    /** A footnote standing in running text: a marker set apart by spaces, then a capital, a quote or a digit. */
    private static final Pattern DETACHED_MARKER = Pattern.compile(
            "(?<=^|\\s)(" + Superscripts.CLASS + "{1,3})\\s+(?=[\\p{Lu}“\"‘(\\d])");
    /** Where a footnote that stood at the foot of a page ends and the page's text goes on in lower case. */
    private static final Pattern NOTE_END = Pattern.compile("[.;]\\s+(?=\\p{Ll})");

    private LayoutRecovery() {}

    private enum Kind { LAID_OUT, FLATTENED, HARD_WRAPPED }

    /** The text's lines less page furniture and blank lines, and what its layout is. */
    private record Reading(List<SourceLine> textLines, Kind kind) {}

    /** Whether the text's own layout does not separate its paragraphs. */
    public static boolean layoutFree(String text) {
        return read(text).kind() != Kind.LAID_OUT;
    }

    /** The text with paragraphs recovered, or null when its own layout separates its paragraphs. */
    public static String recover(String text) {
        Reading r = read(text);
        return switch (r.kind()) {
            case LAID_OUT -> null;
            case FLATTENED -> layOut(String.join(" ", r.textLines().stream().map(SourceLine::text).toList()),
                    new ArrayList<>());
            case HARD_WRAPPED -> unwrap(r.textLines());
        };
    }

    private static Reading read(String text) {
        List<SourceLine> lines = new ArrayList<>();
        for (SourceLine line : Lines.split(text)) {
            if (!PageFurniture.isFurnitureLine(line.text())) lines.add(line);
        }
        List<SourceLine> textLines = lines.stream().filter(l -> !l.isBlank()).toList();
        Kind kind = textLines.isEmpty() ? Kind.LAID_OUT
                : flattened(textLines) ? Kind.FLATTENED
                : hardWrapped(lines, textLines) ? Kind.HARD_WRAPPED : Kind.LAID_OUT;
        return new Reading(textLines, kind);
    }

    private static boolean flattened(List<SourceLine> textLines) {
        return textLines.size() <= FLAT_LINES && textLines.stream().anyMatch(l -> l.text().length() > FLAT_LENGTH);
    }

    /** Short lines, most stopping mid-sentence, and (almost) no blank line between them. */
    private static boolean hardWrapped(List<SourceLine> lines, List<SourceLine> textLines) {
        if (textLines.size() < MIN_WRAPPED_LINES) return false;
        int blankBreaks = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && lines.get(i - 1).isBlank()) blankBreaks++;
        }
        if (blankBreaks * BLANK_SHARE >= textLines.size()) return false;
        int shortLines = 0;
        int runOn = 0;
        for (int i = 0; i < textLines.size(); i++) {
            String line = textLines.get(i).text().strip();
            if (line.length() <= WRAP_WIDTH) shortLines++;
            if (i + 1 < textLines.size() && runsOn(line, textLines.get(i + 1).text().strip())) runOn++;
        }
        return shortLines >= textLines.size() * 0.9 && runOn >= Math.max(2, textLines.size() * MID_SENTENCE);
    }

    /**
     * A sentence cut by the wrap: the line stops without punctuation and the next goes on in lower case, or the line
     * stops on a word that cannot end a sentence. A heading followed by a capitalised line does not count, so a text
     * of one paragraph a line is not taken for a wrap.
     */
    private static boolean runsOn(String line, String next) {
        if (line.isEmpty() || next.isEmpty() || ENDS_CLAUSE.test(line)) return false;
        if (Character.isLowerCase(next.charAt(0))) return true;
        Matcher last = LAST_WORD.matcher(line);
        return last.find() && FunctionWords.contains(last.group(1));
    }

    /**
     * Sets the footnotes at the feet of the pages apart (PDF text loses their raised markers: see
     * {@link PlainDigitFootnotes}), joins the remaining lines into running text, and lays that out.
     */
    private static String unwrap(List<SourceLine> textLines) {
        List<SourceLine> lines = PlainDigitFootnotes.raise(textLines);
        WordRepair repair = new WordRepair(new Vocabulary(lines.stream().map(SourceLine::text).toList()));
        List<String> notes = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        String note = null;
        boolean starCited = false;
        for (SourceLine line : lines) {
            FootnoteLine.Parsed parsed = FootnoteLine.parse(line.text(), starCited);
            starCited |= parsed == null && FootnoteLine.citesStar(line.text());
            if (parsed != null) {
                if (note != null) notes.add(note);
                note = Superscripts.toSuperscript(parsed.marker()) + " " + repair.repairLine(parsed.text());
                continue;
            }
            String repaired = repair.repairLine(line.text());
            if (note != null && !ENDS_SENTENCE.test(note)) {
                note = repair.joinLines(note, repaired);
                continue;
            }
            if (note != null) {
                notes.add(note);
                note = null;
            }
            if (body.isEmpty()) body.append(repaired);
            else {
                String joined = repair.joinLines(body.toString(), repaired);
                body.setLength(0);
                body.append(joined);
            }
        }
        if (note != null) notes.add(note);
        return layOut(body.toString(), notes);
    }

    /**
     * Lays out running text: inline furniture out, footnotes standing in the text (a detached marker and its text)
     * set apart, then one paragraph per block.
     */
    private static String layOut(String running, List<String> notes) {
        String text = Whitespace.collapse(PageFurniture.stripInline(running));
        StringBuilder body = new StringBuilder();
        Matcher m = DETACHED_MARKER.matcher(text);
        int from = 0;
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            body.append(text, from, start);
            String note = text.substring(start, end).strip();
            // A note printed at the foot of a page, then the page's text going on: the text goes back to the body.
            Matcher back = NOTE_END.matcher(note);
            if (back.find()) {
                body.append(' ').append(note.substring(back.end()));
                note = note.substring(0, back.end()).strip();
            }
            notes.add(note);
            from = end;
        }
        body.append(text.substring(from));
        StringBuilder out = new StringBuilder();
        for (String paragraph : ClauseBoundaries.split(Whitespace.collapse(body.toString()))) {
            out.append(paragraph).append("\n\n");
        }
        for (String note : notes) {
            out.append(note.strip()).append("\n\n");
        }
        return out.toString();
    }
}
