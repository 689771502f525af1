package org.untoc.kg.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown copy of the Convention ({@code ontology/sources/untoc-convention-en.txt}) into articles,
 * paragraphs and lettered subparagraphs.
 *
 * <p>Layout of that copy: {@code ### Article  N}, then {@code ####Title}, then lines "1.   text" for numbered
 * paragraphs, "a) text" for lettered items and "(i) text" for roman items. Lettered items are subparagraphs of the
 * numbered paragraph above them; in an article without numbered paragraphs (article 2, "Use of terms") they are
 * the article's paragraphs, as in the citation "article 2, paragraph (b)". Roman items and deeper items stay in
 * the text of the item above them. The testimonium ("IN WITNESS WHEREOF …") after the last article is no
 * article's text and is left out.
 */
public final class ConventionText {
    private static final Pattern ARTICLE = Pattern.compile("^###\\s*Article\\s+(\\d+)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^####\\s*(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s*(.+)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-z])\\)\\s*(.*)$");
    private static final Pattern ROMAN = Pattern.compile("^\\(([ivx]+)\\)\\s*(.+)$");

    /** A provision: an article paragraph or subparagraph, its own words and the items under it. */
    public record Provision(String number, String ownText, List<Provision> children) {
        /** The label as the official text prints it: "1." for numbers, "(a)" for letters. */
        public String label() {
            return Character.isDigit(number.charAt(0)) ? number + "." : "(" + number + ")";
        }

        /** Its own words followed by its items, each with its label, on one line. */
        public String fullText() {
            StringBuilder sb = new StringBuilder(ownText);
            for (Provision c : children) sb.append(' ').append(c.label()).append(' ').append(c.fullText());
            return sb.toString().trim();
        }
    }

    /** An article: number, title, the words before its first paragraph (if any) and its paragraphs. */
    public record Article(int number, String title, String intro, List<Provision> paragraphs) {
        /** The whole article on one line, paragraphs with their labels. */
        public String fullText() {
            StringBuilder sb = new StringBuilder(intro);
            for (Provision p : paragraphs) {
                if (!sb.isEmpty()) sb.append(' ');
                sb.append(p.label()).append(' ').append(p.fullText());
            }
            return sb.toString();
        }
    }

    /** A correction of a known typo of the copy: exact text to find and its replacement. */
    public record Correction(String find, String replace, String reason) {}

    private final String title;
    private final List<Article> articles;

    private ConventionText(String title, List<Article> articles) {
        this.title = title;
        this.articles = List.copyOf(articles);
    }

    public String title() {
        return title;
    }

    public List<Article> articles() {
        return articles;
    }

    /** Reads the text, applying each correction; a correction that matches nothing is an error (stale list). */
    public static ConventionText read(Path file, List<Correction> corrections) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReferenceDataException(file, 0, "cannot read: " + e.getMessage());
        }
        Map<Correction, Integer> uses = new LinkedHashMap<>();
        for (Correction c : corrections) uses.put(c, 0);
        List<String> fixed = new ArrayList<>(lines.size());
        for (String line : lines) {
            String l = line;
            for (Correction c : corrections) {
                if (l.contains(c.find())) {
                    l = l.replace(c.find(), c.replace());
                    uses.merge(c, 1, Integer::sum);
                }
            }
            fixed.add(l);
        }
        uses.forEach((c, n) -> {
            if (n == 0) throw new ReferenceDataException(file, 0, "correction matches nothing: '" + c.find() + "'");
        });
        return new Parser(file).parse(fixed);
    }

    /** Collapses runs of white space, which the copy uses for alignment, to single spaces. */
    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Mutable builder of one provision while its lines are read. */
    private static final class Draft {
        final String number;
        final StringBuilder text;
        final List<Draft> children = new ArrayList<>();

        Draft(String number, String text) {
            this.number = number;
            this.text = new StringBuilder(text);
        }

        Provision build() {
            return new Provision(number, text.toString().trim(), children.stream().map(Draft::build).toList());
        }
    }

    private static final class Parser {
        private final Path file;
        private String title;
        private final List<Article> articles = new ArrayList<>();
        private int articleNumber;
        private String articleTitle;
        private StringBuilder intro;
        private List<Draft> paragraphs;
        private boolean numbered;
        private Draft paragraph;
        private Draft sub;
        private int lineNo;

        Parser(Path file) {
            this.file = file;
        }

        ConventionText parse(List<String> lines) {
            for (String raw : lines) {
                lineNo++;
                String line = normalise(raw);
                if (line.isEmpty() || line.startsWith("SOURCE:") || line.startsWith("<")) continue;
                Matcher m;
                if ((m = ARTICLE.matcher(line)).matches()) {
                    startArticle(Integer.parseInt(m.group(1)));
                } else if ((m = HEADING.matcher(line)).matches()) {
                    heading(m.group(1).trim());
                } else if (line.startsWith("##")) {
                    continue; // the Dutch database's own title line
                } else if (articleNumber == 0) {
                    throw error("text before the first article: " + line);
                } else if (line.startsWith("IN WITNESS WHEREOF")) {
                    finishArticle();
                    articleNumber = -1; // the testimonium: nothing after it belongs to an article
                } else if (articleNumber < 0) {
                    continue;
                } else if ((m = NUMBERED.matcher(line)).matches()) {
                    numberedParagraph(m.group(1), m.group(2));
                } else if ((m = LETTERED.matcher(line)).matches()) {
                    lettered(m.group(1), m.group(2));
                } else if ((m = ROMAN.matcher(line)).matches()) {
                    deepest("roman item").text.append(" (").append(m.group(1)).append(") ").append(m.group(2));
                } else if (paragraphs.isEmpty()) {
                    if (!intro.isEmpty()) intro.append(' ');
                    intro.append(line);
                } else {
                    deepest("continuation").text.append(' ').append(line);
                }
            }
            finishArticle();
            if (title == null) throw error("no title line (####…) before the first article");
            return new ConventionText(title, articles);
        }

        private void startArticle(int n) {
            finishArticle();
            int expected = articles.size() + 1;
            if (n != expected) throw error("article " + n + " where article " + expected + " was expected");
            articleNumber = n;
            articleTitle = null;
            intro = new StringBuilder();
            paragraphs = new ArrayList<>();
            numbered = false;
            paragraph = null;
            sub = null;
        }

        private void heading(String text) {
            if (articleNumber == 0 && title == null) {
                title = text;
            } else if (articleNumber > 0 && articleTitle == null && paragraphs.isEmpty() && intro.isEmpty()) {
                articleTitle = text;
            } else {
                throw error("unexpected heading: " + text);
            }
        }

        private void numberedParagraph(String number, String text) {
            if (!paragraphs.isEmpty() && !numbered) throw error("numbered paragraph after lettered ones");
            String expected = String.valueOf(paragraphs.size() + 1);
            if (!number.equals(expected)) {
                throw error("paragraph " + number + " of article " + articleNumber + " where " + expected
                        + " was expected");
            }
            numbered = true;
            paragraph = new Draft(number, text);
            paragraphs.add(paragraph);
            sub = null;
        }

        private void lettered(String letter, String text) {
            List<Draft> siblings = numbered ? requireParagraph().children : paragraphs;
            char expected = (char) ('a' + siblings.size());
            if (letter.charAt(0) != expected) {
                throw error("item " + letter + ") where " + expected + ") was expected");
            }
            Draft d = new Draft(letter, text);
            siblings.add(d);
            if (numbered) {
                sub = d;
            } else {
                paragraph = d;
                sub = null;
            }
        }

        private Draft requireParagraph() {
            if (paragraph == null) throw error("lettered item before any numbered paragraph");
            return paragraph;
        }

        private Draft deepest(String what) {
            if (sub != null) return sub;
            if (paragraph != null) return paragraph;
            throw error(what + " outside any paragraph");
        }

        private void finishArticle() {
            if (articleNumber <= 0) return;
            if (articleTitle == null) throw error("article " + articleNumber + " has no title");
            articles.add(new Article(articleNumber, articleTitle, intro.toString(),
                    paragraphs.stream().map(Draft::build).toList()));
            articleNumber = 0;
        }

        private ReferenceDataException error(String message) {
            return new ReferenceDataException(file, lineNo, message);
        }
    }
}
