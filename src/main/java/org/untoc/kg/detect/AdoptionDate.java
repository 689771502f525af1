package org.untoc.kg.detect;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.normalize.Paragraph;

/**
 * The day an act's own text says it was adopted. UN acts state it in two places: the line printed over a General
 * Assembly or Economic and Social Council resolution ("Resolution adopted by the General Assembly on 18 December
 * 2027"), and the meeting line at the foot of its operative part ("62nd plenary meeting" / "15 November 2000").
 * Neither is the issue date of the document ("Distr.: General 8 January 2001"), which is a later day.
 */
final class AdoptionDate {
    private static final String DATE = "(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})";
    /** The line over the act, at the start of its paragraph (a flattened text may run on after the date). */
    private static final Pattern ADOPTED_ON = Pattern.compile(
            "^(?:Resolution|Decision)s?\\s+adopted\\s+by\\s+the\\s+[\\p{L}\\s,'’-]{3,120}?\\s+on\\s+" + DATE + "\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * The meeting line, ending its paragraph: alone, or run onto the end of the last operative paragraph in a text
     * that lost its line breaks. A clause that mentions a meeting goes on after the date, so it never ends so.
     */
    private static final Pattern MEETING_LINE = Pattern.compile(
            "(?:^|[.;:]\\s+)\\d{1,3}(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting\\s*,?\\s*" + DATE + "\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private AdoptionDate() {}

    /**
     * The ISO date an act's paragraphs state it was adopted on: the line over it, within its first {@code head}
     * paragraphs, else the first meeting line; null when neither is there.
     */
    static String of(List<Paragraph> paragraphs, int head) {
        for (Paragraph p : paragraphs.subList(0, Math.min(head, paragraphs.size()))) {
            String date = date(ADOPTED_ON.matcher(p.text().strip()));
            if (date != null) {
                return date;
            }
        }
        for (Paragraph p : paragraphs) {
            String date = date(MEETING_LINE.matcher(p.text()));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** "15 November 2000" as 2000-11-15; null when the text is no date. */
    static String iso(String dayMonthYear) {
        try {
            return LocalDate.parse(dayMonthYear.replaceAll("\\s+", " "), FORMAT).toString();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String date(Matcher m) {
        return m.find() ? iso(m.group(1)) : null;
    }
}
