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


    /** "…, in particular paragraph 5": paragraphs of the article just cited, named after its instrument. */
    private static final Pattern IN_PARTICULAR_PARAGRAPHS = Pattern.compile(
            "^\\s*,?\\s*(?:in particular|notably|especially|including)\\s+(?:its\\s+)?(?:paragraphs?|paras?\\.)\\s+"
                    + "(\\d+)((?:\\s*,\\s*\\d+)*(?:,?\\s+and\\s+\\d+)?)(?![\\d/])");
    private static final Pattern CHAPTER = Pattern.compile(
            "\\b[Cc]hapters?\\s+([IVXL]+)\\b((?:\\s*,\\s*[IVXL]+\\b)*(?:,?\\s+and\\s+[IVXL]+\\b)?)"
                    + "(?:\\s*\\([^()]{1,80}\\))?");
    private static final Pattern RULE = Pattern.compile(
            "\\b[Rr]ules?\\s+(\\d{1,3})(?![\\d/])((?:\\s*,\\s*\\d{1,3}(?![\\d/]))*(?:,?\\s+and\\s+\\d{1,3}(?![\\d/]))?)"
                    + "(?:\\s*,?\\s*(?:paragraphs?|paras?\\.)\\s+(\\d+)((?:\\s*,\\s*\\d+)*(?:,?\\s+and\\s+\\d+)?)(?![\\d/]))?");
    /** "…, of the rules of procedure for the Conference", "of its rules of procedure". */
    private static final Pattern OF_RULES = Pattern.compile(
            "^\\s*,?\\s+of\\s+(the|its)\\s+rules\\s+of\\s+procedure(?:\\s+(?:of|for)\\s+(?:the\\s+)?)?");
    /** A sentence that names the rules of procedure of a body before a bare "(rule 3)". */
    private static final Pattern RULES_NAMED = Pattern.compile(
            "\\b([Tt]he|[Ii]ts)\\s+rules\\s+of\\s+procedure(?:\\s+(?:of|for)\\s+(?:the\\s+)?)?");
    private static final Pattern NUMBERS = Pattern.compile("\\d+|[IVXL]+");

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
        rules(out);
        chapters(out);
        Matcher p = PARAGRAPH_OF_ARTICLE.matcher(m);
        while (p.find()) {
            int end = p.end();
            Mention instrument = mentions.instrumentAfter(end, Mentions.OF_THE);
            String segment;
            if (instrument != null) {
                segment = instrument.value();
                end = instrument.end();
            } else {
                // As for a bare "article 16": the instrument named before it, else the one the text speaks of.
                segment = mentions.implicitInstrument(p.start());
                if (segment == null) segment = ctx.runningInstrument() != null ? ctx.runningInstrument()
                        : ctx.homeInstrument();
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
                Matcher particular = IN_PARTICULAR_PARAGRAPHS.matcher(m.substring(end));
                if (articles.size() == 1 && paragraphs.isEmpty() && particular.find()) {
                    // "article 32 of the Convention, in particular paragraph 5": the article and its paragraph.
                    out.add(provision(a.start(), end, sentence.raw().substring(a.start(), end).strip(), segment,
                            articles.get(0), null, null));
                    for (String q : numbers(particular.group(1) + particular.group(2))) paragraphs.add(new String[] {q, null});
                    end += particular.end();
                }
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

    /**
     * "chapter IV of the Convention against Corruption", "chapters II and III of the Convention": chapters of the
     * instrument named after them, resolved only where the chapter table has that chapter (the Organized Crime
     * Convention has none). Without "of …" a chapter is a part of a document ("chapter II of the present report",
     * "A/CONF.234/16, chap. I"), not of an instrument.
     */
    private void chapters(List<Citation> out) {
        Matcher c = CHAPTER.matcher(m);
        while (c.find()) {
            if (consumed[c.start()]) continue;
            Mention instrument = mentions.instrumentAfter(c.end(), Mentions.OF_THE);
            if (instrument == null) continue;
            String text = sentence.raw().substring(c.start(), instrument.end());
            for (String roman : numbers(c.group(1) + c.group(2))) {
                String segment = instrument.value();
                String target = segment != null && InstrumentNames.shared().hasChapter(segment, roman)
                        ? Ids.chapter(segment, roman) : null;
                out.add(new Citation(Citation.Kind.PROVISION, c.start(), instrument.end(), text, target, List.of(), null,
                        null, null, false));
            }
            markConsumed(c.start(), instrument.end());
        }
    }

    /**
     * "rule 4, paragraph 1, of the rules of procedure for the Conference", "rules 3 and 4 of its rules of
     * procedure", or a bare "(rule 3)" in a sentence that names "the rules of procedure for the Conference": rules of
     * the body named, of the author for "its". A "rule 3" in a sentence that names no rules of procedure is left
     * alone (it may be anything's).
     */
    private void rules(List<Citation> out) {
        Matcher r = RULE.matcher(m);
        while (r.find()) {
            if (consumed[r.start()]) continue;
            int end = r.end();
            String body;
            Matcher of = OF_RULES.matcher(m.substring(end));
            if (of.find()) {
                body = rulesOwner(of.group(1), end + of.end());
                Mention owner = mentions.bodies().stream().filter(b -> b.start() == r.end() + of.end()).findFirst()
                        .orElse(null);
                end = owner != null ? owner.end() : end + of.group().indexOf("procedure") + "procedure".length();
            } else {
                Matcher named = RULES_NAMED.matcher(m.substring(0, r.start()));
                String which = null;
                int at = -1;
                while (named.find()) { which = named.group(1); at = named.end(); }
                if (which == null) continue;
                body = rulesOwner(which, at);
            }
            String text = sentence.raw().substring(r.start(), end).strip();
            List<String> paragraphs = r.group(3) == null ? List.of() : numbers(r.group(3) + r.group(4));
            for (String n : numbers(r.group(1) + r.group(2))) {
                if (body == null) {
                    out.add(new Citation(Citation.Kind.PROVISION, r.start(), end, text, null, List.of(), null, null,
                            null, false));
                    continue;
                }
                String rule = Ids.rule(Ids.Body.valueOf(body), n);
                if (paragraphs.isEmpty()) {
                    out.add(new Citation(Citation.Kind.PROVISION, r.start(), end, text, rule, List.of(), null, null,
                            null, false));
                }
                for (String p : paragraphs) {
                    out.add(new Citation(Citation.Kind.PROVISION, r.start(), end, text, rule + "/paragraph/" + p,
                            List.of(rule), null, null, null, false));
                }
            }
            markConsumed(r.start(), end);
        }
    }

    /**
     * Whose rules: for "its", the body the sentence has as its subject before it, else the author; else the body
     * named at {@code at} ("for the Conference"), or, when none is named ("of the rules of procedure"), the body
     * the text is of or about; a body named that is not known leaves them unresolved.
     */
    private String rulesOwner(String determiner, int at) {
        if (determiner.equalsIgnoreCase("its")) {
            String subject = null;
            for (Mention b : mentions.bodies()) if (b.subject() && !b.quoted() && b.end() <= at) subject = b.value();
            if (subject != null) return subject;
            return ctx.author() == null ? null : ctx.author().name();
        }
        for (Mention b : mentions.bodies()) if (b.start() == at && !b.quoted()) return b.value();
        // "of the rules of procedure of the functional commissions …": somebody's, but not a body we know.
        if (m.substring(0, at).matches("(?s).*\\b(?:of|for)\\s+(?:the\\s+)?$")) return null;
        return ctx.homeBody() == null ? null : ctx.homeBody().name();
    }

    private static List<String> numbers(String list) {
        List<String> out = new ArrayList<>();
        Matcher n = NUMBERS.matcher(list);
        while (n.find()) out.add(n.group());
        return out;
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
