package org.untoc.kg.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.untoc.kg.normalize.LineEnds;
import org.untoc.kg.normalize.Paragraph;

/**
 * The front matter of a report or paper: the paragraphs before its first numbered heading or paragraph
 * ("I. Introduction", "1."). Its title is the last heading-like paragraph there that is not the issuing body,
 * the meeting's name, place and date, or the agenda item's title.
 */
public final class FrontMatter {
    private static final Pattern NUMBERED = Pattern.compile("^(?:[IVXL]+\\.|\\d+\\.)\\s.*");
    private static final Pattern NOT_TITLE = Pattern.compile(
            "(?i)^(?:Distr\\.|Original:|Item \\d|Agenda item|Conference of the|Working Group (?:on|of) [\\p{L} ]+$"
                    + "|.*prepared by the Secretariat|Note by the Secretariat|[\\p{L} ]+, \\d{1,2}[-–]?\\d{0,2} \\p{L}+ \\d{4}$"
                    + "|[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.]+)+$)");
    private static final Pattern AGENDA_ITEM = Pattern.compile("(?i)^(?:Item \\d+|Agenda item \\d+).*");
    private static final LineEnds ENDS_CLAUSE = new LineEnds(LineEnds.CLAUSE, "", false, false);

    private FrontMatter() {}

    /** Paragraphs before the first numbered one. */
    public static List<Paragraph> of(List<Paragraph> paragraphs) {
        List<Paragraph> front = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (NUMBERED.matcher(p.text()).matches()) {
                break;
            }
            front.add(p);
        }
        return front;
    }

    /** The document's title as printed in the front matter, or null. */
    public static String title(List<Paragraph> paragraphs) {
        List<Paragraph> front = of(paragraphs);
        String title = null;
        boolean afterAgendaItem = false;
        for (Paragraph p : front) {
            String t = p.text();
            boolean candidate = !NOT_TITLE.matcher(t).matches() && !ENDS_CLAUSE.test(t)
                    && t.split(" ").length >= 3 && !afterAgendaItem;
            afterAgendaItem = AGENDA_ITEM.matcher(t).matches();
            if (candidate) {
                title = t;
            }
        }
        return title;
    }

    /** Line of the paragraph holding the title, 0 if none. */
    public static int titleLine(List<Paragraph> paragraphs, String title) {
        if (title == null) return 0;
        for (Paragraph p : paragraphs) {
            if (p.text().equals(title)) return p.line();
        }
        return 0;
    }
}
