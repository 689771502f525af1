package org.untoc.kg.normalize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.TextShape;

/**
 * Text extracted from PDF: hard-wrapped lines, often a blank line after every line, running headers and footers,
 * indented paragraph starts, words broken in two and end-of-line hyphens. A paragraph starts at a labelled line
 * ("12.", "(a)", "II.", "A."), at an indented line after a finished sentence, or at a blank line when blank lines
 * are not mere double spacing.
 */
public final class PdfExtractNormalizer implements Normalizer {
    /** Above this share of blank lines inside sentences, blank lines are spacing, not paragraph breaks. */
    private static final double DOUBLE_SPACED = 0.2;
    private static final int MIN_CONTINUATIONS = 3;
    /** Headings and title lines stay under this many words; a running sentence cut by a page is longer. */
    private static final int SHORT_LINE_WORDS = 12;
    private static final int MAX_HEADING_WORDS = 25;
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^\\s*(?:\\d{1,3}\\.|[IVXL]{1,6}\\.|[A-Z]\\.|\\([a-z]{1,2}\\)|\\([ivx]{1,5}\\)|[ivx]{1,5}\\.)\\s+[\\p{Lu}\\d“\"‘'(].*");
    /** A small-roman label, "(ii)" or "ii.": an item, or the next member of a list running in the sentence. */
    private static final Pattern ROMAN_LABEL = Pattern.compile("^\\s*(?:\\([ivx]{1,5}\\)|[ivx]{1,5}\\.)\\s.*");
    /** Where a laid-out item may end and the next begin: after ";", ":", ".", or "; and" / "; or". */
    private static final Pattern ENDS_ITEM = Pattern.compile(
            "(?s).*(?:[.;:!?]|;\\s+(?:and|or))[”\"’')]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*\\s*$");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^\\s*\\d{1,3}\\.\\s.*");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\.?\\s*$");
    /** Words a number follows in running text. */
    private static final Set<String> NUMBER_INTRODUCERS = Set.of("article", "articles", "paragraph", "paragraphs",
            "para", "paras", "art", "arts", "resolution", "resolutions", "decision", "decisions", "no", "nos", "vol",
            "vols", "chap", "sect", "rule", "rules", "page", "pages", "footnote");
    /** A section heading ("IV. Organization …", "A. Opening …") is followed by a paragraph number, never continued. */
    private static final Pattern SECTION_HEADING = Pattern.compile("^(?:[IVXL]{1,6}|[A-Z])\\.\\s.*");
    /** Tab stops can leave a paragraph number alone on its line; the paragraph's text follows on the next. */
    private static final Pattern LABEL_ALONE = Pattern.compile(
            "^\\s*(?:\\d{1,3}\\.|[IVXL]{1,6}\\.|\\([a-z]{1,2}\\)|\\([ivx]{1,5}\\))\\s*$");
    private static final LineEnds ENDS_SENTENCE = new LineEnds(LineEnds.SENTENCE, LineEnds.QUOTES, true, true);
    private static final LineEnds ENDS_CLAUSE = new LineEnds(LineEnds.CLAUSE, LineEnds.QUOTES, true, true);
    /** Cover-page lines stand alone: they are not wrapped prose, and joining them would hide the date and symbol. */
    private static final Pattern COVER_LINE = Pattern.compile(
            "^\\s*(?:Distr\\.|Original:|Item \\d+ of|Agenda item|United Nations\\s+" + RunningHeaders.SYMBOL
                    + "|" + RunningHeaders.SYMBOL + "\\s*$).*");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*\\d{1,2} \\p{L}+ \\d{4}\\s*$");
    /** Table-of-contents lines have dot leaders and a page number; the headings come again in the body. */
    private static final Pattern CONTENTS_LINE = Pattern.compile(".*(?:\\.\\s?){4,}\\s*\\d{1,3}\\s*$");

    @Override
    public TextShape shape() {
        return TextShape.PDF_EXTRACT;
    }

    @Override
    public NormalizedText normalize(Path source, String text) {
        List<SourceLine> all = Lines.split(text);
        List<String> headers = new ArrayList<>();
        List<SourceLine> lines = new ArrayList<>();
        Set<Integer> afterPageBreak = new HashSet<>();
        boolean pageBreak = false;
        for (SourceLine line : all) {
            if (CONTENTS_LINE.matcher(line.text()).matches()) {
                continue;
            }
            if (!line.isBlank() && RunningHeaders.isHeaderOrFooter(line.text())) {
                if (!RunningHeaders.isLinkLine(line.text())) {
                    headers.add(Whitespace.collapse(line.text()));
                    pageBreak = true;
                }
            } else {
                lines.add(line);
                if (pageBreak && !line.isBlank()) {
                    afterPageBreak.add(line.number());
                    pageBreak = false;
                }
            }
        }
        lines = PlainDigitFootnotes.raise(lines);
        boolean blankIsBreak = !doubleSpaced(lines);
        WordRepair repair = new WordRepair(new Vocabulary(lines.stream().map(SourceLine::text).toList()));
        Map<String, Footnote> footnotes = new LinkedHashMap<>();
        List<RawParagraph> raws = new ArrayList<>();
        String current = null;
        int start = 0;
        boolean sawBlank = false;
        boolean previousWasCover = false;
        boolean starCited = false;
        FootnoteLine.Parsed pendingNote = null;
        int pendingNoteLine = 0;
        boolean notesSinceCurrent = false;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                sawBlank = true;
                continue;
            }
            FootnoteLine.Parsed note = FootnoteLine.parse(line.text(), starCited);
            starCited |= note == null && FootnoteLine.citesStar(line.text());
            if (note == null && pendingNote != null && footnoteContinues(pendingNote, line, sawBlank, blankIsBreak)) {
                pendingNote = new FootnoteLine.Parsed(pendingNote.marker(),
                        repair.joinLines(pendingNote.text(), repair.repairLine(line.text())));
                sawBlank = false;
                continue;
            }
            if (pendingNote != null) {
                Footnotes.add(footnotes, pendingNote, pendingNoteLine);
                pendingNote = null;
            }
            if (note != null) {
                pendingNote = new FootnoteLine.Parsed(note.marker(), repair.repairLine(note.text()));
                pendingNoteLine = line.number();
                // The paragraph stays open across notes printed at a page's foot: the text after the page break
                // may go on with it. Anywhere else notes end it (see below).
                notesSinceCurrent = current != null;
                sawBlank = false;
                continue;
            }
            if (notesSinceCurrent && !afterPageBreak.contains(line.number())) {
                raws.add(new RawParagraph(current, start, 0));
                current = null;
            }
            notesSinceCurrent = false;
            if (afterPageBreak.contains(line.number()) && current != null) {
                // The gap around a running header is no paragraph break: a sentence cut by the page goes on.
                sawBlank = blankIsBreak && (ENDS_SENTENCE.test(current) || shortLine(current));
            }
            String repaired = repair.repairLine(line.text());
            boolean cover = COVER_LINE.matcher(line.text()).matches();
            boolean dateOfDistr = previousWasCover && current != null && current.startsWith("Distr")
                    && DATE_LINE.matcher(line.text()).matches();
            boolean startsParagraph = current == null || cover || (previousWasCover && !dateOfDistr)
                    || (blankIsBreak && sawBlank)
                    || (LABEL_LINE.matcher(line.text()).matches() && !numberContinuesSentence(current, line.text())
                        && !romanContinuesSentence(current, line.text()))
                    || LABEL_ALONE.matcher(line.text()).matches()
                    // Preambular clauses end with a comma: an indented capitalised line after one starts the next.
                    || (indented(line.text()) && !Character.isLowerCase(repaired.charAt(0))
                        && (ENDS_CLAUSE.test(current) || headingLength(current)));
            if (startsParagraph) {
                if (current != null) {
                    raws.add(new RawParagraph(current, start, 0));
                }
                current = repaired;
                start = line.number();
            } else {
                current = repair.joinLines(current, repaired);
            }
            sawBlank = false;
            previousWasCover = cover;
        }
        if (current != null) {
            raws.add(new RawParagraph(current, start, 0));
        }
        if (pendingNote != null) {
            Footnotes.add(footnotes, pendingNote, pendingNoteLine);
        }
        return new NormalizedText(source, shape(), ParagraphAssembler.assemble(raws), footnotes, headers);
    }

    /**
     * A wrap can put a number at the start of a line ("… its article" / "19. In this regard"); it is no
     * paragraph number when the line before stops on a word that a number follows, or on a function word.
     */
    private static boolean numberContinuesSentence(String current, String line) {
        if (current == null || !NUMBER_LABEL.matcher(line).matches() || ENDS_SENTENCE.test(current)
                || SECTION_HEADING.matcher(current).matches()) {
            return false;
        }
        Matcher last = LAST_WORD.matcher(current);
        return last.find() && (FunctionWords.contains(last.group(1))
                || NUMBER_INTRODUCERS.contains(last.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * Layout tells a roman item from a list running in a sentence ("namely (i) extradition, (ii) mutual legal
     * assistance"): a wrap can put "(ii)" at the start of a line, but a laid-out item only follows the end of an
     * item or of the clause introducing the list (";", ":", "."), or a short heading line.
     */
    private static boolean romanContinuesSentence(String current, String line) {
        return current != null && ROMAN_LABEL.matcher(line).matches() && !ENDS_ITEM.matcher(current).matches()
                && !shortLine(current);
    }

    /** A footnote runs on over wrapped lines until a blank line (or, double-spaced, until it ends a sentence). */
    private static boolean footnoteContinues(FootnoteLine.Parsed note, SourceLine line, boolean sawBlank,
                                             boolean blankIsBreak) {
        if (LABEL_LINE.matcher(line.text()).matches()) {
            return false;
        }
        return blankIsBreak ? !sawBlank : !ENDS_SENTENCE.test(note.text());
    }

    /** A title or heading line ("Resolution 8/2", "Annex II"), not a sentence that runs on. */
    private static boolean shortLine(String text) {
        return text.split(" ").length <= SHORT_LINE_WORDS;
    }

    /** Short enough for a title or heading that an indented line after it starts something new. */
    private static boolean headingLength(String text) {
        return text.split(" ").length <= MAX_HEADING_WORDS;
    }

    private static boolean indented(String line) {
        return !line.isEmpty() && Character.isWhitespace(line.charAt(0));
    }

    /**
     * Blank lines are mere spacing when sentences run on across them: many lines before a blank stop on a function
     * word or go on in lower case. Headings also lack a full stop, so lines without one are not evidence enough,
     * and counting blank-followed lines alone would mistake a text of one-line paragraphs for double spacing.
     */
    private static boolean doubleSpaced(List<SourceLine> lines) {
        int blankFollowed = 0;
        int runOn = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).isBlank() || !lines.get(i + 1).isBlank()) {
                continue;
            }
            blankFollowed++;
            String text = lines.get(i).text().strip();
            if (ENDS_CLAUSE.test(text)) {
                continue;
            }
            Matcher last = LAST_WORD.matcher(text);
            boolean onFunctionWord = last.find() && FunctionWords.contains(last.group(1));
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) j++;
            String next = j < lines.size() ? lines.get(j).text().strip() : "";
            if (onFunctionWord || (!next.isEmpty() && Character.isLowerCase(next.charAt(0)))) runOn++;
        }
        return runOn >= Math.max(MIN_CONTINUATIONS, blankFollowed * DOUBLE_SPACED);
    }



}
