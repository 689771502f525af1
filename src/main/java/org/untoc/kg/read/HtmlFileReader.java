package org.untoc.kg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.untoc.kg.pipeline.DocumentException;

/**
 * Reads web pages with jsoup: keeps the page's main content and writes it as the Markdown the normalizer reads —
 * one blank-line separated paragraph per block element, "#" headings, emphasis as {@code *…*} (an emphasised clause
 * opener is the paragraph's lead), footnote markers as {@code <sup>n</sup>}, a list of notes as footnote lines
 * ({@code <sup>n</sup> text}). Navigation, banners, breadcrumbs, menus, forms, cookie notices, scripts and the
 * page footer are dropped: on a UN site they carry "Login", "Search" and "Page created by …", never the act.
 */
public final class HtmlFileReader implements DocumentReader {
    /** Elements that never hold a document's text. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " form, button, input, select, textarea, label, nav, header, footer, aside, menu, dialog, [hidden],"
            + " [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=search],"
            + " [role=complementary], [role=menu], [role=menubar], [role=dialog], [role=alertdialog]";
    /**
     * Class or id words that mark page furniture (site chrome named by its purpose); matched as whole words of the
     * attribute, so "content" or "footnotes" are never taken for "nav" or "footer".
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?:^|[\\s_-])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|crumbs|cookies?|cookie-banner|consent|gdpr"
                    + "|banner|masthead|site-header|page-header|header|footer|site-footer|sidebar|skip|skip-link"
                    + "|share|sharing|social|login|logon|signin|search|searchbox|toolbar|pager|pagination"
                    + "|language-switcher|languages|print)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /** Explicit main-content containers, best first. */
    private static final List<String> MAIN = List.of("main", "[role=main]", "article", "#content", "#main-content",
            "#maincontent", "#main", ".main-content", ".content");
    /** Containers of a page's notes. */
    private static final Pattern NOTES = Pattern.compile("(?:^|[\\s_-])(?:foot-?notes?|end-?notes?|notes|fn)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "li",
            "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure",
            "figcaption", "center", "address", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "body");
    private static final Pattern MARKER = Pattern.compile("\\*{1,3}|[0-9]{1,3}|[a-z]");
    /** A list item that prints its own label ("1.", "(a)", "(iv)"). */
    private static final Pattern LABELLED = Pattern.compile("\\s*(?:\\(?[0-9]{1,3}[.)]|\\([a-z]{1,2}\\)|\\([ivxl]{1,6}\\))\\s");
    private static final Pattern LEADING_MARKER = Pattern.compile("^\\s*(?:\\[)?([0-9]{1,3}|\\*{1,3})(?:\\])?[.)]?\\s+(\\S.*)$",
            Pattern.DOTALL);

    @Override
    public boolean accepts(Path file, byte[] bytes) {
        return FileNames.hasExtension(file, "html", "htm");
    }

    @Override
    public String read(Path file, byte[] bytes) throws DocumentException {
        Document page;
        try {
            // jsoup reads the charset from the BOM or <meta charset>, and falls back to UTF-8.
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(file, "not a readable HTML page: " + e.getMessage(), e);
        }
        Element content = mainContent(page);
        if (content == null) {
            throw new DocumentException(file, "the HTML page has no body text");
        }
        Element copy = content.clone();
        copy.select(NEVER_CONTENT).remove();
        removeFurniture(copy);
        Markdown out = new Markdown();
        out.block(copy);
        String text = out.text();
        if (text.isBlank()) {
            throw new DocumentException(file, "the HTML page has no text outside its navigation");
        }
        return text;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML;
    }

    /**
     * The page's main content: an element that says so, or else the block holding the most paragraph text (a
     * page of the 2000s has only nested divs and tables).
     */
    static Element mainContent(Document page) {
        Element body = page.body();
        if (body == null) return null;
        for (String selector : MAIN) {
            Elements found = body.select(selector);
            // Only one such element can be "the" content; several articles are a list of teasers.
            if (found.size() == 1 && textLength(clean(found.first())) > 0) {
                return found.first();
            }
        }
        Map<Element, Integer> score = new HashMap<>();
        String textBlocks = "p, li, h1, h2, h3, h4, h5, h6, td, blockquote, dd, pre";
        for (Element p : body.select(textBlocks)) {
            // Only innermost blocks count: a layout cell holding paragraphs would count them twice.
            if (isFurniture(p) || p.select(textBlocks).size() > 1) continue;
            Element parent = p.parent();
            if (parent != null) score.merge(parent, textLength(p), Integer::sum);
        }
        Element best = score.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(body);
        // The densest block is one column of the content; its headings and notes sit next to it, so take the
        // ancestor that still holds most of the page's paragraph text.
        int total = score.values().stream().mapToInt(Integer::intValue).sum();
        Element chosen = best;
        while (chosen.parent() != null && chosen != body && paragraphText(chosen, score) * 10 < total * 8) {
            chosen = chosen.parent();
        }
        return chosen;
    }

    private static int paragraphText(Element container, Map<Element, Integer> score) {
        int sum = 0;
        for (Map.Entry<Element, Integer> e : score.entrySet()) {
            if (e.getKey() == container || isDescendant(e.getKey(), container)) sum += e.getValue();
        }
        return sum;
    }

    private static boolean isDescendant(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) return true;
        }
        return false;
    }

    private static Element clean(Element e) {
        Element copy = e.clone();
        copy.select(NEVER_CONTENT).remove();
        removeFurniture(copy);
        return copy;
    }

    private static int textLength(Element e) {
        return e.text().length();
    }

    private static void removeFurniture(Element root) {
        for (Element e : root.select("[class], [id]")) {
            if (e != root && isFurnitureItself(e)) e.remove();
        }
    }

    private static boolean isFurniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (isFurnitureItself(a) || a.is(NEVER_CONTENT)) return true;
        }
        return false;
    }

    private static boolean isFurnitureItself(Element e) {
        String names = e.className() + " " + e.id();
        return FURNITURE.matcher(names).find() && !NOTES.matcher(names).find();
    }

    private static boolean isNotes(Element e) {
        return NOTES.matcher(e.className() + " " + e.id()).find() || e.is("[role=doc-endnotes], [role=doc-footnotes]");
    }

    /** Writes blocks as Markdown paragraphs. */
    private static final class Markdown {
        private final StringBuilder out = new StringBuilder();

        String text() {
            return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
        }

        void block(Element e) {
            String tag = e.normalName();
            if (tag.matches("h[1-6]")) {
                paragraph("#".repeat(tag.charAt(1) - '0') + " " + inline(e).replace('\n', ' '));
            } else if (tag.equals("hr")) {
                paragraph("---");
            } else if (isNotes(e)) {
                notes(e);
            } else if (tag.equals("ol")) {
                // A numbered list prints its numbers; the text of an operative paragraph starts with its "1.".
                for (Element li : e.children()) {
                    String label = li.is("li") ? itemLabel(e, positionOf(li)) : "";
                    if (label.isEmpty() || LABELLED.matcher(li.text()).lookingAt()) {
                        block(li);
                    } else if (hasBlockChild(li)) {
                        Element copy = li.clone();
                        copy.prependText(label + " ");
                        block(copy);
                    } else {
                        paragraph(label + " " + inline(li));
                    }
                }
            } else if (tag.equals("ul")) {
                for (Element li : e.children()) block(li);
            } else {
                blocksAndRuns(e);
            }
        }

        /** An element's blocks in order, and the text runs between them as paragraphs of their own. */
        private void blocksAndRuns(Element e) {
            if (!hasBlockChild(e)) {
                paragraph(inline(e));
                return;
            }
            StringBuilder run = new StringBuilder();
            for (Node child : e.childNodes()) {
                if (child instanceof Element c && BLOCKS.contains(c.normalName())) {
                    paragraph(run.toString());
                    run.setLength(0);
                    block(c);
                } else {
                    run.append(inline(child));
                }
            }
            paragraph(run.toString());
        }

        /**
         * A list of notes: each item a footnote line; its marker is the item's own leading number, or else its
         * position in the list (an {@code <ol>} numbers its items, honouring {@code start}).
         */
        private void notes(Element container) {
            Elements items = container.select("li");
            if (items.isEmpty()) {
                // Notes as paragraphs, or one note standing alone (<p class="fn"><sup>1</sup> United Nations,
                // <em>Treaty Series</em>, …): its words between the elements are the note's text too.
                blocksAndRuns(container);
                return;
            }
            for (Element child : container.children()) {
                if (!child.is("ol, ul") && child.select("li").isEmpty()) block(child);
            }
            for (Element li : items) {
                Element copy = li.clone();
                copy.select("a[href^=#]:matchesOwn(^\\s*(↩|↑|\\^|back)\\s*$), .footnote-backref, [role=doc-backlink]")
                        .remove();
                String marker = null;
                Element sup = copy.selectFirst("sup");
                if (sup != null && sup.siblingIndex() <= 1 && MARKER.matcher(sup.text().strip()).matches()
                        && copy.text().startsWith(sup.text())) {
                    marker = sup.text().strip();
                    sup.remove();
                }
                String text = inline(copy).replace('\n', ' ').strip();
                if (marker == null) {
                    var m = LEADING_MARKER.matcher(text);
                    if (m.matches()) {
                        marker = m.group(1);
                        text = m.group(2);
                    } else {
                        marker = Integer.toString(positionOf(li));
                    }
                }
                if (!text.isEmpty()) paragraph("<sup>" + marker + "</sup> " + text);
            }
        }

        /** "3." in a list of numbers, "(c)" in a list of letters, "(iii)" in a list of roman numerals. */
        private static String itemLabel(Element list, int n) {
            String type = list.attr("type").strip();
            String style = list.attr("style").toLowerCase(Locale.ROOT);
            if (type.equals("a") || style.contains("lower-alpha") || style.contains("lower-latin")) {
                return n >= 1 && n <= 26 ? "(" + (char) ('a' + n - 1) + ")" : n + ".";
            }
            if (type.equals("i") || style.contains("lower-roman")) {
                return "(" + roman(n) + ")";
            }
            return n + ".";
        }

        private static String roman(int n) {
            String[] units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
            String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
            return n > 0 && n < 100 ? tens[n / 10] + units[n % 10] : Integer.toString(n);
        }

        private static int positionOf(Element li) {
            Element list = li.parent();
            int start = 1;
            if (list != null && list.is("ol") && list.hasAttr("start")) {
                try {
                    start = Integer.parseInt(list.attr("start").strip());
                } catch (NumberFormatException ignored) {
                    start = 1;
                }
            }
            return start + (list == null ? 0 : list.select("> li").indexOf(li));
        }

        private static boolean hasBlockChild(Element e) {
            for (Element c : e.children()) {
                if (BLOCKS.contains(c.normalName()) || c.is("br + br")) return true;
            }
            return false;
        }

        private void paragraph(String text) {
            String s = text.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                    .replaceAll(" *\n *", "\n").strip();
            if (s.isEmpty()) return;
            out.append(s).append("\n\n");
        }

        /** The element's text with emphasis, footnote markers and line breaks as Markdown. */
        private static String inline(Node node) {
            if (node instanceof TextNode t) {
                // HTML collapses white space: the source's line breaks are not the page's (only <br> is), and a
                // source line must not open a Markdown heading or item.
                return escape(t.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " "));
            }
            if (!(node instanceof Element e)) {
                return "";
            }
            String tag = e.normalName();
            switch (tag) {
                case "br":
                    return "\n";
                case "sup": {
                    String marker = e.text().strip().replaceAll("^\\[(.*)\\]$", "$1");
                    // A superscript that is a footnote reference; "1st" or "m²" superscripts are text.
                    return MARKER.matcher(marker).matches() || e.selectFirst("a[href^=#]") != null
                            ? "<sup>" + marker + "</sup>" : marker;
                }
                case "em", "i", "cite", "var": {
                    String inner = children(e);
                    return inner.isBlank() ? inner : wrap(inner, "*");
                }
                case "strong", "b": {
                    String inner = children(e);
                    return inner.isBlank() ? inner : wrap(inner, "**");
                }
                default:
                    if (BLOCKS.contains(tag)) {
                        return " " + children(e) + " ";
                    }
                    return children(e);
            }
        }

        private static String children(Element e) {
            StringBuilder b = new StringBuilder();
            for (Node c : e.childNodes()) b.append(inline(c));
            return b.toString();
        }

        /** "*Recalling also* its …": the markers hug the words, the spaces stay outside. */
        private static String wrap(String inner, String mark) {
            String lead = inner.substring(0, inner.length() - inner.stripLeading().length());
            String trail = inner.substring(inner.stripTrailing().length());
            return lead + mark + inner.strip() + mark + trail;
        }

        /** Characters the Markdown normalizer would read as markup are escaped. */
        private static String escape(String text) {
            return text.replace("\\", "\\\\").replace("*", "\\*").replace("<", "&lt;").replace("#", "\\#")
                    .replace("_", "\\_");
        }
    }
}
