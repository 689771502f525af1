package org.untoc.kg.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page or a web site adds around a document's text: running symbols, job numbers, barcodes and page
 * counters of UN documents printed to PDF, and the navigation lines of a web page ("Login", "Search", "Page created
 * by …"). Whole lines are recognised by {@link #isFurnitureLine}; in text flattened to one line the same furniture
 * stands mid-sentence, and {@link #stripInline} takes it out there.
 */
public final class PageFurniture {
    private static final String JOB = "[A-Z]\\.\\d{2}-\\d{4,6}(?:\\s*\\(E\\))?";
    private static final String BARCODE = "\\*\\d{6,8}\\*";
    /** A job number and what is printed beside it: its barcode, a page counter, the running symbol. */
    private static final Pattern INLINE = Pattern.compile(
            "(?:\\s*(?:\\d{1,3}/\\d{1,3}|" + RunningHeaders.SYMBOL + ")(?=\\s+" + JOB + "))?"
                    + "\\s*" + JOB + "(?:\\s*" + BARCODE + ")?(?:\\s+\\d{1,3}(?:/\\d{1,3})?(?![\\d/.,]))?"
                    + "(?:\\s+" + RunningHeaders.SYMBOL + "(?=\\s+\\p{Ll}))?"
                    + "|\\s*" + BARCODE
                    + "|\\s+Page\\s+\\d{1,3}\\s+of\\s+\\d{1,3}(?=\\s|$)"
                    // A page number and the running symbol where a page broke a sentence: "… jointly 3 CTOC/COP/…/12 with".
                    + "|(?<=\\p{Ll}[,;]?)\\s+\\d{1,3}\\s+" + RunningHeaders.SYMBOL + "(?=\\s+\\p{Ll})");
    private static final Pattern PAGE_LINE = Pattern.compile(
            "^\\s*(?:-\\s*)?(?:Page\\s+)?\\d{1,3}(?:\\s+of\\s+\\d{1,3})?(?:\\s*-)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY_JOB_OR_PAGE = Pattern.compile(
            "^(?:(?:" + JOB + "|\\d{1,3}/\\d{1,3}|" + BARCODE + ")\\s*)+$");
    private static final int RUNNING_HEADER_LENGTH = 60;
    private static final Pattern SYMBOL_IN_LINE = Pattern.compile("\\b[A-Z][A-Z0-9.]*/[A-Za-z0-9.]+/[A-Za-z0-9./]+");
    /** Words a running header prints beside its symbol at most ("(Vol. I)", "Part two"). */
    private static final int HEADER_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern BARCODE_LINE = Pattern.compile("^\\s*(?:" + BARCODE + "\\s*)+$");
    /** Web navigation and site chrome, as whole lines (compared case-insensitively, trailing punctuation ignored). */
    private static final Set<String> NAVIGATION = Set.of("login", "log in", "sign in", "sign up", "register", "search",
            "menu", "main menu", "home", "skip to main content", "skip to content", "print", "share", "print this page",
            "back to top", "top", "contact us", "contact", "privacy", "privacy policy", "privacy notice",
            "terms of use", "copyright", "sitemap", "site map", "english", "français", "español", "русский", "中文",
            "عربي", "العربية", "follow us", "subscribe", "close", "toggle navigation", "accessibility", "faq",
            "scam alert", "fraud alert", "cookies", "accept cookies", "next", "previous", "download", "breadcrumb",
            "you are here", "related content", "related links", "see also", "newsroom", "about us", "what we do");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.:|•·]+$");
    private static final Pattern NAVIGATION_PHRASE = Pattern.compile(
            "(?i)^\\s*(?:page (?:created|last updated|updated|last modified) (?:by|on)\\b.*|last updated:?\\s.*"
                    + "|©.*|\\(c\\) \\d{4}.*|copyright ©?.*|all rights reserved.*|you are here:.*"
                    + "|(?:home|unodc)\\s*[›>»/|].*|.*\\s[›»|]\\s.*[›»|]\\s.*"
                    + "|this (?:site|website) uses cookies.*|we use cookies.*)$");

    private PageFurniture() {}

    /** Whether a whole line is page or site furniture rather than text of the document. */
    public static boolean isFurnitureLine(String line) {
        String s = line.strip();
        if (s.isEmpty()) return false;
        if (RunningHeaders.isHeaderOrFooter(s) || PAGE_LINE.matcher(s).matches() || BARCODE_LINE.matcher(s).matches()) {
            return true;
        }
        return isNavigation(s);
    }

    /**
     * The text without lines that are only page noise — a job number, barcode or page counter, a web page's
     * navigation — which no layout makes text; a lone symbol line stays, since it may be the document's own.
     */
    public static String withoutNoiseLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) counts.merge(line.strip(), 1, Integer::sum);
        Set<String> symbolLines = new HashSet<>();
        for (String line : lines) {
            String s = line.strip();
            boolean noise = !s.isEmpty() && (ONLY_JOB_OR_PAGE.matcher(s).matches() || PAGE_LINE.matcher(s).matches()
                    || BARCODE_LINE.matcher(s).matches() || isNavigation(s));
            // A symbol alone on its line once may be the document's own; again and again, it is a running header.
            if (!noise && runningHeader(s, counts.get(s)) && !symbolLines.add(s)) noise = true;
            if (!noise) out.append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * A symbol alone on its line, or a short line naming a symbol that recurs ("A/82/49 (Vol. I)"). A line that says
     * more than the symbol is text, however often it recurs: each act of a booklet is printed under "[on the report
     * of the Third Committee (A/80/470)]".
     */
    private static boolean runningHeader(String line, int count) {
        if (RunningHeaders.isHeaderOrFooter(line)) return true;
        return count >= 2 && line.length() <= RUNNING_HEADER_LENGTH && SYMBOL_IN_LINE.matcher(line).find()
                && !line.matches(".*[.;:,]$") && wordsBesideSymbols(line) <= HEADER_WORDS;
    }

    private static int wordsBesideSymbols(String line) {
        Matcher m = WORD.matcher(SYMBOL_IN_LINE.matcher(line).replaceAll(" "));
        int words = 0;
        while (m.find()) words++;
        return words;
    }

    /** Whether a line is web navigation: a menu entry, a breadcrumb trail, a "Page created by" footer. */
    public static boolean isNavigation(String line) {
        String s = line.strip();
        String key = TRAILING_PUNCTUATION.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return NAVIGATION.contains(key) || NAVIGATION_PHRASE.matcher(s).matches();
    }

    /** The text with job numbers, barcodes and the page counters and running symbols printed beside them removed. */
    public static String stripInline(String text) {
        return INLINE.matcher(text).replaceAll("");
    }
}
