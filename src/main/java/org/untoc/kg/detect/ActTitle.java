package org.untoc.kg.detect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title line of an act: "Resolution 11/1", "Decision 3/2", "Resolution 11/1. Title", or the General Assembly's
 * "55/25. Title" (always a resolution).
 *
 * @param kind    "resolution" or "decision"
 * @param number  "11/1"
 * @param title   a title printed on the same line, or null
 */
public record ActTitle(String kind, String number, String title) {
    private static final Pattern NAMED = Pattern.compile(
            "^(Resolution|Decision)\\s+(\\d{1,4}/\\d{1,4})\\s*(?:[.:]\\s*(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_ONLY = Pattern.compile("^(\\d{1,4}/\\d{1,4})\\.\\s+(\\p{Lu}.*)$");

    /** The act title on this line, or null. */
    public static ActTitle parse(String line) {
        String s = line.strip();
        Matcher m = NAMED.matcher(s);
        if (m.matches()) {
            String title = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
            return new ActTitle(m.group(1).toLowerCase(Locale.ROOT), m.group(2), title);
        }
        m = NUMBER_ONLY.matcher(s);
        if (m.matches()) {
            return new ActTitle("resolution", m.group(1), m.group(2).strip());
        }
        return null;
    }

    /** The label as printed without a title: "Resolution 11/1". */
    public String label() {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + number;
    }
}
