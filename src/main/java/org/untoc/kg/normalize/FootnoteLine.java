package org.untoc.kg.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.read.Superscripts;

/** Recognises a line that is a footnote: "¹ text", "<sup>1</sup> text", "[^1]: text", "\* text". */
final class FootnoteLine {
    /** Marker and raw text of a footnote line. */
    record Parsed(String marker, String text) {}

    private static final Pattern SUPERSCRIPT = Pattern.compile("^\\s*(" + Superscripts.CLASS + "+)\\s*(\\S.*)$");
    private static final Pattern SUP = Pattern.compile("^\\s*<sup>\\s*([^<\\s]+)\\s*</sup>\\s*(\\S.*)$");
    private static final Pattern CARET = Pattern.compile("^\\s*\\[\\^([^\\]]+)\\]:\\s*(\\S.*)$");
    private static final Pattern ESCAPED_STARS = Pattern.compile("^\\s*((?:\\\\\\*)+)\\s+(\\S.*)$");

    private static final Pattern PLAIN_STARS = Pattern.compile("^\\s*(\\*{1,3})\\s+(\\S.*)$");

    private FootnoteLine() {}

    /**
     * As {@link #parse}, and in plain and PDF text also "* text" — but only once a star marker was cited, since
     * "* text" is otherwise a bullet.
     */
    static Parsed parse(String line, boolean starCited) {
        Parsed parsed = parse(line);
        if (parsed == null && starCited) {
            Matcher m = PLAIN_STARS.matcher(line);
            if (m.matches()) return new Parsed(m.group(1), m.group(2));
        }
        return parsed;
    }

    /** Whether the line cites a footnote marked with asterisks ("agenda*"). */
    static boolean citesStar(String line) {
        return line.indexOf('*') >= 0 && InlineMarkup.clean(line).markers().stream().anyMatch(m -> m.startsWith("*"));
    }

    /** The footnote on this line, or null when it is not a footnote line. */
    static Parsed parse(String line) {
        Matcher m = SUPERSCRIPT.matcher(line);
        if (m.matches()) {
            return new Parsed(Superscripts.toDigits(m.group(1)), m.group(2));
        }
        m = SUP.matcher(line);
        if (m.matches()) {
            return new Parsed(m.group(1), m.group(2));
        }
        m = CARET.matcher(line);
        if (m.matches()) {
            return new Parsed(m.group(1), m.group(2));
        }
        m = ESCAPED_STARS.matcher(line);
        if (m.matches()) {
            return new Parsed("*".repeat(m.group(1).length() / 2), m.group(2));
        }
        return null;
    }
}
