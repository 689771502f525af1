package org.untoc.kg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.extract.citation.Mentions.Mention;
import org.untoc.kg.vocab.Ids;

/**
 * Provisions cited in a sentence ("article 18, paragraph 13, of the Convention", "art. 32, para. 3 (e)",
 * "paragraph 3 of article 14", "articles 13, 16 and 18 of …", "its article 19"), each of the instrument the text
 * names for it — "of the …" after it, the instrument "its" stands for, or the one the text is speaking of — never
 * the Convention unless the text makes it so.
 */
final class ProvisionCitations {
    private static final Pattern ARTICLE_START = Pattern.compile("\\b(?:[Aa]rticles?|[Aa]rts?\\.)\\s+(?=\\d)");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4})(?![\\d/])(?:\\s+(bis|ter|quater))?");
    private static final Pattern NUMBER_NEXT = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(\\d{1,4})(?![\\d/])");
    private static final Pattern NUMBER_RANGE = Pattern.compile("^(?:\\s+to\\s+|\\s*[-–]\\s*)(\\d{1,4})(?![\\d/])");
    private static final Pattern LETTER_AFTER_ARTICLE = Pattern.compile("^\\s*\\(([a-z])\\)");
    /** "paragraph", or "subparagraph" for the lettered items an article has in place of paragraphs (art. 2 (a)). */
    private static final Pattern PARAGRAPH_WORD = Pattern.compile(
            "^\\s*,?\\s*(?:paragraphs?|paras?\\.|subparagraphs?|subparas?\\.)\\s+");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile(
            "^(?:(\\d+)|\\(([a-z])\\))(?:\\s*\\(([a-z]|[ivx]+)\\)|\\s*,\\s*subparagraph\\s+\\(([a-z])\\))?");
    private static final Pattern PARAGRAPH_NEXT = Pattern.compile(
            "^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:paragraph|para\\.)\\s+)?(?=\\d|\\([a-z]\\))");
    private static final Pattern REMARK = Pattern.compile("^\\s*\\((?![a-z]\\)|[ivx]+\\))[^()]{0,300}\\)(?=\\s*,?\\s+(?:of|and)\\s)");
    private static final Pattern PARAGRAPH_OF_ARTICLE = Pattern.compile(
            "\\b(?:paragraphs?|paras?\\.)\\s+(\\d+)(?:\\s*\\(([a-z])\\))?((?:\\s*,\\s*\\d+)*(?:,?\\s+and\\s+\\d+)?)"
                    + "\\s+of\\s+(?:article|art\\.)\\s+(\\d+)");


    private final MaskedSentence sentence;
    private final Mentions mentions;
    private final CitationContext ctx;
    private final String m;
    private final boolean[] consumed;

    ProvisionCitations(MaskedSentence sentence, Mentions mentions, CitationContext ctx) {
        this.sentence = sentence;
        this.mentions = mentions;
        this.ctx = ctx;
        this.m = sentence.text();
        this.consumed = new boolean[m.length() + 1];
    }

    /** Adds the sentence's provision citations to {@code out}. */
    void find(List<Citation> out) {
        Matcher p = PARAGRAPH_OF_ARTICLE.matcher(m);
        while (p.find()) {
            int end = p.end();
            Mention instrument = mentions.instrumentAfter(end, Mentions.OF_THE);
            String segment;
            if (instrument != null) {
                segment = instrument.value();
                end = instrument.end();
            } else {
                segment = mentions.implicitInstrument(p.start());
            }
            String text = sentence.raw().substring(p.start(), end);
            String article = p.group(4);
            out.add(provision(p.start(), end, text, segment, article, p.group(1), p.group(2)));
            // "paragraphs 1, 2 and 4 of article 24": the further paragraphs of the same article.
            for (String more : p.group(3).split("[^0-9]+")) {
                if (!more.isEmpty()) out.add(provision(p.start(), end, text, segment, article, more, null));
            }
            markConsumed(p.start(), end);
        }
        Matcher a = ARTICLE_START.matcher(m);
        while (a.find()) {
            if (consumed[a.start()]) continue;
            int cursor = a.end();
            List<String> articles = new ArrayList<>();
            Matcher n = NUMBER.matcher(m.substring(cursor));
            if (!n.find()) continue;
            articles.add(n.group(2) == null ? n.group(1) : n.group(1) + "-" + n.group(2));
            cursor += n.end();
            Matcher next;
            while (true) {
                Matcher range = NUMBER_RANGE.matcher(m.substring(cursor));
                if (range.find() && n.group(2) == null) {
                    int from = Integer.parseInt(articles.get(articles.size() - 1));
                    int to = Integer.parseInt(range.group(1));
                    if (to <= from || to - from > 30) break;
                    for (int k = from + 1; k <= to; k++) articles.add(Integer.toString(k));
                    cursor += range.end();
                    continue;
                }
                if (!(next = NUMBER_NEXT.matcher(m.substring(cursor))).find()) break;
                articles.add(next.group(1));
                cursor += next.end();
            }
            List<String[]> paragraphs = new ArrayList<>();
            Matcher letter = LETTER_AFTER_ARTICLE.matcher(m.substring(cursor));
            if (articles.size() == 1 && letter.find()) {
                // "article 2 (b)": the lettered paragraph, as "article 2, paragraph (b)".
                paragraphs.add(new String[] {letter.group(1), null});
                cursor += letter.end();
            } else if (articles.size() == 1) {
                Matcher pw = PARAGRAPH_WORD.matcher(m.substring(cursor));
                if (pw.find()) {
                    int c = cursor + pw.end();
                    while (true) {
                        Matcher pn = PARAGRAPH_NUMBER.matcher(m.substring(c));
                        if (!pn.find()) break;
                        paragraphs.add(new String[] {pn.group(1) != null ? pn.group(1) : pn.group(2),
                                pn.group(3) != null ? pn.group(3) : pn.group(4)});
                        c += pn.end();
                        cursor = c;
                        Matcher remark = REMARK.matcher(m.substring(c));
                        if (remark.find()) c += remark.end();
                        Matcher pnext = PARAGRAPH_NEXT.matcher(m.substring(c));
                        if (!pnext.find()) { cursor = c; break; }
                        c += pnext.end();
                    }
                }
            }
            int end = cursor;
            Mention instrument = mentions.instrumentAfter(cursor, Mentions.OF_THE);
            String segment;
            if (instrument != null) {
                segment = instrument.value();
                end = instrument.end();
            } else {
                // "(art. 1), the Convention provides …": a bare parenthetical may name its instrument just after.
                int open = m.lastIndexOf('(', a.start());
                boolean parenthetical = open >= 0 && m.substring(open + 1, a.start()).isBlank();
                segment = mentions.implicitInstrument(a.start());
                if (segment == null && parenthetical) segment = mentions.firstInstrumentAfter(end);
                if (segment == null) segment = ctx.runningInstrument() != null ? ctx.runningInstrument()
                        : ctx.homeInstrument();
            }
            String text = sentence.raw().substring(a.start(), end).strip();
            for (String article : articles) {
                if (paragraphs.isEmpty()) {
                    out.add(provision(a.start(), end, text, segment, article, null, null));
                } else {
                    for (String[] para : paragraphs) {
                        out.add(provision(a.start(), end, text, segment, article, para[0], para[1]));
                    }
                }
            }
            markConsumed(a.start(), end);
        }
    }

    private Citation provision(int start, int end, String text, String segment, String article, String paragraph,
                               String sub) {
        if (segment == null) {
            return new Citation(Citation.Kind.PROVISION, start, end, text, null, List.of(), null, null, null, false);
        }
        String articleIri = Ids.article(segment, article);
        if (paragraph == null) {
            return new Citation(Citation.Kind.PROVISION, start, end, text, articleIri, List.of(), null, null, null, false);
        }
        String paragraphIri = Ids.articleParagraph(segment, article, paragraph);
        if (sub == null) {
            return new Citation(Citation.Kind.PROVISION, start, end, text, paragraphIri, List.of(articleIri), null,
                    null, null, false);
        }
        return new Citation(Citation.Kind.PROVISION, start, end, text, paragraphIri + "/subparagraph/" + sub,
                List.of(paragraphIri, articleIri), null, null, null, false);
    }

    private void markConsumed(int from, int to) {
        for (int i = from; i < to && i < consumed.length; i++) consumed[i] = true;
    }
}
