package org.untoc.kg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans raw paragraphs and rejoins a paragraph that a page break or a footnote block cut in two: the first part
 * stops mid-sentence (no closing punctuation, or on a function word) and the second starts in lower case or
 * continues a sentence that stopped on a function word.
 */
final class ParagraphAssembler {
    private static final LineEnds ENDS_SENTENCE = new LineEnds(LineEnds.SENTENCE, LineEnds.QUOTES_AND_BRACKET, false, false);
    private static final Pattern LABEL_START = Pattern.compile(
            "^(?:\\(?[a-z]{1,2}\\)|\\(?[ivx]{1,5}\\)|\\d{1,3}\\.|[IVXL]{1,6}\\.|[A-Z]\\.)\\s.*");
    private static final int MIN_SENTENCE_WORDS = 5;
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)$");

    private ParagraphAssembler() {}

    static List<Paragraph> assemble(List<RawParagraph> raws) {
        List<Paragraph> out = new ArrayList<>();
        for (RawParagraph raw : raws) {
            InlineMarkup.Cleaned cleaned = InlineMarkup.clean(raw.text());
            if (cleaned.text().isEmpty() && cleaned.markers().isEmpty()) {
                continue;
            }
            Paragraph current = new Paragraph(cleaned.text(), cleaned.markers(), raw.line(), raw.headingLevel(),
                    cleaned.lead());
            if (!out.isEmpty() && continues(out.get(out.size() - 1), current)) {
                Paragraph previous = out.remove(out.size() - 1);
                List<String> notes = new ArrayList<>(previous.footnotes());
                notes.addAll(current.footnotes());
                current = new Paragraph(previous.text() + " " + current.text(), notes, previous.line(),
                        previous.headingLevel(), previous.lead());
            }
            out.add(current);
        }
        return out;
    }

    /** Whether next is the rest of a paragraph that previous began. */
    static boolean continues(Paragraph previous, Paragraph next) {
        if (previous.markedAsHeading() || next.markedAsHeading() || next.text().isEmpty()) {
            return false;
        }
        String prev = previous.text();
        if (prev.isEmpty() || ENDS_SENTENCE.test(prev) || LABEL_START.matcher(next.text()).matches()) {
            return false;
        }
        char first = next.text().charAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        var last = LAST_WORD.matcher(prev);
        // A cut after a function word: only for a real sentence, not a short line such as a heading.
        return last.find() && FunctionWords.contains(last.group(1)) && prev.split(" ").length >= MIN_SENTENCE_WORDS;
    }
}
