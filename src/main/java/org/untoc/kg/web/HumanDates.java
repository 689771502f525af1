package org.untoc.kg.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates as the UN writes them ("18 October 2006"), for pages; the ISO form stays in {@code <time datetime>}. */
final class HumanDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private HumanDates() {}

    /** An ISO date (or year-month) written out; anything else as it is. */
    static String of(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(iso).format(DAY);
            }
            if (iso.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(iso).format(MONTH);
            }
        } catch (DateTimeParseException e) {
            // Not a real date (e.g. 2006-02-30): shown as stated.
        }
        return iso;
    }

    /** Whether {@link #of} writes this value out. */
    static boolean isDate(String iso) {
        return iso != null && !of(iso).equals(iso);
    }
}
