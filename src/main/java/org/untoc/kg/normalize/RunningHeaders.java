package org.untoc.kg.normalize;

import java.util.regex.Pattern;

/**
 * Recognises running headers and footers of UN documents printed to PDF: the document symbol alone on a line,
 * the job number ("V.21-02254"), the page counter ("5/14"), combinations of these, and link lines to undocs.org.
 */
public final class RunningHeaders {
    /** A UN document symbol such as "CTOC/COP/WG.3/2021/3" or "A/RES/55/25". */
    public static final String SYMBOL = "[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.]*[A-Za-z0-9])+";
    private static final String JOB = "[A-Z]\\.\\d{2}-\\d{4,6}(?:\\s*\\(E\\))?";
    private static final String PAGE = "\\d{1,3}/\\d{1,3}";
    private static final Pattern HEADER_LINE = Pattern.compile(
            "^\\s*(?:(?:" + SYMBOL + "(?:-" + SYMBOL + ")?|" + JOB + "|" + PAGE + ")\\s*){1,4}$");
    private static final Pattern ONLY_PAGE_OR_JOB = Pattern.compile("^\\s*(?:(?:" + JOB + "|" + PAGE + ")\\s*){1,3}$");
    private static final Pattern LINK_LINE = Pattern.compile("^\\s*https?://(?:www\\.)?undocs\\.org/\\S*\\s*$");
    private static final Pattern JOB_ANYWHERE = Pattern.compile(JOB);
    private static final Pattern SYMBOL_WITH_SLASHES = Pattern.compile(".*[A-Z].*/.*/.*");

    private RunningHeaders() {}

    /** Whether the line is a running header or footer, not text. */
    public static boolean isHeaderOrFooter(String line) {
        if (LINK_LINE.matcher(line).matches() || ONLY_PAGE_OR_JOB.matcher(line).matches()) {
            return true;
        }
        if (!HEADER_LINE.matcher(line).matches()) {
            return false;
        }
        // A lone symbol is a running header only when it has the shape of a document symbol (two slashes at least)
        return SYMBOL_WITH_SLASHES.matcher(line).matches() || JOB_ANYWHERE.matcher(line).find();
    }

    /** Whether the line is a link to undocs.org (a footer of the PDF, not a header that names the document). */
    public static boolean isLinkLine(String line) {
        return LINK_LINE.matcher(line).matches();
    }
}
