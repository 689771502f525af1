package org.untoc.kg.extract.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.vocab.Ids;

/**
 * Finds every citation in one sentence of a UN text — acts, provisions, document symbols, Treaty Series entries —
 * and attributes each to what it cites, following the citation conventions of UN texts (see
 * {@code un-documents.md}): an act number alone is never enough, so the body comes from a prefix ("General Assembly
 * resolution"), a suffix ("of the Conference"), the antecedent of "its", the preceding act of a list, the sentence's
 * subject, or the document's context — and stays unresolved when none of them says.
 */
public final class CitationParser {
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
    private static final Pattern OF_THE = Pattern.compile("^\\s*,?\\s+of\\s+(?:the\\s+|that\\s+)?");
    private static final Pattern ENTITLED = Pattern.compile("^\\s*,?\\s*entitled\\s+[“\"]([^”\"]+)[”\"]");
    private static final Pattern GROUP_TITLE = Pattern.compile(
            ",?\\s*\\b(both|all)\\s+entitled\\s+[“\"]([^”\"]+)[”\"]");
    private static final Pattern ITS_BEFORE = Pattern.compile("\\bits\\s+$");
    private static final Pattern SENTENCE_OPENING_ITS = Pattern.compile("^\\W*(?:[Ii]n\\s+|[Bb]y\\s+)?its\\s+$");
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "\\bto\\s+(?:the\\s+)?$|^\\W*(?:\\(?[a-z0-9]{1,3}[.)]\\s*)?[A-Z][a-z]+(?:\\s+(?:also|further|upon))?\\s+the\\s+$");
    /** At most three words between a body and "its": "the Council, in its", "the Conference … decided, in its". */
    private static final Pattern CLOSE_TO_ITS = Pattern.compile("^[\\s,]*(?:[\\w-]+[\\s,]+){0,3}$");
    /** A run of capitalised words just before "resolution": a named body, if it has a body's head noun. */
    private static final Pattern CAPITALISED_RUN_BEFORE = Pattern.compile(
            "(?:[A-Z][\\w-]*\\s+(?:(?:of|on|and|for|the|to|against)\\s+)*)+$");
    private static final Pattern BODY_HEAD = Pattern.compile(
            "\\b(?:Commission|Council|Assembly|Board|Committee|Conference|Meeting|Forum|Congress|Organization)\\b");
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:[A-Z][a-z]+ing|Also|Further|[A-Z][a-z]+s)\\s+");
    private static final Pattern ARTICLE_START = Pattern.compile("\\b(?:[Aa]rticles?|[Aa]rts?\\.)\\s+(?=\\d)");
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)(?:\\s+(bis|ter|quater))?");
    private static final Pattern NUMBER_NEXT = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(\\d+)(?![\\d/])");
    private static final Pattern NUMBER_RANGE = Pattern.compile("^(?:\\s+to\\s+|\\s*[-–]\\s*)(\\d+)(?![\\d/])");
    private static final Pattern LETTER_AFTER_ARTICLE = Pattern.compile("^\\s*\\(([a-z])\\)");
    private static final Pattern PARAGRAPH_WORD = Pattern.compile("^\\s*,?\\s*(?:paragraphs?|paras?\\.)\\s+");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^(?:(\\d+)|\\(([a-z])\\))(?:\\s*\\(([a-z]|[ivx]+)\\))?");
    private static final Pattern PARAGRAPH_NEXT = Pattern.compile(
            "^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:paragraph|para\\.)\\s+)?(?=\\d|\\([a-z]\\))");
    private static final Pattern REMARK = Pattern.compile("^\\s*\\((?![a-z]\\)|[ivx]+\\))[^()]{0,300}\\)(?=\\s*,?\\s+(?:of|and)\\s)");
    private static final Pattern PARAGRAPH_OF_ARTICLE = Pattern.compile(
            "\\b(?:paragraphs?|paras?\\.)\\s+(\\d+)(?:\\s*\\(([a-z])\\))?((?:\\s*,\\s*\\d+)*(?:,?\\s+and\\s+\\d+)?)"
                    + "\\s+of\\s+(?:article|art\\.)\\s+(\\d+)");

    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\w/.])(?:CTOC|CAC|A|E|S|ST|UNODC|TD)(?:/[A-Za-z0-9.]+){2,}");
    private static final Pattern PIN = Pattern.compile(
            "^\\s*,\\s*((?:paras?\\.|paragraphs?)\\s*\\d+(?:\\s*(?:[-–]|and|,)\\s*\\d+)*|sections?\\s+[IVXLC]+(?:\\.[A-Z0-9]+)*"
                    + "|sect\\.\\s*[A-Z0-9.]*[A-Z0-9]|chap\\.\\s*[IVXLC]+|annex(?:\\s+[IVXLC]+)?)");
    private static final Pattern TREATY = Pattern.compile(
            "\\bvols?\\.\\s*(\\d+(?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+)\\d+)*)\\s*,\\s*No\\.\\s*(\\d+)");
    private static final Pattern SUB_CLAUSE = Pattern.compile(
            ",\\s*(?:in|under|by|through|with|for)\\s+which\\b|,\\s*where(?:by|in)\\b");

    private static final Pattern BODY = Pattern.compile(
            "General Assembly|Economic and Social Council|Commission on Crime Prevention and Criminal Justice"
                    + "|Crime Commission|Security Council|Human Rights Council"
                    + "|Conference of (?:the )?States Parties|Conference of the Parties|\\bConference\\b(?!\\s+of\\b)(?!\\s+[A-Z])(?!-)"
                    + "|(?<=\\bthe\\s)(?:Commission|Council|Assembly)\\b(?!\\s+(?:of|on|for)\\b)(?!\\s+[A-Z])(?!-)");
    private static final Pattern TO_INSTRUMENT = Pattern.compile("^\\s+to\\s+(?:the\\s+|that\\s+)?");

    private static final List<Object[]> KNOWN_INSTRUMENTS = List.of(
            new Object[] {Pattern.compile("Protocol to Prevent, Suppress and Punish Trafficking in Persons(?:, Especially Women and Children)?"
                    + "|Trafficking in Persons Protocol"), "protocol/trafficking-in-persons"},
            new Object[] {Pattern.compile("Protocol against the Smuggling of Migrants(?: by Land, Sea and Air)?"
                    + "|(?:Smuggling of )?Migrants Protocol"), "protocol/smuggling-of-migrants"},
            new Object[] {Pattern.compile("Protocol against the Illicit Manufacturing of and Trafficking in Firearms"
                    + "(?:, Their Parts and Components and Ammunition)?|Firearms Protocol"), "protocol/firearms"},
            new Object[] {Pattern.compile("(?:United Nations )?Convention against Transnational Organized Crime"
                    + "|Organized Crime Convention"), "untoc"},
            new Object[] {Pattern.compile("(?:United Nations )?Convention against Corruption"), "uncac"});
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’\\-]*");
    private static final java.util.Set<String> HEADS =
            java.util.Set.of("Convention", "Protocol", "Treaty", "Charter", "Covenant", "Agreement");
    private static final java.util.Set<String> LEFT_STOP = java.util.Set.of(
            "The", "This", "That", "These", "Those", "Its", "In", "Under", "See", "Ibid", "And", "Article", "Articles",
            "Art", "Apart", "As", "By", "For", "With", "Of", "On", "To", "A", "An");
    private static final java.util.Set<String> RIGHT_CONNECT = java.util.Set.of(
            "of", "on", "against", "for", "the", "to", "in", "among", "between", "by");
    private static final Pattern DESIGNATION_AFTER = Pattern.compile("^\\s+(\\d{4}/\\d+/[A-Z]{2,})");
    private static final Pattern DESIGNATION_LATER = Pattern.compile("^[^.;]{0,200}?\\((\\d{4}/\\d+/[A-Z]{2,})\\)");

    private final TreatySeries treatySeries;

    public CitationParser(TreatySeries treatySeries) {
        this.treatySeries = treatySeries;
    }

    /** The citations of one sentence, in text order, and the instrument the sentence last speaks of. */
    public record Result(List<Citation> citations, String lastInstrument) {}

    /** Finds and attributes every citation in {@code sentence}. */
    public Result parse(String sentence, CitationContext ctx) {
        Scan scan = new Scan(sentence, ctx);
        List<Citation> out = new ArrayList<>();
        scan.acts(out);
        scan.provisions(out);
        scan.symbols(out);
        scan.treaties(out);
        out.sort(Comparator.comparingInt(Citation::start));
        List<Citation> marked = new ArrayList<>(out.size());
        for (Citation c : out) marked.add(c.withNested(scan.nested(c.start())));
        return new Result(marked, scan.lastInstrument());
    }

    /** One mention of an instrument or a body in the sentence. */
    private record Mention(int start, int end, String value, boolean quoted, boolean object) {}

    /** The working state of one parse: the masked sentence and what it mentions. */
    private final class Scan {
        private final String raw;
        private final String m;
        private final CitationContext ctx;
        private final List<int[]> quotes = new ArrayList<>();
        private final List<int[]> subClauses = new ArrayList<>();
        private final List<Mention> instruments = new ArrayList<>();
        private final List<Mention> bodies = new ArrayList<>();
        private final boolean[] consumed;

        Scan(String raw, CitationContext ctx) {
            this.raw = raw;
            this.ctx = ctx;
            this.m = mask(raw);
            this.consumed = new boolean[raw.length() + 1];
            findQuotes();
            findSubClauses();
            findInstruments();
            findBodies();
        }

        // ---- masking and regions

        /** Same length as the input, so offsets stay valid: markup, links and URLs become spaces. */
        private String mask(String s) {
            char[] c = s.toCharArray();
            Matcher url = Pattern.compile("https?://\\S+").matcher(s);
            while (url.find()) blank(c, url.start(), url.end());
            Matcher link = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)").matcher(s);
            while (link.find()) {
                c[link.start()] = ' ';
                blank(c, link.end(1), link.end());
            }
            for (int i = 0; i < c.length; i++) if (c[i] == '*' || c[i] == '_' || c[i] == '\u00a0') c[i] = ' ';
            return new String(c);
        }

        private void blank(char[] c, int from, int to) {
            for (int i = from; i < to; i++) c[i] = ' ';
        }

        private void findQuotes() {
            int open = -1;
            boolean straightOpen = false;
            for (int i = 0; i < m.length(); i++) {
                char ch = m.charAt(i);
                if (ch == '“' && open < 0) open = i;
                else if (ch == '”' && open >= 0 && !straightOpen) { quotes.add(new int[] {open, i + 1}); open = -1; }
                else if (ch == '"') {
                    if (open < 0) { open = i; straightOpen = true; }
                    else if (straightOpen) { quotes.add(new int[] {open, i + 1}); open = -1; straightOpen = false; }
                }
            }
        }

        private void findSubClauses() {
            Matcher s = SUB_CLAUSE.matcher(m);
            while (s.find()) {
                if (inQuote(s.start())) continue;
                int end = m.indexOf("; ", s.end());
                subClauses.add(new int[] {s.start(), end < 0 ? m.length() : end});
            }
        }

        boolean inQuote(int pos) {
            for (int[] q : quotes) if (pos >= q[0] && pos < q[1]) return true;
            return false;
        }

        boolean nested(int pos) {
            if (inQuote(pos)) return true;
            for (int[] r : subClauses) if (pos >= r[0] && pos < r[1]) return true;
            return false;
        }

        // ---- mentions

        private void findInstruments() {
            List<int[]> known = new ArrayList<>();
            for (Object[] k : KNOWN_INSTRUMENTS) {
                Matcher x = ((Pattern) k[0]).matcher(m);
                while (x.find()) {
                    if (overlaps(known, x.start(), x.end()) || namedBefore(x.start())) continue;
                    known.add(new int[] {x.start(), x.end()});
                    instruments.add(new Mention(x.start(), x.end(), (String) k[1], inQuote(x.start()), false));
                }
            }
            List<int[]> words = new ArrayList<>();
            Matcher w = WORD.matcher(m);
            while (w.find()) words.add(new int[] {w.start(), w.end()});
            for (int i = 0; i < words.size(); i++) {
                String word = word(words, i);
                boolean framework = word.equals("Decision") && i > 0 && word(words, i - 1).equals("Framework");
                if (!HEADS.contains(word) && !framework) continue;
                if (overlaps(known, words.get(i)[0], words.get(i)[1])) continue;
                int first = i;
                while (first > 0 && blankBetween(words, first - 1, first)) {
                    String prev = word(words, first - 1);
                    if (isCapitalised(prev) && !LEFT_STOP.contains(prev)) { first--; continue; }
                    if (prev.equals("of") && first > 1 && blankBetween(words, first - 2, first - 1)
                            && isCapitalised(word(words, first - 2)) && !LEFT_STOP.contains(word(words, first - 2))) {
                        first -= 2;
                        continue;
                    }
                    break;
                }
                int last = i;
                while (last + 1 < words.size() && blankBetween(words, last, last + 1)) {
                    String next = word(words, last + 1);
                    if (isCapitalised(next)) { last++; continue; }
                    int k = last + 1;
                    while (k < words.size() && RIGHT_CONNECT.contains(word(words, k)) && blankBetween(words, k - 1, k)) k++;
                    if (k > last + 1 && k < words.size() && blankBetween(words, k - 1, k) && isCapitalised(word(words, k))) {
                        last = k;
                        continue;
                    }
                    break;
                }
                int start = words.get(first)[0];
                int end = words.get(last)[1];
                String name = m.substring(start, end);
                i = last;
                if (name.endsWith("Series") || overlaps(known, start, end)) continue;
                String segment = classify(name, start, end);
                Matcher d = DESIGNATION_AFTER.matcher(m.substring(end));
                if (segment != null && segment.startsWith("instrument/") && d.find()) {
                    end += d.end();
                    segment += "-" + slug(d.group(1));
                } else if (segment != null && segment.startsWith("instrument/")) {
                    Matcher later = DESIGNATION_LATER.matcher(m.substring(end));
                    if (later.find() && !later.group().matches("(?s).*\\b(?:[Aa]rticles?|[Aa]rt\\.).*")) {
                        segment += "-" + slug(later.group(1));
                    }
                }
                instruments.add(new Mention(start, end, segment, inQuote(start), false));
            }
            instruments.sort(Comparator.comparingInt(Mention::start));
        }

        /** "Inter-American Convention against Corruption" is not UNCAC: a capitalised word runs into the name. */
        private boolean namedBefore(int start) {
            Matcher w = Pattern.compile("([\\p{L}][\\p{L}\\-]*)\\s+$").matcher(m.substring(0, start));
            return w.find() && isCapitalised(w.group(1)) && !LEFT_STOP.contains(w.group(1));
        }

        /** IRI segment of a generic instrument name; "the Convention" is the context's. */
        private String classify(String name, int start, int end) {
            if (name.equals("Convention")) {
                // "the Convention" is the one the text is about; "that Convention", or any when the text does not
                // say what it is about, is the one last named.
                if (ctx.homeInstrument() == null || m.substring(0, start).matches("(?s).*\\bthat\\s+$")) {
                    Mention nearest = null;
                    for (Mention prior : instruments) {
                        if (prior.start() < start && prior.value() != null && !prior.quoted()
                                && (nearest == null || prior.start() > nearest.start())) nearest = prior;
                    }
                    if (nearest != null) return nearest.value();
                    return ctx.runningInstrument() != null ? ctx.runningInstrument() : ctx.homeInstrument();
                }
                return ctx.homeInstrument();
            }
            if (name.equals("Protocol") || name.equals("Treaty") || name.equals("Agreement") || name.equals("Charter")
                    || name.equals("Covenant")) {
                return null;
            }
            return "instrument/" + slug(name);
        }

        private void findBodies() {
            Matcher b = BODY.matcher(m);
            while (b.find()) {
                String name = b.group();
                Ids.Body body;
                int end = b.end();
                if (name.startsWith("Conference of")) {
                    Mention instrument = instrumentAfter(end, TO_INSTRUMENT);
                    boolean statesParties = name.contains("States Parties");
                    if (instrument == null) {
                        body = statesParties ? Ids.Body.COSP : Ids.Body.COP;
                    } else {
                        end = instrument.end();
                        body = conferenceOf(instrument.value());
                    }
                } else {
                    body = switch (name) {
                        case "General Assembly" -> Ids.Body.GA;
                        case "Economic and Social Council" -> Ids.Body.ECOSOC;
                        case "Commission on Crime Prevention and Criminal Justice", "Crime Commission" -> Ids.Body.CCPCJ;
                        case "Security Council" -> Ids.Body.SC;
                        case "Human Rights Council" -> Ids.Body.HRC;
                        case "Commission", "Council", "Assembly" -> shortNameOf(name, b.start());
                        default -> ctx.homeBody();
                    };
                }
                boolean object = OBJECT_BEFORE.matcher(m.substring(0, b.start())).find();
                bodies.add(new Mention(b.start(), end, body == null ? null : body.name(), inQuote(b.start()), object));
            }
        }

        /** "the Commission" is the body of that name the sentence named before; otherwise nobody can say which. */
        private Ids.Body shortNameOf(String word, int pos) {
            Ids.Body found = null;
            Matcher full = BODY.matcher(m.substring(0, pos));
            while (full.find()) {
                String name = full.group();
                if (!name.equals(word) && name.contains(word)) {
                    found = switch (name) {
                        case "General Assembly" -> Ids.Body.GA;
                        case "Economic and Social Council" -> Ids.Body.ECOSOC;
                        case "Commission on Crime Prevention and Criminal Justice" -> Ids.Body.CCPCJ;
                        case "Security Council" -> Ids.Body.SC;
                        case "Human Rights Council" -> Ids.Body.HRC;
                        default -> found;
                    };
                }
            }
            return found;
        }

        private Mention instrumentAfter(int pos, Pattern lead) {
            Matcher l = lead.matcher(m.substring(pos));
            if (!l.find()) return null;
            int at = pos + l.end();
            for (Mention i : instruments) if (i.start() == at) return i;
            return null;
        }

        private Ids.Body conferenceOf(String instrument) {
            if (instrument == null) return null;
            if (instrument.equals("uncac")) return Ids.Body.COSP;
            if (instrument.equals("untoc") || instrument.startsWith("protocol/")) return Ids.Body.COP;
            return null;
        }

        String lastInstrument() {
            String last = null;
            for (Mention i : instruments) if (!i.quoted() && i.value() != null) last = i.value();
            return last;
        }

        // ---- acts

        void acts(List<Citation> out) {
            List<Citation> acts = new ArrayList<>();
            List<String> bodiesOfActs = new ArrayList<>();
            List<Integer> actEnds = new ArrayList<>();
            Matcher a = ACT.matcher(m);
            while (a.find()) {
                if (m.substring(0, a.start()).matches("(?s).*\\bFramework\\s+$")) continue;
                Ids.ActKind kind = a.group(1).toLowerCase(Locale.ROOT).startsWith("decision")
                        ? Ids.ActKind.DECISION : Ids.ActKind.RESOLUTION;
                List<int[]> numbers = new ArrayList<>();
                numbers.add(new int[] {a.start(2), a.end(3)});
                int cursor = a.end();
                if (a.group(1).endsWith("s")) {
                    Matcher next;
                    while ((next = ACT_LIST_NEXT.matcher(m.substring(cursor))).find()) {
                        numbers.add(new int[] {cursor + next.start(1), cursor + next.end(2)});
                        cursor += next.end();
                    }
                }
                // What follows the (last) number: a stated date, "of the <body>", a title.
                String date = null;
                Matcher dm = STATED_DATE.matcher(m.substring(cursor));
                if (numbers.size() == 1 && dm.find()) {
                    date = dm.group(3) + "-" + MONTH_NUMBER.get(dm.group(2).toLowerCase(Locale.ROOT)) + "-"
                            + String.format("%02d", Integer.parseInt(dm.group(1)));
                    cursor += dm.end();
                }
                Mention suffix = bodyAfter(cursor);
                if (suffix != null) cursor = suffix.end();
                String title = null;
                Matcher tm = ENTITLED.matcher(m.substring(cursor));
                if (numbers.size() == 1 && tm.find()) title = tm.group(1).trim();

                int spanStart = a.start();
                Mention prefix = bodyEndingAt(a.start());
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
                int spanEnd = Math.max(numbers.get(numbers.size() - 1)[1], suffix != null ? suffix.end() : 0);
                if (date != null) spanEnd = Math.max(spanEnd, a.end() + dm.end());
                for (int i = 0; i < numbers.size(); i++) {
                    int[] n = numbers.get(i);
                    String[] parts = m.substring(n[0], n[1]).split("/");
                    String target = body == null ? null : Ids.act(Ids.Body.valueOf(body), kind, parts[0], parts[1]);
                    int s = i == 0 ? spanStart : n[0];
                    int e = numbers.size() == 1 ? spanEnd : n[1];
                    acts.add(new Citation(Citation.Kind.ACT, s, e, raw.substring(s, e), target, List.of(), date,
                            title, null, false));
                    bodiesOfActs.add(body);
                    actEnds.add(e);
                }
            }
            applyGroupTitles(acts);
            out.addAll(acts);
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

        private Mention bodyEndingAt(int pos) {
            for (Mention b : bodies) {
                if (b.quoted() || b.end() > pos) continue;
                if (m.substring(b.end(), pos).isBlank()) return b;
            }
            return null;
        }

        private Mention bodyAfter(int pos) {
            Matcher of = OF_THE.matcher(m.substring(pos));
            if (!of.find()) return null;
            int at = pos + of.end();
            for (Mention b : bodies) if (b.start() == at && !b.quoted()) return b;
            return null;
        }

        /**
         * "its" is the subject's: a body named just before it ("the Council, in its"), or named after an opening
         * "In its …"; otherwise the author of the text, whose clauses all have it as their subject.
         */
        private String antecedentOfIts(int itsAt, int actEnd) {
            Mention before = null;
            for (Mention b : bodies) {
                if (b.quoted() || b.end() > itsAt) continue;
                before = b;
            }
            if (before != null && CLOSE_TO_ITS.matcher(m.substring(before.end(), itsAt)).matches()) return before.value();
            if (SENTENCE_OPENING_ITS.matcher(m.substring(0, itsAt + 4)).find()) {
                for (Mention b : bodies) if (!b.quoted() && b.start() >= actEnd) return b.value();
            }
            return ctx.author() == null ? null : ctx.author().name();
        }

        /** A number with no body of its own: the list it continues, the sentence's subject, or its context. */
        private String bareBody(int actStart, int previousActEnd, String previousBody) {
            if (previousActEnd >= 0 && previousBody != null) {
                boolean bodyBetween = false;
                for (Mention b : bodies) {
                    if (!b.quoted() && b.start() >= previousActEnd && b.end() <= actStart) bodyBetween = true;
                }
                if (!bodyBetween) return previousBody;
            }
            Mention before = null;
            for (Mention b : bodies) {
                if (b.quoted() || b.object() || b.end() > actStart) continue;
                before = b;
            }
            if (before != null) return before.value();
            String conference = null;
            boolean conflicting = false;
            for (Mention i : instruments) {
                if (i.quoted() || i.value() == null) continue;
                Ids.Body c = conferenceOf(i.value());
                if (c == null) continue;
                if (conference != null && !conference.equals(c.name())) conflicting = true;
                conference = c.name();
            }
            if (conference != null && !conflicting) return conference;
            if (conflicting) return null;
            return ctx.homeBody() == null ? null : ctx.homeBody().name();
        }

        // ---- provisions

        void provisions(List<Citation> out) {
            Matcher p = PARAGRAPH_OF_ARTICLE.matcher(m);
            while (p.find()) {
                int end = p.end();
                Mention instrument = instrumentAfter(end, OF_THE);
                String segment;
                if (instrument != null) {
                    segment = instrument.value();
                    end = instrument.end();
                } else {
                    segment = implicitInstrument(p.start());
                }
                String text = raw.substring(p.start(), end);
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
                            paragraphs.add(new String[] {pn.group(1) != null ? pn.group(1) : pn.group(2), pn.group(3)});
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
                Mention instrument = instrumentAfter(cursor, OF_THE);
                String segment;
                if (instrument != null) {
                    segment = instrument.value();
                    end = instrument.end();
                } else {
                    // "(art. 1), the Convention provides …": a bare parenthetical may name its instrument just after.
                    int open = m.lastIndexOf('(', a.start());
                    boolean parenthetical = open >= 0 && m.substring(open + 1, a.start()).isBlank();
                    segment = implicitInstrument(a.start());
                    if (segment == null && parenthetical) segment = firstInstrumentAfter(end);
                    if (segment == null) segment = ctx.runningInstrument() != null ? ctx.runningInstrument()
                            : ctx.homeInstrument();
                }
                String text = raw.substring(a.start(), end).strip();
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

        /** The instrument an article without "of the …" belongs to: the one the sentence last named before it. */
        private String implicitInstrument(int pos) {
            String found = null;
            for (Mention i : instruments) {
                if (i.quoted() || i.end() > pos) continue;
                found = i.value();
            }
            return found;
        }

        private String firstInstrumentAfter(int pos) {
            for (Mention i : instruments) if (!i.quoted() && i.start() >= pos) return i.value();
            return null;
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

        // ---- documents and treaties

        void symbols(List<Citation> out) {
            Matcher s = SYMBOL.matcher(m);
            List<int[]> found = new ArrayList<>();
            while (s.find()) {
                int end = s.end();
                while (end > s.start() && (m.charAt(end - 1) == '.' || m.charAt(end - 1) == ',')) end--;
                String symbol = m.substring(s.start(), end);
                if (!symbol.matches(".*\\d.*")) continue;
                found.add(new int[] {s.start(), end});
            }
            for (int i = 0; i < found.size(); i++) {
                int[] f = found.get(i);
                // A joint symbol "X-Y" shares one pinpoint, written after its second half.
                int pinFrom = f[1];
                if (i + 1 < found.size() && m.substring(f[1], found.get(i + 1)[0]).equals("-")) {
                    pinFrom = found.get(i + 1)[1];
                }
                Matcher pin = PIN.matcher(m.substring(pinFrom));
                StringBuilder pins = new StringBuilder();
                int c = pinFrom;
                while (pin.find()) {
                    if (pins.length() > 0) pins.append(", ");
                    pins.append(pin.group(1).trim());
                    c += pin.end();
                    pin = PIN.matcher(m.substring(c));
                }
                String symbol = m.substring(f[0], f[1]);
                out.add(new Citation(Citation.Kind.DOCUMENT, f[0], f[1], raw.substring(f[0], f[1]),
                        Ids.document(symbol), List.of(), null, null, pins.length() == 0 ? null : pins.toString(), false));
            }
        }

        void treaties(List<Citation> out) {
            Matcher t = TREATY.matcher(m);
            while (t.find()) {
                for (String volume : t.group(1).split("\\s*(?:,\\s*(?:and\\s+)?|and\\s+)\\s*")) {
                    String v = volume.trim();
                    if (v.isEmpty()) continue;
                    String segment = treatySeries.instrument(v, t.group(2));
                    out.add(new Citation(Citation.Kind.INSTRUMENT, t.start(), t.end(), raw.substring(t.start(), t.end()),
                            segment == null ? null : Ids.instrument(segment), List.of(), null, null, null, false));
                }
            }
        }

        // ---- small helpers

        private String word(List<int[]> words, int i) {
            return m.substring(words.get(i)[0], words.get(i)[1]);
        }

        private boolean blankBetween(List<int[]> words, int i, int j) {
            return m.substring(words.get(i)[1], words.get(j)[0]).isBlank();
        }
    }

    private static boolean overlaps(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) if (start < r[1] && end > r[0]) return true;
        return false;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
