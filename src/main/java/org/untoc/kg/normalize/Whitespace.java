package org.untoc.kg.normalize;

/** White-space helpers. */
public final class Whitespace {
    private Whitespace() {}

    /**
     * Single spaces, no-break spaces as spaces, trimmed: each run of spaces, tabs, form feeds, vertical tabs and
     * no-break or thin spaces becomes one space. A loop, not a regex: it runs on every paragraph and heading.
     */
    public static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString().strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }
}
