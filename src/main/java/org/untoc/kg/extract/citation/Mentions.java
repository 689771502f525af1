package org.untoc.kg.extract.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.vocab.Ids;

/**
 * The instruments and bodies a sentence names, each with what it is: "the Organized Crime Convention" (untoc),
 * "the European Convention on Extradition" (its own slug), "the Conference of the States Parties to that
 * Convention" (cosp), "the Commission" (only if the sentence named the Commission in full before).
 */
final class Mentions {
    /** A named instrument or body at [start, end): its IRI segment or body name (null when nobody can say). */
    record Mention(int start, int end, String value, boolean quoted, boolean object, boolean subject) {}

    /** "…, of the …" that ties a citation to the instrument or body named next. */
    static final Pattern OF_THE = Pattern.compile("^\\s*,?\\s+of\\s+(?:the\\s+|that\\s+)?");
    /** A body that is the object of the sentence, not its subject: "to the General Assembly", "Invites the …". */
    private static final Pattern OBJECT_AFTER_TO = Pattern.compile("\\bto\\s+(?:the\\s+)?$");
    private static final Pattern OBJECT_OF_VERB = Pattern.compile(
            "^\\W*(?:\\(?[a-z0-9]{1,3}[.)]\\s*)?[A-Z][a-z]+(?:\\s+(?:also|further|upon))?\\s+the\\s+$");
    // The leading look-ahead only names the first letters of the alternatives, so every match is the same; it
    // turns most positions of a sentence away at one character instead of trying each alternative there.
    private static final Pattern BODY = Pattern.compile(
            "(?=[GECSHA])(?:General Assembly|Economic and Social Council|Commission on Crime Prevention and Criminal Justice"
                    + "|Crime Commission|Security Council|Human Rights Council"
                    + "|Conference of (?:the )?States Parties|Conference of the Parties|\\bConference\\b(?!\\s+of\\s+(?:the\\s+)?[A-Z])(?!\\s+[A-Z])(?!-)"
                    + "|(?<=\\bthe\\s)(?:Commission|Council|Assembly)\\b(?!\\s+(?:of|on|for)\\b)(?!\\s+[A-Z])(?!-))");
    /** Words every match of {@link #BODY} contains. */
    private static final List<String> NAMED_BODY_WORDS = List.of("Assembly", "Council", "Commission", "Conference");
    /** Words every match of {@link #UNKNOWN_BODY} (and so of either) contains. */
    private static final List<String> BODY_WORDS = List.of("Commission", "Council", "Assembly", "Board", "Committee",
            "Forum", "Congress", "Conference", "Meeting");
    private static final Pattern UNKNOWN_BODY = Pattern.compile(
            "(?=[A-Z])(?:[A-Z][\\w'’-]*\\s+(?:(?:of|on|and|for|against|in)\\s+(?:the\\s+)?)*)*"
                    + "(?:Commission|Council|Assembly|Board|Committee|Forum|Congress|Conference|Meeting)\\b"
                    + "(?:\\s+(?:(?:of|on|and|for|the|to|against|in)\\s+)*[A-Z][\\w'’-]*)*");
    /**
     * A body that opens the sentence as its subject: "The Conference …", "In 2014, the Council …". (A clause of a
     * resolution opens with its verb, so there the subject stays the author.)
     */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile(
            "^\\W*(?:(?:In|On|At|By|During|Following|After|Since)\\b[^,]{0,60},\\s*)?(?:[Tt]he\\s+)?$");
    /** A clause's opening word before a name: "Welcoming", "Recalls", "Also", "The". */
    private static final Pattern OPENING_WORD = Pattern.compile(
            "^(?:[A-Z][a-z]+ing|Also|Further|The|This|That|In|By|See|Under|Recalls|Notes|Welcomes|Reaffirms|Endorses"
                    + "|Requests|Invites|Urges|Decides|Encourages|Acknowledges|Recognizes|Emphasizes)\\s+(?=[A-Z])");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}\\-]*)\\s+$");
    private static final Pattern TO_INSTRUMENT = Pattern.compile("^\\s+to\\s+(?:the\\s+|that\\s+)?");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’\\-]*");
    private static final Set<String> HEADS =
            Set.of("Convention", "Protocol", "Treaty", "Charter", "Covenant", "Agreement");
    private static final Set<String> LEFT_STOP = Set.of(
            "The", "This", "That", "These", "Those", "Its", "In", "Under", "See", "Ibid", "And", "Article", "Articles",
            "Art", "Apart", "As", "By", "For", "With", "Of", "On", "To", "A", "An");
    private static final Set<String> RIGHT_CONNECT = Set.of(
            "of", "on", "against", "for", "the", "to", "in", "among", "between", "by");
    private static final Pattern DESIGNATION_AFTER = Pattern.compile("^\\s+(\\d{4}/\\d+/[A-Z]{2,})");
    private static final Pattern DESIGNATION_LATER = Pattern.compile("^[^.;]{0,200}?\\((\\d{4}/\\d+/[A-Z]{2,})\\)");

    private final String m;
    private final MaskedSentence sentence;
    private final CitationContext ctx;
    private final List<Mention> instruments = new ArrayList<>();
    private final List<Mention> bodies = new ArrayList<>();

    Mentions(MaskedSentence sentence, CitationContext ctx) {
        this.sentence = sentence;
        this.m = sentence.text();
        this.ctx = ctx;
        findInstruments();
        findBodies();
    }

    /** Bodies in text order. */
    List<Mention> bodies() {
        return bodies;
    }

    /** Instruments in text order. */
    List<Mention> instruments() {
        return instruments;
    }

    private boolean inQuote(int pos) {
        return sentence.inQuote(pos);
    }
    private void findInstruments() {
        List<int[]> known = new ArrayList<>();
        for (InstrumentNames.Found f : InstrumentNames.shared().find(m)) {
            if (namedBefore(f.start())) continue;
            known.add(new int[] {f.start(), f.end()});
            instruments.add(new Mention(f.start(), f.end(), f.segment(), inQuote(f.start()), false, false));
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
            instruments.add(new Mention(start, end, segment, inQuote(start), false, false));
        }
        instruments.sort(Comparator.comparingInt(Mention::start));
    }

    /** "Inter-American Convention against Corruption" is not UNCAC: a capitalised word runs into the name. */
    private boolean namedBefore(int start) {
        Matcher w = WORD_BEFORE.matcher(m).region(0, start);
        return w.find() && isCapitalised(w.group(1)) && !LEFT_STOP.contains(w.group(1));
    }

    /** IRI segment of a generic instrument name; "the Convention" is the context's. */
    private String classify(String name, int start, int end) {
        if (name.equals("Convention")) {
            // "the Convention" is the one a Conference's text is about; "that Convention", or "the Convention" in
            // a text of another body or of nobody known, is the convention last named.
            boolean that = m.substring(0, start).matches("(?s).*\\bthat\\s+$");
            if (ctx.homeInstrument() == null || that || !ctx.conventionIsHome()) {
                Mention nearest = null;
                for (Mention prior : instruments) {
                    if (prior.start() < start && isConvention(prior.value()) && !prior.quoted()
                            && (nearest == null || prior.start() > nearest.start())) nearest = prior;
                }
                if (nearest != null) return nearest.value();
                return isConvention(ctx.runningInstrument()) ? ctx.runningInstrument() : ctx.homeInstrument();
            }
            return ctx.homeInstrument();
        }
        if (name.equals("Protocol") || name.equals("Treaty") || name.equals("Agreement") || name.equals("Charter")
                || name.equals("Covenant")) {
            return null;
        }
        return "instrument/" + slug(name);
    }

    /** "the Convention" stands for a convention, never for a Protocol or a declaration named before it. */
    static boolean isConvention(String segment) {
        return segment != null && (segment.equals("untoc") || segment.equals("uncac") || segment.contains("convention"));
    }

    private void findBodies() {
        // Every body name ends in one of these words; most sentences hold none, and then neither regex can match
        // (each tries every position of the sentence, the costliest step of the pipeline).
        if (!containsAny(BODY_WORDS)) return;
        Matcher b = BODY.matcher(containsAny(NAMED_BODY_WORDS) ? m : "");
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
                    default -> conferenceNamedBefore(b.start());
                };
            }
            boolean object = objectBefore(b.start());
            boolean subject = SUBJECT_BEFORE.matcher(m).region(0, b.start()).find();
            bodies.add(new Mention(b.start(), end, body == null ? null : body.name(), inQuote(b.start()), object,
                    subject));
        }
        // Any other named body ("the Commission on Narcotic Drugs, in its resolution 58/1") is a subject we cannot
        // name: recorded without a value, so its acts stay unresolved instead of falling to the context's body.
        List<int[]> known = new ArrayList<>();
        for (Mention k : bodies) known.add(new int[] {k.start(), k.end()});
        Matcher u = UNKNOWN_BODY.matcher(m);
        while (u.find()) {
            int start = u.start();
            Matcher verb;
            while ((verb = OPENING_WORD.matcher(m.substring(start, u.end()))).find()) start += verb.end();
            if (overlaps(known, start, u.end())) continue;
            boolean object = objectBefore(start);
            boolean subject = SUBJECT_BEFORE.matcher(m).region(0, start).find();
            bodies.add(new Mention(start, u.end(), null, inQuote(start), object, subject));
        }
        bodies.sort(Comparator.comparingInt(Mention::start));
    }

    /**
     * "the Conference" is the one the text is of or about ("Conference resolution 5/1" in a text of the Conference
     * of the Parties is its own, even after the Conference of the States Parties was named); in a text that does
     * not say, it is the Conference the sentence named in full before it ("the sessions of the Conference of the
     * Parties, … of the rules of procedure for the Conference").
     */
    private Ids.Body conferenceNamedBefore(int pos) {
        if (ctx.homeBody() != null) return ctx.homeBody();
        Ids.Body named = null;
        for (Mention b : bodies) {
            if (b.end() <= pos && !b.quoted() && b.value() != null
                    && m.startsWith("Conference of", b.start())) named = Ids.Body.valueOf(b.value());
        }
        return named;
    }

    /**
     * A body at {@code pos} is the object of the sentence: "… to the", or a clause's verb and "the" just before it.
     * A region instead of a copy of the prefix (same bounds, same result): this ran once per body over the whole
     * sentence before it, the costliest step of the pipeline.
     */
    private boolean objectBefore(int pos) {
        if (OBJECT_OF_VERB.matcher(m).region(0, pos).lookingAt()) return true;
        // "to" + spaces + optional "the" + spaces must end at pos, so a match starts no earlier than this; the
        // region is transparent so that \b still sees the character before it.
        int i = skipSpacesBack(pos);
        if (i >= 3 && m.startsWith("the", i - 3)) {
            i = skipSpacesBack(i - 3);
        }
        int from = Math.max(0, Math.min(i, pos) - 3);
        return OBJECT_AFTER_TO.matcher(m).region(from, pos).useTransparentBounds(true).find();
    }

    private int skipSpacesBack(int pos) {
        int i = pos;
        while (i > 0 && " \t\n\u000B\f\r".indexOf(m.charAt(i - 1)) >= 0) i--;
        return i;
    }

    /**
     * "the Commission" is the body of that name the sentence named before, or the author when its name has that
     * word ("the Assembly" in a text of the General Assembly); otherwise nobody can say which.
     */
    private Ids.Body shortNameOf(String word, int pos) {
        Ids.Body named = namedBefore(word, pos);
        if (named != null) return named;
        Ids.Body author = ctx.author();
        if (author == null) return null;
        return switch (word) {
            case "Assembly" -> author == Ids.Body.GA ? author : null;
            case "Council" -> author == Ids.Body.ECOSOC || author == Ids.Body.SC || author == Ids.Body.HRC ? author : null;
            case "Commission" -> author == Ids.Body.CCPCJ ? author : null;
            default -> null;
        };
    }

    private Ids.Body namedBefore(String word, int pos) {
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

    Mention instrumentAfter(int pos, Pattern lead) {
        Matcher l = lead.matcher(m.substring(pos));
        if (!l.find()) return null;
        int at = pos + l.end();
        for (Mention i : instruments) if (i.start() == at) return i;
        return null;
    }

    static Ids.Body conferenceOf(String instrument) {
        if (instrument == null) return null;
        if (instrument.equals("uncac")) return Ids.Body.COSP;
        if (instrument.equals("untoc") || instrument.startsWith("protocol/")) return Ids.Body.COP;
        return null;
    }

    String lastInstrument() {
        String last = null;
        // A declaration named after a treaty does not change which treaty "the Convention" or "article 5" is of.
        for (Mention i : instruments) {
            if (!i.quoted() && i.value() != null && !InstrumentNames.shared().declaration(i.value())) last = i.value();
        }
        return last;
    }

    Mention bodyEndingAt(int pos) {
        for (Mention b : bodies) {
            if (b.quoted() || b.end() > pos) continue;
            if (m.substring(b.end(), pos).isBlank()) return b;
        }
        return null;
    }

    Mention bodyAfter(int pos) {
        Matcher of = OF_THE.matcher(m.substring(pos));
        if (!of.find()) return null;
        int at = pos + of.end();
        for (Mention b : bodies) if (b.start() == at && !b.quoted()) return b;
        return null;
    }

    /** The instrument an article without "of the …" belongs to: the one the sentence last named before it. */
    String implicitInstrument(int pos) {
        String found = null;
        for (Mention i : instruments) {
            if (i.quoted() || i.end() > pos) continue;
            found = i.value();
        }
        return found;
    }

    String firstInstrumentAfter(int pos) {
        for (Mention i : instruments) if (!i.quoted() && i.start() >= pos) return i.value();
        return null;
    }

    private String word(List<int[]> words, int i) {
        return m.substring(words.get(i)[0], words.get(i)[1]);
    }

    private boolean blankBetween(List<int[]> words, int i, int j) {
        return m.substring(words.get(i)[1], words.get(j)[0]).isBlank();
    }

    private boolean containsAny(List<String> words) {
        for (String w : words) if (m.contains(w)) return true;
        return false;
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
