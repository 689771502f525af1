package org.untoc.kg.extract.entity;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of days as UN texts write it: "25 and 26 March 2021", "from 23 to 27 May 2022", "15, 16 and 18 October
 * 2012", "19-21 October 2016", "30 September to 2 October 2020", "26 February 2021".
 *
 * @param start  first day
 * @param end    last day (equal to start for one day)
 * @param from   start offset of the phrase in the text searched
 * @param to     end offset of the phrase
 */
public record DateSpan(LocalDate start, LocalDate end, int from, int to) {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern SPAN = Pattern.compile(
            "\\b(\\d{1,2})(?:\\s+" + MONTH + "(?:\\s+(\\d{4}))?)?"
            + "(?:(?:\\s*,\\s*\\d{1,2})*\\s*(?:,\\s*)?(?:and|to|-|–|—)\\s*(\\d{1,2}))?"
            + "\\s+" + MONTH + "\\s+(\\d{4})\\b");

    /** Every span in {@code text}, in order. */
    public static List<DateSpan> findAll(String text) {
        List<DateSpan> out = new ArrayList<>();
        Matcher m = SPAN.matcher(text);
        while (m.find()) {
            try {
                int y2 = Integer.parseInt(m.group(6));
                Month m2 = Month.valueOf(m.group(5).toUpperCase(Locale.ROOT));
                int d1 = Integer.parseInt(m.group(1));
                LocalDate end;
                LocalDate start;
                if (m.group(4) != null) {
                    end = LocalDate.of(y2, m2, Integer.parseInt(m.group(4)));
                    Month m1 = m.group(2) == null ? m2 : Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                    int y1 = m.group(3) == null ? (m1.compareTo(m2) > 0 ? y2 - 1 : y2) : Integer.parseInt(m.group(3));
                    start = LocalDate.of(y1, m1, d1);
                } else if (m.group(2) != null) {
                    continue; // "5 May 2020 2021" is no span; a lone month before the final one cannot be a range
                } else {
                    start = LocalDate.of(y2, m2, d1);
                    end = start;
                }
                if (end.isBefore(start)) continue;
                out.add(new DateSpan(start, end, m.start(), m.end()));
            } catch (java.time.DateTimeException e) {
                // "31 June": not a date; skip rather than guess
            }
        }
        return out;
    }
}
