package org.untoc.kg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.extract.citation.Mentions.Mention;
import org.untoc.kg.vocab.Ids;

/**
 * Acts cited in a sentence ("its decision 3/2 of 18 October 2006, entitled “…”", "General Assembly resolutions
 * 45/116 and 52/88"), each attributed to its body: a prefix ("General Assembly resolution"), a suffix ("of the
 * Conference"), the antecedent of "its", the act it follows in a list, the sentence's subject, or the context —
 * and none when none of them says, since a number alone is never enough.
 */
final class ActCitations {
    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Map<String, String> MONTH_NUMBER = Map.ofEntries(
            Map.entry("january", "01"), Map.entry("february", "02"), Map.entry("march", "03"),
            Map.entry("april", "04"), Map.entry("may", "05"), Map.entry("june", "06"), Map.entry("july", "07"),
            Map.entry("august", "08"), Map.entry("september", "09"), Map.entry("october", "10"),
            Map.entry("november", "11"), Map.entry("december", "12"));

    private static final Pattern ACT = Pattern.compile(
            "\\b([Dd]ecisions?|[Rr]esolutions?)\\s+(\\d{1,4})/(\\d{1,3})(?![/\\d])");
    private static final Pattern ACT_LIST_NEXT = Pattern.compile(
            "^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(\\d{1,4})/(\\d{1,3})(?![/\\d])");
    private static final Pattern STATED_DATE = Pattern.compile(
            "^\\s*,?\\s+of\\s+(\\d{1,2})\\s+(" + MONTHS + ")\\s+(\\d{4})");
    /** A further date of a list of dates given respectively: "… of 22 October 2010 and 19 October 2012". */
    private static final Pattern NEXT_DATE = Pattern.compile(
            "^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(\\d{1,2})\\s+(" + MONTHS + ")\\s+(\\d{4})");
    /** Security Council resolutions are numbered with the year: "resolution 2482 (2019)" (S/RES/2482 (2019)). */
    private static final Pattern COUNCIL_ACT = Pattern.compile(
            "\\b([Rr]esolutions?)\\s+(\\d{2,4})\\s*\\((\\d{4})\\)((?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+)\\d{2,4}\\s*\\(\\d{4}\\))*)");
    private static final Pattern COUNCIL_NEXT = Pattern.compile("(\\d{2,4})\\s*\\((\\d{4})\\)");
    private static final Pattern ENTITLED = Pattern.compile("^\\s*,?\\s*entitled\\s+[“\"]([^”\"]+)[”\"]");
    private static final Pattern GROUP_TITLE = Pattern.compile(
            ",?\\s*\\b(both|all)\\s+entitled\\s+[“\"]([^”\"]+)[”\"]");
    private static final Pattern ITS_BEFORE = Pattern.compile("\\bits\\s+$");
    private static final Pattern SENTENCE_OPENING_ITS = Pattern.compile("^\\W*(?:[Ii]n\\s+|[Bb]y\\s+)?its\\s+$");
    /** At most three words between a body and "its": "the Council, in its", "the Conference … decided, in its". */
    private static final Pattern CLOSE_TO_ITS = Pattern.compile("^[\\s,]*(?:[\\w-]+[\\s,]+){0,3}$");
    /** A run of capitalised words just before "resolution": a named body, if it has a body's head noun. */
    private static final Pattern CAPITALISED_RUN_BEFORE = Pattern.compile(
            "(?:[A-Z][\\w-]*\\s+(?:(?:of|on|and|for|the|to|against)\\s+)*)*[A-Z][\\w-]*\\s+$");
    private static final Pattern BODY_HEAD = Pattern.compile(
            "\\b(?:Commission|Council|Assembly|Board|Committee|Conference|Meeting|Forum|Congress|Organization)\\b");
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:[A-Z][a-z]+ing|Also|Further|[A-Z][a-z]+s)\\s+");

    private final MaskedSentence sentence;
    private final Mentions mentions;
    private final CitationContext ctx;
    private final String m;

    ActCitations(MaskedSentence sentence, Mentions mentions, CitationContext ctx) {
        this.sentence = sentence;
        this.mentions = mentions;
        this.ctx = ctx;
        this.m = sentence.text();
    }

    /** Adds the sentence's act citations to {@code out}, in text order. */
    void find(List<Citation> out) {
        List<Citation> acts = new ArrayList<>();
        List<String> bodiesOfActs = new ArrayList<>();
        List<Integer> actEnds = new ArrayList<>();
        Matcher a = ACT.matcher(m);
        while (a.find()) {
            if (m.substring(0, a.start()).matches("(?s).*\\bFramework\\s+$")) continue;
            Ids.ActKind kind = a.group(1).toLowerCase(Locale.ROOT).startsWith("decision")
                    ? Ids.ActKind.DECISION : Ids.ActKind.RESOLUTION;
            // The numbers, each with the date the text may give it: "resolutions 5/8 of 22 October 2010 and 6/1".
            List<int[]> numbers = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            numbers.add(new int[] {a.start(2), a.end(3), a.end(3)});
            dates.add(null);
            int cursor = a.end();
            while (true) {
                Matcher dm = STATED_DATE.matcher(m.substring(cursor));
                if (dm.find()) {
                    dates.set(dates.size() - 1, dm.group(3) + "-" + MONTH_NUMBER.get(dm.group(2).toLowerCase(Locale.ROOT))
                            + "-" + String.format("%02d", Integer.parseInt(dm.group(1))));
                    cursor += dm.end();
                    numbers.get(numbers.size() - 1)[2] = cursor;
                }
                Matcher next = ACT_LIST_NEXT.matcher(m.substring(cursor));
                if (!a.group(1).endsWith("s") || !next.find()) {
                    cursor = respectiveDates(numbers, dates, cursor);
                    break;
                }
                numbers.add(new int[] {cursor + next.start(1), cursor + next.end(2), cursor + next.end(2)});
                dates.add(null);
                cursor += next.end();
            }
            Mention suffix = mentions.bodyAfter(cursor);
            if (suffix != null) cursor = suffix.end();
            String title = null;
            Matcher tm = ENTITLED.matcher(m.substring(cursor));
            if (numbers.size() == 1 && tm.find()) title = tm.group(1).trim();

            int spanStart = a.start();
            Mention prefix = mentions.bodyEndingAt(a.start());
            boolean its = ITS_BEFORE.matcher(m.substring(0, a.start())).find();
            String body;
            if (prefix != null) {
                body = prefix.value();
                spanStart = prefix.start();
            } else if (unnamedBodyBefore(a.start()) >= 0) {
                // "Commission on Narcotic Drugs resolution 58/1": a body we cannot name, so no target.
                body = null;
                spanStart = unnamedBodyBefore(a.start());
            } else if (suffix != null) {
                body = suffix.value();
            } else if (its) {
                spanStart = m.lastIndexOf("its", a.start());
                body = antecedentOfIts(spanStart, cursor);
            } else {
                body = bareBody(a.start(), acts.isEmpty() ? -1 : actEnds.get(actEnds.size() - 1),
                        bodiesOfActs.isEmpty() ? null : bodiesOfActs.get(bodiesOfActs.size() - 1));
            }
            int spanEnd = Math.max(numbers.get(numbers.size() - 1)[2], suffix != null ? suffix.end() : 0);
            for (int i = 0; i < numbers.size(); i++) {
                int[] n = numbers.get(i);
                String[] parts = m.substring(n[0], n[1]).split("/");
                String target = body == null ? null : Ids.act(Ids.Body.valueOf(body), kind, parts[0], parts[1]);
                int s = i == 0 ? spanStart : n[0];
                int e = numbers.size() == 1 ? spanEnd : n[2];
                acts.add(new Citation(Citation.Kind.ACT, s, e, sentence.raw().substring(s, e), target, List.of(), dates.get(i),
                        title, null, false));
                bodiesOfActs.add(body);
                actEnds.add(e);
            }
        }
        applyGroupTitles(acts);
        out.addAll(acts);
        councilActs(out);
    }

    /**
     * "Security Council resolution 2482 (2019)", "its resolutions 2195 (2014) and 2482 (2019)" in a text of the
     * Council: the Council's, as {@code sc/resolution/{year}/{number}} (years name its acts as they do the Economic
     * and Social Council's). Only the Council numbers acts so, but the number alone is still not enough: without the
     * Council named, or as the author of "its", the act stays unresolved.
     */
    private void councilActs(List<Citation> out) {
        Matcher c = COUNCIL_ACT.matcher(m);
        while (c.find()) {
            Mention prefix = mentions.bodyEndingAt(c.start());
            boolean its = ITS_BEFORE.matcher(m.substring(0, c.start())).find();
            boolean council = prefix != null ? Ids.Body.SC.name().equals(prefix.value())
                    : its && ctx.author() == Ids.Body.SC;
            int start = prefix != null ? prefix.start() : its ? m.lastIndexOf("its", c.start()) : c.start();
            Matcher n = COUNCIL_NEXT.matcher(m.substring(c.start(2), c.end()));
            boolean first = true;
            while (n.find()) {
                int s = first ? start : c.start(2) + n.start();
                int e = c.start(2) + n.end();
                String target = council ? Ids.act(Ids.Body.SC, Ids.ActKind.RESOLUTION, n.group(2), n.group(1)) : null;
                out.add(new Citation(Citation.Kind.ACT, s, e, sentence.raw().substring(s, e), target, List.of(), null,
                        null, null, false));
                first = false;
            }
        }
    }

    /**
     * "resolutions 5/8 and 6/1 of 22 October 2010 and 19 October 2012": as many dates as numbers, after the last
     * number only, are the numbers' dates in order. Returns the cursor past the dates it used.
     */
    private int respectiveDates(List<int[]> numbers, List<String> dates, int cursor) {
        if (numbers.size() < 2 || dates.get(dates.size() - 1) == null) return cursor;
        for (int i = 0; i < dates.size() - 1; i++) if (dates.get(i) != null) return cursor;
        List<String> more = new ArrayList<>();
        int c = cursor;
        Matcher d;
        while (more.size() < numbers.size() - 1 && (d = NEXT_DATE.matcher(m.substring(c))).find()) {
            more.add(iso(d.group(1), d.group(2), d.group(3)));
            c += d.end();
        }
        if (more.isEmpty() && sameSession(numbers)) {
            // "its decisions 2/1 and 2/2 of 19 October 2005": acts of one session, adopted together, share the date.
            for (int i = 0; i < dates.size() - 1; i++) dates.set(i, dates.get(dates.size() - 1));
            return cursor;
        }
        if (more.size() != numbers.size() - 1) return cursor;
        List<String> all = new ArrayList<>();
        all.add(dates.get(dates.size() - 1));
        all.addAll(more);
        for (int i = 0; i < numbers.size(); i++) {
            dates.set(i, all.get(i));
            numbers.get(i)[2] = c;
        }
        return c;
    }

    private boolean sameSession(List<int[]> numbers) {
        String session = null;
        for (int[] n : numbers) {
            String s = m.substring(n[0], n[1]).split("/")[0];
            if (session != null && !session.equals(s)) return false;
            session = s;
        }
        return true;
    }

    private static String iso(String day, String month, String year) {
        return year + "-" + MONTH_NUMBER.get(month.toLowerCase(Locale.ROOT)) + "-" + String.format("%02d", Integer.parseInt(day));
    }

    /** Start of an unknown body's name ending just before {@code pos}, or -1. */
    private int unnamedBodyBefore(int pos) {
        Matcher run = CAPITALISED_RUN_BEFORE.matcher(m.substring(0, pos));
        if (!run.find() || !BODY_HEAD.matcher(run.group()).find()) return -1;
        Matcher verb = LEADING_VERB.matcher(run.group());
        return run.start() + (verb.find() && BODY_HEAD.matcher(run.group().substring(verb.end())).find() ? verb.end() : 0);
    }

    /** "…, both entitled “X”" gives X to the untitled acts just before it. */
    private void applyGroupTitles(List<Citation> acts) {
        Matcher g = GROUP_TITLE.matcher(m);
        while (g.find()) {
            int wanted = g.group(1).equals("both") ? 2 : Integer.MAX_VALUE;
            for (int i = acts.size() - 1; i >= 0 && wanted > 0; i--) {
                Citation c = acts.get(i);
                if (c.start() > g.start()) continue;
                if (c.statedTitle() != null) break;
                acts.set(i, c.withTitle(g.group(2).trim()));
                wanted--;
            }
        }
    }

    /**
     * "its" is the subject's: a body named just before it ("the Council, in its"), the body the sentence is about
     * ("The Conference of the States Parties … adopted its resolution 6/1"), or one named after an opening
     * "In its …"; otherwise the author of the text, whose clauses all have it as their subject.
     */
    private String antecedentOfIts(int itsAt, int actEnd) {
        Mention before = null;
        for (Mention b : mentions.bodies()) {
            if (b.quoted() || b.end() > itsAt) continue;
            before = b;
        }
        if (before != null && CLOSE_TO_ITS.matcher(m.substring(before.end(), itsAt)).matches()) return before.value();
        Mention subject = null;
        for (Mention b : mentions.bodies()) {
            if (!b.quoted() && b.subject() && b.end() <= itsAt) subject = b;
        }
        if (subject != null) return subject.value();
        if (SENTENCE_OPENING_ITS.matcher(m.substring(0, itsAt + 4)).find()) {
            for (Mention b : mentions.bodies()) if (!b.quoted() && b.start() >= actEnd) return b.value();
        }
        return ctx.author() == null ? null : ctx.author().name();
    }

    /** A number with no body of its own: the list it continues, the sentence's subject, or its context. */
    private String bareBody(int actStart, int previousActEnd, String previousBody) {
        if (previousActEnd >= 0 && previousBody != null) {
            boolean bodyBetween = false;
            for (Mention b : mentions.bodies()) {
                if (!b.quoted() && b.start() >= previousActEnd && b.end() <= actStart) bodyBetween = true;
            }
            if (!bodyBetween) return previousBody;
        }
        Mention before = null;
        for (Mention b : mentions.bodies()) {
            if (b.quoted() || b.object() || b.end() > actStart) continue;
            before = b;
        }
        if (before != null) return before.value();
        String conference = null;
        boolean conflicting = false;
        for (Mention i : mentions.instruments()) {
            if (i.quoted() || i.value() == null) continue;
            Ids.Body c = Mentions.conferenceOf(i.value());
            if (c == null) continue;
            if (conference != null && !conference.equals(c.name())) conflicting = true;
            conference = c.name();
        }
        if (conference != null && !conflicting) return conference;
        if (conflicting) return null;
        return ctx.homeBody() == null ? null : ctx.homeBody().name();
    }
}
