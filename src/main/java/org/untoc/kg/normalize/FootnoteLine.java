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

    private FootnoteLine() {}

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
