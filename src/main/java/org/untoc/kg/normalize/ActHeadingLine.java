package org.untoc.kg.normalize;

import java.util.regex.Pattern;

/**
 * A line that is an act's heading and nothing else ("Resolution 40/1", "Decision 4/2.", "Draft resolution I"). It is
 * printed on a line of its own over the act's title; in a text whose paragraphs are separated by blank lines the
 * heading and the title often share one block, and must not be read as one sentence ("Resolution 40/1 Implementing
 * the Convention" is no act heading).
 */
public final class ActHeadingLine {
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:Draft\\s+)?(?:Resolution|Decision)\\s+(?:\\d{1,4}/\\d{1,4}|[IVXL]{1,6}|\\d{1,3})\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A draft's heading, its label optional ("Draft resolution", "Draft resolution I", "Draft decision 2"). */
    private static final Pattern DRAFT = Pattern.compile(
            "^\\s*Draft\\s+(?:resolution|decision)(?:\\s+(?:[IVXL]{1,6}|\\d{1,3}))?\\s*$", Pattern.CASE_INSENSITIVE);

    private ActHeadingLine() {}

    /** An act's or a draft's heading, with its number or label. */
    public static boolean is(String line) {
        return line != null && HEADING.matcher(line).matches();
    }

    /** A draft's heading: a draft a report recommends to another body, not an act of the report's own. */
    public static boolean isDraft(String line) {
        return line != null && DRAFT.matcher(line).matches();
    }
}
