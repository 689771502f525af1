package org.untoc.kg.normalize;

import java.util.regex.Pattern;

/**
 * A line that is an act's heading and nothing else ("Resolution 40/1", "Decision 4/2.", "Draft resolution I"). It is
 * printed on a line of its own over the act's title; in a text whose paragraphs are separated by blank lines the
 * heading and the title often share one block, and must not be read as one sentence ("Resolution 40/1 Implementing
 * the Convention" is no act heading).
 */
final class ActHeadingLine {
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:Draft\\s+)?(?:Resolution|Decision)\\s+(?:\\d{1,4}/\\d{1,4}|[IVXL]{1,6}|\\d{1,3})\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private ActHeadingLine() {}

    static boolean is(String line) {
        return line != null && HEADING.matcher(line).matches();
    }
}
