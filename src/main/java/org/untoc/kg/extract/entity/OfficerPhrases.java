package org.untoc.kg.extract.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.untoc.kg.vocab.Untoc;

/**
 * The officers of a meeting as reports state them, in the usual phrasings:
 * <ul>
 *   <li>a list: "The following officers were elected: Chair: A (X); Vice-Chairs: B (Y) and C (Z); Rapporteur: D (W)";</li>
 *   <li>a person then the office: "B (Y) was elected Vice-Chair", "… and C (Z) Rapporteur", "D (W) served as Rapporteur";</li>
 *   <li>the office then the person: "the Working Group elected D (W) as its Rapporteur", "elected as Vice-Chairs B (Y)
 *       and C (Z)";</li>
 *   <li>an apposition closed by a comma or full stop: "opened by the Vice-Chair, B (Y), who…" (not "in the absence
 *       of the Chair, B (Y) acted…").</li>
 * </ul>
 * A list entry that names only a State ("Vice-Chairs: Argentina and Nigeria") is an officer with no person.
 */
final class OfficerPhrases {
    private static final int F = Pattern.CASE_INSENSITIVE;

    /** An office and what it writes: the participation's capacity and the meeting's link to the holder (none for acting). */
    enum Role {
        CHAIR(Untoc.ChairCapacity, Untoc.chair),
        ACTING_CHAIR(Untoc.ActingChairCapacity, null),
        VICE_CHAIR(Untoc.ViceChairCapacity, Untoc.viceChair),
        RAPPORTEUR(Untoc.RapporteurCapacity, Untoc.rapporteur);

        final Node capacity;
        final Node meetingLink;

        Role(Node capacity, Node meetingLink) {
            this.capacity = capacity;
            this.meetingLink = meetingLink;
        }
    }

    /**
     * One office holder: a person (name, and the State in parentheses as written, or null), or a State alone
     * ({@code name} null, {@code state} as written).
     */
    record Officer(Set<Role> roles, String name, String state) {}

    /** An office as written: "Chair", "Chairperson", "First Vice-Chair", "Vice-Chairs", "Vice-Chair-cum-Rapporteur". */
    static final String ROLE = "(?<![\\p{L}-])(?:(?:First|Second|Third|1st|2nd|3rd)\\s+)?(?:Acting\\s+)?"
            + "(?:Vice-?\\s?(?:Chair(?:person|man|woman)?|President)s?|Chair(?:person|man|woman)?s?|Presidents?|Rapporteurs?)"
            + "(?:\\s*(?:-cum-|\\s+and\\s+)\\s*Rapporteur)?(?![\\p{L}-])";
    private static final String ONE = ReportExtractor.HONORIFIC + ReportExtractor.PERSON + "\\s*" + ReportExtractor.PAREN;
    private static final Pattern ONE_PERSON = Pattern.compile(ONE);
    /** The same without capturing groups, to be embedded. */
    private static final String ONE_NC = ReportExtractor.HONORIFIC + "(?:" + ReportExtractor.PERSON.substring(1)
            + "\\s*\\((?:(?:[^()]|\\([^()]*\\))+)\\)";
    private static final String SEVERAL = ONE_NC + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + ONE_NC + ")*";
    private static final Pattern SEVERAL_AT_END = Pattern.compile("(?:^|[\\s,])(" + SEVERAL + ")\\s*,?\\s*$");

    /** Says that what follows lists officers: "The following officers were elected:", "the Bureau was composed as follows:". */
    private static final Pattern LIST_INTRO = Pattern.compile(
            "\\b(?:officers?|bureau)\\b[^:]{0,120}?:|\\belected\\b[^:]{0,120}?:", F);
    private static final Pattern ROLE_HEADING = Pattern.compile(ROLE + "\\s*:\\s*");
    private static final String VERB = "(?:(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:re-?elected|elected|appointed|designated|nominated)"
            + "(?:\\s+by\\s+acclamation)?(?:\\s+as)?|(?:served|acted|serving|acting)\\s+as)";
    private static final Pattern PERSON_THEN_ROLE = Pattern.compile(
            "\\b(" + VERB + ")\\s+(?:the\\s+|its\\s+)?(?:(?:new|sole)\\s+)?(" + ROLE + ")");
    /** "… and C (Z) Rapporteur": a second office under the same verb. */
    private static final Pattern AND_ANOTHER = Pattern.compile(
            "\\G\\s*(?:,\\s*)?(?:and|while)\\s+(" + SEVERAL + ")\\s+(?:as\\s+)?(?:the\\s+|its\\s+)?(" + ROLE + ")");
    private static final Pattern ROLE_THEN_PERSON = Pattern.compile(
            "\\b(?:re-?elected|elected|appointed|designated|nominated)(?:\\s+by\\s+acclamation)?\\s+"
            + "(?:(" + SEVERAL + ")\\s+as\\s+(?:the\\s+|its\\s+)?(" + ROLE + ")"
            + "|as\\s+(?:the\\s+|its\\s+)?(" + ROLE + ")\\s*,?\\s*(" + SEVERAL + "))");
    private static final Pattern APPOSITION = Pattern.compile(
            "\\bthe\\s+(" + ROLE + ")(?:\\s+of\\s+the\\s+(?:Working\\s+Group|meeting))?\\s*,\\s*(" + ONE_NC + ")(?=\\s*(?:[,.;]|$))");

    /** A full stop that ends a sentence, not the one of "Mr." or "Ms.". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Mr|Ms|Mrs|Dr|E))\\.(?=\\s+[A-Z]|\\s*$)");

    private OfficerPhrases() {}

    /** The roles an office as written stands for. */
    static Set<Role> roles(String office) {
        String o = office.toLowerCase(Locale.ROOT);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (o.contains("vice")) roles.add(Role.VICE_CHAIR);
        else if (o.contains("chair") || o.contains("president")) roles.add(o.startsWith("acting") ? Role.ACTING_CHAIR : Role.CHAIR);
        if (o.contains("rapporteur")) roles.add(Role.RAPPORTEUR);
        return roles;
    }

    /** The persons "A (X), B (Y) and C (Z)" names. */
    static List<Officer> persons(String list, Set<Role> roles) {
        List<Officer> out = new ArrayList<>();
        Matcher m = ONE_PERSON.matcher(list);
        while (m.find()) out.add(new Officer(roles, clean(m.group(1)), m.group(2)));
        return out;
    }

    /** Officers stated in {@code text} (a paragraph with, for a list, the lines that follow it). */
    static List<Officer> find(String text) {
        List<Officer> out = new ArrayList<>();
        Matcher intro = LIST_INTRO.matcher(text);
        if (intro.find()) list(text.substring(intro.end()), out);
        Matcher v = PERSON_THEN_ROLE.matcher(text);
        while (v.find()) {
            String before = text.substring(clauseStart(text, v.start()), v.start());
            Matcher who = SEVERAL_AT_END.matcher(before);
            if (!who.find()) continue;
            Set<Role> roles = roles(v.group(2));
            if (v.group(1).toLowerCase(Locale.ROOT).startsWith("act") && roles.remove(Role.CHAIR)) roles.add(Role.ACTING_CHAIR);
            out.addAll(persons(who.group(1), roles));
            Matcher more = AND_ANOTHER.matcher(text).region(v.end(), text.length());
            while (more.find()) {
                out.addAll(persons(more.group(1), roles(more.group(2))));
                more.region(more.end(), text.length());
            }
        }
        Matcher e = ROLE_THEN_PERSON.matcher(text);
        while (e.find()) {
            if (e.group(1) != null) out.addAll(persons(e.group(1), roles(e.group(2))));
            else out.addAll(persons(e.group(4), roles(e.group(3))));
        }
        Matcher a = APPOSITION.matcher(text);
        while (a.find()) out.addAll(persons(a.group(2), roles(a.group(1))));
        return out;
    }

    /** "Chair: A (X); Vice-Chairs: B (Y) and C (Z); Rapporteur: D (W)." — each office's entries up to the next office. */
    private static void list(String text, List<Officer> out) {
        Matcher h = ROLE_HEADING.matcher(text);
        List<int[]> heads = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        while (h.find()) {
            heads.add(new int[] {h.start(), h.end()});
            offices.add(h.group().replaceAll("\\s*:\\s*$", ""));
        }
        for (int k = 0; k < heads.size(); k++) {
            int end = k + 1 < heads.size() ? heads.get(k + 1)[0] : text.length();
            String entries = text.substring(heads.get(k)[1], end);
            Matcher stop = SENTENCE_END.matcher(entries);
            if (stop.find()) entries = entries.substring(0, stop.start());
            entries = entries.strip().replaceAll("[;,.]\\s*(?:and)?$", "").strip();
            Set<Role> roles = roles(offices.get(k));
            List<Officer> persons = persons(entries, roles);
            if (!persons.isEmpty()) {
                out.addAll(persons);
            } else if (!entries.isEmpty()) {
                out.add(new Officer(roles, null, entries));
            }
        }
    }

    /** Start of the clause that ends at {@code pos}: after the last full stop, semicolon or colon before it. */
    private static int clauseStart(String text, int pos) {
        int start = 0;
        Matcher m = Pattern.compile("[.;:](?=\\s)").matcher(text).region(0, pos);
        while (m.find()) {
            // "Mr." and "Ms." are not the end of a clause.
            if (m.start() >= 2 && text.substring(Math.max(0, m.start() - 3), m.start()).matches(".*\\b(?:Mr|Ms|Mrs|Dr|E)")) continue;
            start = m.end();
        }
        return start;
    }

    private static String clean(String name) {
        return name.strip().replaceAll("[.,]$", "");
    }
}
