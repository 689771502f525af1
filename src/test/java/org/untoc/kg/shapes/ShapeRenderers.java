package org.untoc.kg.shapes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.read.PdfFixtures;
import org.untoc.kg.read.DocxFixtures;
import org.untoc.kg.shapes.ActText.Block;
import org.untoc.kg.shapes.ActText.Note;

/**
 * The hard shapes in which users hold UN texts, rendered from one clean act text. Each is what a common tool gives:
 * PDF-to-text (hard-wrapped, no blank lines, page furniture, footnotes at page bottoms with plain-digit markers),
 * a PDF viewer's or web page's copy (everything on one line, furniture mid-sentence), a web page (navigation,
 * banner, breadcrumbs, footer, the act in {@code <p>}s with {@code <sup>} markers and a list of notes), and a
 * session report compiling several acts (list of contents, running headers, notes renumbered continuously).
 * The furniture is derived from the act (its symbol-like numbers), never from a file name.
 */
public final class ShapeRenderers {
    /** The shapes. */
    public enum Shape {
        HARD_WRAPPED("txt"), FLATTENED("txt"), HTML("html"), COMPILED("txt"), WORD_TEXT("txt"), HYPHENATED("txt"),
        /** A real PDF, printed with PDFBox and read back through the PDF reader. */
        PDF("pdf"),
        /** A real Word file, written with POI, its notes real footnotes. */
        DOCX("docx");

        final String extension;

        Shape(String extension) {
            this.extension = extension;
        }

        /** File name for the act in this shape (the extension decides how the loader reads it). */
        public String fileName(ActSource act) {
            return act.slug() + "-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "." + extension;
        }
    }

    /**
     * An act text and what its clean graph says of it, for the list of contents of a compilation.
     *
     * @param name   file name of the clean text
     * @param text   the clean text
     * @param iri    the act's IRI in the clean graph
     * @param title  its title in the clean graph ("" when it has none)
     */
    public record ActSource(String name, ActText text, String iri, String title) {
        /** "cop", "ga", "ccpcj", "cosp"… from the IRI. */
        public String body() {
            return segments()[0];
        }

        /** "resolution" or "decision". */
        public String kind() {
            return segments()[1];
        }

        /** "11/1", "62/175". */
        public String number() {
            String[] s = segments();
            return String.join("/", java.util.Arrays.copyOfRange(s, 2, s.length));
        }

        /** The session, the number's first part. */
        public int session() {
            String first = segments()[2];
            return first.matches("[0-9]{1,4}") ? Integer.parseInt(first) : 1;
        }

        String slug() {
            return (body() + "-" + kind() + "-" + number()).replace('/', '-');
        }

        private String[] segments() {
            return iri.substring(iri.indexOf("/id/") + 4).split("/");
        }
    }

    /** Page furniture of one (invented) publication of an act: UN job number, symbol, site name. */
    record Furniture(String job, String barcode, String symbol, int width) {
        static Furniture of(ActSource act) {
            int h = Math.abs(act.iri().hashCode());
            int year = year(act);
            String yy = String.format("%02d", year % 100);
            String serial = String.format("%05d", h % 100000);
            return new Furniture("V." + yy + "-" + serial + " (E)", "*" + yy + serial + "*",
                    reportSymbol(act, year, 1 + h % 9), 80 + h % 16);
        }
    }

    /** The year of the act's session, as each body counts its sessions (the furniture only needs it plausible). */
    static int year(ActSource act) {
        int s = act.session();
        return switch (act.body()) {
            case "ga" -> 1945 + s;
            case "ccpcj" -> 1991 + s;
            case "ecosoc" -> s;
            case "cosp" -> 2004 + 2 * s;
            default -> 2002 + 2 * s;
        };
    }

    private ShapeRenderers() {}

    /**
     * Writes the act in the shape into {@code dir}, under the shape's file name; {@code siblings} are the other acts
     * a compilation holds. The binary shapes are printed from the clean text (paragraphs, superscript markers, notes):
     * a PDF as UN documents are printed (hard-wrapped, a gap between paragraphs, running symbol and page counter, each
     * note at the foot of the page that cites it),
     * a Word file with a paragraph per paragraph and the notes as footnotes.
     */
    public static Path write(Shape shape, ActSource act, List<ActSource> siblings, Path dir) throws IOException {
        Path file = dir.resolve(shape.fileName(act));
        switch (shape) {
            case PDF -> PdfFixtures.writeWithPageNotes(act.text().clean(), file);
            case DOCX -> DocxFixtures.write(act.text().clean(), file, true);
            default -> Files.writeString(file, render(shape, act, siblings));
        }
        return file;
    }

    /** The act in a text shape; {@code siblings} are the other acts a compilation holds. */
    public static String render(Shape shape, ActSource act, List<ActSource> siblings) {
        return switch (shape) {
            case HARD_WRAPPED -> hardWrapped(act);
            case FLATTENED -> flattened(act);
            case HTML -> html(act);
            case COMPILED -> compiled(act, siblings);
            case WORD_TEXT -> wordText(act);
            case HYPHENATED -> hardWrapped(act, true);
            case PDF, DOCX -> throw new IllegalArgumentException(shape + " is a binary shape: see write");
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // (e) a word processor's "save as plain text"

    private static final Pattern LEADING_LABEL = Pattern.compile("^((?:[0-9]+|[IVX]+)\\.|\\([a-z]{1,2}\\)|\\([ivx]{1,5}\\))\\s+");
    private static final Pattern KEPT_WITH_NUMBER = Pattern.compile(
            "\\b(resolutions?|decisions?|articles?|paragraphs?|annex|chapter)\\s+(?=[0-9]|[IVX]+\\b)");
    private static final Pattern LONG_WORD = Pattern.compile("\\b(\\p{L}{7})(\\p{L}{7,})\\b");

    /**
     * As a word processor's "save as plain text" writes it: a byte-order mark, CRLF line ends, one line per
     * paragraph and no blank line, a tab between a paragraph's number or letter and its words, no-break spaces where
     * the author kept a word with its number ("resolution 55/25", "article 18"), soft hyphens left inside long words,
     * markers as plain digits glued to their word, and the notes at the end under a rule of underscores.
     */
    static String wordText(ActSource act) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (Block b : act.text().blocks()) {
            String line = ActText.plain(b.text(), m -> m);
            line = LEADING_LABEL.matcher(line).replaceFirst("$1\t");
            line = KEPT_WITH_NUMBER.matcher(line).replaceAll("$1\u00A0");
            line = LONG_WORD.matcher(line).replaceAll("$1\u00AD$2");
            out.append(line).append("\r\n");
        }
        Map<String, Note> notes = new LinkedHashMap<>();
        act.text().notes().forEach(n -> notes.putIfAbsent(n.marker(), n));
        if (!notes.isEmpty()) {
            out.append("____________________\r\n");
            for (Note n : notes.values()) {
                out.append(n.marker()).append('\t').append(ActText.plain(n.text())).append("\r\n");
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // (a) hard-wrapped PDF text

    /**
     * As PDF-to-text tools give it: lines wrapped at the page width, no blank line anywhere, pages of about fifty
     * lines, each opened by the running symbol and closed by its notes ("1 United Nations, Treaty Series, …"), the
     * page counter and the job number; markers are plain digits glued to the word, as the PDF's superscripts become.
     */
    static String hardWrapped(ActSource act) {
        return hardWrapped(act, false);
    }

    /**
     * The same, and with {@code hyphenate} as justified PDF text gives it: a long word that does not fit the line is
     * broken with a hyphen ("coopera-" / "tion"), as a typesetter hyphenates.
     */
    static String hardWrapped(ActSource act, boolean hyphenate) {
        Furniture f = Furniture.of(act);
        List<String> lines = new ArrayList<>();
        for (Block b : act.text().blocks()) {
            // Markers stay between their marks while wrapping, to know which page cites which note.
            lines.addAll(wrap(ActText.plain(b.text(), m -> ActText.MARK_OPEN + m + ActText.MARK_CLOSE), f.width(), hyphenate));
        }
        Map<String, Note> notes = new LinkedHashMap<>();
        act.text().notes().forEach(n -> notes.putIfAbsent(n.marker(), n));
        int perPage = 46;
        int pages = Math.max(1, (lines.size() + perPage - 1) / perPage);
        StringBuilder out = new StringBuilder();
        for (int page = 0; page < pages; page++) {
            out.append(page % 2 == 0 ? f.symbol() : padLeft(f.symbol(), f.width())).append('\n');
            List<String> cited = new ArrayList<>();
            for (String line : lines.subList(page * perPage, Math.min(lines.size(), (page + 1) * perPage))) {
                Matcher m = ActText.MARK.matcher(line);
                while (m.find()) cited.add(m.group(1));
                out.append(ActText.MARK.matcher(line).replaceAll("$1")).append('\n');
            }
            if (page == pages - 1) {
                // Notes no line cites (a marker in a heading the shape lost) close the last page.
                for (String k : notes.keySet()) {
                    if (!cited.contains(k) && !citedEarlier(k, lines, page, perPage)) cited.add(k);
                }
            }
            for (String marker : cited) {
                Note n = notes.get(marker);
                if (n == null) continue;
                List<String> noteLines = wrap(marker + " " + ActText.plain(n.text()), f.width());
                noteLines.forEach(l -> out.append(l).append('\n'));
            }
            out.append(page == 0 ? f.job() + "\n" + f.barcode() : (page + 1) + "/" + pages + "\n" + f.job())
                    .append('\n');
        }
        return out.toString();
    }

    private static boolean citedEarlier(String marker, List<String> lines, int lastPage, int perPage) {
        for (String line : lines.subList(0, Math.min(lines.size(), lastPage * perPage))) {
            if (line.contains(ActText.MARK_OPEN + marker + ActText.MARK_CLOSE)) return true;
        }
        return false;
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** Greedy word wrap; a marker (kept between its private marks) never leaves the word it follows. */
    static List<String> wrap(String text, int width) {
        return wrap(text, width, false);
    }

    /** Letters only, long enough to break with four letters at least on each side. */
    private static final Pattern BREAKABLE = Pattern.compile("\\p{L}{8,}");

    static List<String> wrap(String text, int width, boolean hyphenate) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int visible = 0;
        for (String word : text.strip().split("\\s+")) {
            int w = ActText.MARK.matcher(word).replaceAll("$1").length();
            int room = width - visible - (visible > 0 ? 1 : 0) - 1;
            if (hyphenate && visible > 0 && visible + 1 + w > width && room >= 4 && BREAKABLE.matcher(word).matches()
                    && w - room >= 4) {
                // Broken where the line ends, as a typesetter without a hyphenation dictionary would.
                line.append(' ').append(word, 0, room).append('-');
                lines.add(line.toString());
                line.setLength(0);
                word = word.substring(room);
                w = word.length();
                visible = 0;
            }
            if (visible > 0 && visible + 1 + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                visible = 0;
            }
            if (visible > 0) {
                line.append(' ');
                visible++;
            }
            line.append(word);
            visible += w;
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // (b) flattened to one line

    /**
     * As a PDF viewer's or a web page's "select all, copy" gives it in some tools: one line, paragraph breaks as single
     * spaces, the furniture of each page break mid-sentence (job number and barcode, page number, running symbol),
     * the site's name before the text, markers as superscript digits and the notes' texts at the end.
     */
    static String flattened(ActSource act) {
        Furniture f = Furniture.of(act);
        List<String> words = new ArrayList<>();
        for (Block b : act.text().blocks()) {
            for (String w : ActText.plain(b.text(), ActText::superscript).split("\\s+")) if (!w.isEmpty()) words.add(w);
        }
        StringBuilder out = new StringBuilder("United Nations Office on Drugs and Crime ");
        int every = 260 + Math.abs(act.iri().hashCode()) % 120;
        int page = 1;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && i % every == 0) {
                page++;
                out.append(page % 2 == 0 ? f.job() + " " + f.barcode() + " " + page + " "
                        : page + " " + f.symbol() + " ");
            }
            out.append(words.get(i)).append(' ');
        }
        for (Note n : act.text().notes()) {
            out.append(ActText.superscript(n.marker())).append(' ').append(ActText.plain(n.text())).append(' ');
        }
        return out.toString().strip() + "\n";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // (c) a web page

    /** A UNODC-like web page: cookie notice, banner with Login and Search, menu, breadcrumbs, sidebar, footer. */
    static String html(ActSource act) {
        StringBuilder content = new StringBuilder();
        for (Block b : act.text().blocks()) {
            String inner = htmlInline(b.text());
            if (b.level() > 0) {
                int level = Math.min(6, b.level());
                content.append("        <h").append(level).append('>').append(inner).append("</h").append(level)
                        .append(">\n");
            } else {
                content.append("        <p>").append(inner).append("</p>\n");
            }
        }
        if (!act.text().notes().isEmpty()) {
            content.append("        <div class=\"footnotes\">\n          <hr>\n          <ol>\n");
            for (Note n : act.text().notes()) {
                String id = n.marker().replace("*", "star");
                content.append("            <li id=\"fn").append(id).append("\"><sup>").append(escape(n.marker()))
                        .append("</sup> ").append(htmlInline(n.text())).append(" <a href=\"#fnref").append(id)
                        .append("\" class=\"footnote-backref\">↩</a></li>\n");
            }
            content.append("          </ol>\n        </div>\n");
        }
        String title = escape(act.kind().substring(0, 1).toUpperCase() + act.kind().substring(1) + " " + act.number());
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%s | United Nations Office on Drugs and Crime</title>
                  <style>body { font-family: sans-serif; } .cookie-banner { position: fixed; }</style>
                  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
                </head>
                <body>
                  <div class="cookie-banner" id="cookie-consent">This site uses cookies to improve your experience.
                    <button>Accept</button> <a href="/privacy">Learn more</a></div>
                  <a class="skip-link" href="#content">Skip to main content</a>
                  <header class="site-header">
                    <div class="banner"><img src="/logo.png" alt="UNODC logo"> United Nations Office on Drugs and Crime</div>
                    <ul class="user-menu"><li><a href="/login">Login</a></li><li><a href="/register">Register</a></li></ul>
                    <form class="search" action="/search"><input type="text" name="q" placeholder="Search">
                      <button type="submit">Search</button></form>
                  </header>
                  <nav class="main-menu" aria-label="Main">
                    <ul><li><a href="/">Home</a></li><li><a href="/about">About UNODC</a></li>
                      <li><a href="/treaties">Treaties</a></li><li><a href="/ctoc">Organized crime</a></li>
                      <li><a href="/press">Press</a></li></ul>
                  </nav>
                  <div class="breadcrumbs"><a href="/">Home</a> › <a href="/treaties">Treaties</a> ›
                    <a href="/ctoc/cop">Conference of the Parties</a> › %s</div>
                  <div class="layout">
                    <aside class="sidebar"><h3>Related</h3><ul><li><a href="/ctoc/cop/sessions">Sessions</a></li>
                      <li><a href="/ctoc/cop/documents">Documents</a></li></ul></aside>
                    <main id="content">
                      <article>
                %s      </article>
                    </main>
                  </div>
                  <footer class="site-footer">
                    <p>Page created by the Secretariat to the Governing Bodies</p>
                    <p>© United Nations Office on Drugs and Crime. All rights reserved. <a href="/terms">Terms of use</a></p>
                  </footer>
                </body>
                </html>
                """.formatted(title, title, content);
    }

    private static String htmlInline(String text) {
        StringBuilder out = new StringBuilder();
        boolean em = false;
        boolean strong = false;
        Matcher m = ActText.MARK.matcher(text);
        int from = 0;
        List<int[]> marks = new ArrayList<>();
        while (m.find()) marks.add(new int[] {m.start(), m.end()});
        for (int i = 0; i <= marks.size(); i++) {
            int end = i < marks.size() ? marks.get(i)[0] : text.length();
            for (char c : text.substring(from, end).toCharArray()) {
                if (c == ActText.EM) {
                    out.append(em ? "</em>" : "<em>");
                    em = !em;
                } else if (c == ActText.STRONG) {
                    out.append(strong ? "</strong>" : "<strong>");
                    strong = !strong;
                } else {
                    out.append(escape(String.valueOf(c)));
                }
            }
            if (i < marks.size()) {
                String marker = text.substring(marks.get(i)[0] + 1, marks.get(i)[1] - 1);
                String id = marker.replace("*", "star");
                out.append("<sup><a href=\"#fn").append(id).append("\" id=\"fnref").append(id).append("\">")
                        .append(escape(marker)).append("</a></sup>");
                from = marks.get(i)[1];
            }
        }
        if (em) out.append("</em>");
        if (strong) out.append("</strong>");
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // (d) compiled into a session report

    /**
     * A report of the act's body on the act's session: front page, list of contents giving each act's number, title
     * and page, a chapter "Resolutions and decisions adopted by …" holding the act among its siblings, each
     * act's notes after its text and numbered on from the act before (as the report numbers them), and the
     * running header (the report's symbol) and footer (page number, job number) between paragraphs.
     */
    static String compiled(ActSource act, List<ActSource> siblings) {
        List<ActSource> acts = new ArrayList<>();
        if (!siblings.isEmpty()) acts.add(siblings.get(0));
        acts.add(act);
        acts.addAll(siblings.subList(Math.min(1, siblings.size()), siblings.size()));
        Furniture f = Furniture.of(act);
        String body = bodyName(act.body());
        String session = Ordinals.word(act.session());
        StringBuilder out = new StringBuilder();
        out.append("United Nations\n\n").append(f.symbol()).append("\n\n").append(body).append("\n\n")
                .append("Distr.: General\n\n").append("Original: English\n\n")
                .append(act.body().equals("ga")
                        ? "Resolutions and decisions adopted by the General Assembly during its " + session + " session"
                        : "Report of the " + body + " on its " + session + " session").append("\n\n")
                .append("Contents\n\n").append("Chapter\n\n").append("Page\n\n")
                .append("I. Resolutions and decisions adopted by the ").append(shortName(act.body()))
                .append(" . . . . . . . . . . . . . 2\n\n");
        // Pages as the list of contents gives them: each act starts on the page after the one before it ends.
        int page = 2;
        List<Integer> pages = new ArrayList<>();
        for (ActSource a : acts) {
            pages.add(page);
            page += 1 + a.text().blocks().size() / 12;
        }
        for (int i = 0; i < acts.size(); i++) {
            ActSource a = acts.get(i);
            // The Assembly's volumes list "82/214. Title"; the other bodies' reports "Resolution 11/1. Title".
            out.append(act.body().equals("ga") ? "" : capitalised(a.kind()) + " ").append(a.number()).append(". ")
                    .append(a.title().isEmpty() ? "[untitled]" : a.title()).append(" . . . . . . . ")
                    .append(pages.get(i)).append("\n\n");
        }
        out.append("II. Organization of the session . . . . . . . . . . . . . ").append(page).append("\n\n");
        int[] pageNo = {2};
        Runnable pageBreak = () -> {
            out.append(pageNo[0]).append("\n\n").append(f.job()).append("\n\n").append(f.symbol()).append("\n\n");
            pageNo[0]++;
        };
        pageBreak.run();
        out.append("I. Resolutions and decisions adopted by the ").append(shortName(act.body())).append("\n\n")
                .append("1. The following resolutions and decisions were adopted by the ").append(shortName(act.body()))
                .append(" at its ").append(session).append(" session:\n\n");
        int nextNote = 1;
        int blocksOnPage = 0;
        for (ActSource a : acts) {
            Map<String, String> renumbered = new LinkedHashMap<>();
            for (Note n : a.text().notes()) {
                if (!renumbered.containsKey(n.marker())) renumbered.put(n.marker(), Integer.toString(nextNote++));
            }
            for (Block b : a.text().blocks()) {
                out.append(ActText.plain(b.text(), m -> ActText.superscript(renumbered.getOrDefault(m, m))))
                        .append("\n\n");
                if (++blocksOnPage >= 12) {
                    pageBreak.run();
                    blocksOnPage = 0;
                }
            }
            for (Note n : a.text().notes()) {
                out.append(ActText.superscript(renumbered.get(n.marker()))).append(' ')
                        .append(ActText.plain(n.text())).append("\n\n");
            }
            pageBreak.run();
            blocksOnPage = 0;
        }
        out.append("II. Organization of the session\n\n")
                .append("2. The ").append(shortName(act.body())).append(" held its ").append(session)
                .append(" session in Vienna. It held eight meetings.\n\n");
        return out.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The body whose report compiles the act. */
    static String bodyName(String body) {
        return switch (body) {
            case "cosp" -> "Conference of the States Parties to the United Nations Convention against Corruption";
            case "ga" -> "General Assembly";
            case "ccpcj" -> "Commission on Crime Prevention and Criminal Justice";
            case "ecosoc" -> "Economic and Social Council";
            default -> "Conference of the Parties to the United Nations Convention against Transnational Organized Crime";
        };
    }

    private static String shortName(String body) {
        return switch (body) {
            case "ga" -> "General Assembly";
            case "ccpcj" -> "Commission";
            case "ecosoc" -> "Council";
            default -> "Conference";
        };
    }

    /** An invented symbol of the body's session report, in the body's series. */
    static String reportSymbol(ActSource act, int year, int n) {
        return switch (act.body()) {
            case "cosp" -> "CAC/COSP/" + year + "/" + (10 + n);
            case "ga" -> "A/" + act.session() + "/49 (Vol. I)";
            case "ccpcj" -> "E/" + year + "/30-E/CN.15/" + year + "/" + (10 + n);
            case "ecosoc" -> "E/" + year + "/99";
            default -> "CTOC/COP/" + year + "/" + (10 + n);
        };
    }
}
