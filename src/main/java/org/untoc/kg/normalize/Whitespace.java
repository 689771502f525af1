package org.untoc.kg.normalize;

/** White-space helpers. */
public final class Whitespace {
    private Whitespace() {}

    /** Single spaces, no-break spaces as spaces, trimmed. */
    public static String collapse(String s) {
        return s.replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' ')
                .replaceAll("[ \\t\\f\\u000B]+", " ").strip();
    }
}
