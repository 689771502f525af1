package org.untoc.kg.structure;

import java.util.regex.Pattern;
import org.untoc.kg.normalize.LineEnds;
import org.untoc.kg.normalize.Paragraph;

/** Judgements about single paragraphs shared by the structure parsers. */
final class Shapes {
    private static final LineEnds ENDS_CLAUSE = new LineEnds(LineEnds.CLAUSE, LineEnds.QUOTES_AND_BRACKET, false, false);
    /** A heading is a line, not a paragraph; UN topic headings stay under this many words. */
    private static final int MAX_HEADING_WORDS = 40;
    private static final Pattern ANNEX = Pattern.compile(
            "^(Annex(?:\\s+([IVXL]{1,6}|\\d{1,2}|[A-Z]))?)\\s*(?:\\.?|[.:–—-]\\s+(\\p{Lu}[^.;:]*))$",
            Pattern.CASE_INSENSITIVE);

    private Shapes() {}

    /** Whether the text ends like a sentence or clause (not like a heading). */
    static boolean endsSentence(String text) {
        return ENDS_CLAUSE.test(text);
    }

    /** An unlabelled paragraph that reads as a heading: marked so, or short, capitalised and unpunctuated. */
    static boolean headingLike(Paragraph p) {
        if (p.markedAsHeading()) return true;
        String t = p.text();
        return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)))
                && !endsSentence(t) && t.split(" ").length <= MAX_HEADING_WORDS;
    }

    /** The annex number ("I", "2"), "" for a single unnumbered annex, or null when the text is no annex heading. */
    static String annexNumber(String text) {
        var m = ANNEX.matcher(text.strip());
        if (!m.matches()) return null;
        return m.group(2) == null ? "" : m.group(2);
    }

    /** "Annex I" of "Annex I. Recommendations …", or the whole text when it has no title on the same line. */
    static String annexLabel(String text) {
        var m = ANNEX.matcher(text.strip());
        return m.matches() ? m.group(1) : text.strip();
    }

    /** The title printed on the annex's own line ("Annex I: Recommendations …"), or null. */
    static String annexInlineTitle(String text) {
        var m = ANNEX.matcher(text.strip());
        return m.matches() && m.group(3) != null ? m.group(3).strip() : null;
    }
}
