package org.untoc.kg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.util.AsciiWords;

/**
 * Finds the meetings of working groups and the sessions of the Conference a text states, with what the text says
 * of each: ordinal, days, venue, format, joint meetings, the session they were held during.
 *
 * <p>"The Working Group" and an unqualified "its … meeting" mean the group the document is about (the
 * {@code defaultGroup}); without one such phrases are skipped, not guessed. Numbered sittings ("its 1st and 2nd
 * meetings") are parts of a meeting, not meetings, and are ignored.
 */
public final class MeetingPhrases {
    /** What a text states: meetings and sessions in order of appearance. */
    public record Result(List<MeetingMention> meetings, List<SessionMention> sessions) {}

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final String WG = "(" + WorkingGroup.ANY_NAME.pattern() + "|Working\\s+Group\\b(?!\\s+(?:on|of)\\s))";
    private static final String ORD = "(" + Ordinals.REGEX + ")";
    private static final Pattern MEETING = Pattern.compile(
            "\\b(its|the)\\s+(?:" + ORD + "\\s+)?meeting\\b(?!s)"
            + "|^\\s*" + ORD + "\\s+meeting\\b"
            + "|\\b(?:the\\s+)?" + WG + "\\s+met\\s+(?:for\\s+the\\s+" + ORD + "\\s+time\\b)?", F);
    private static final Pattern SESSION = Pattern.compile(
            "\\b(?:the|its)\\s+" + ORD + "\\s+(?:regular\\s+)?session\\b"
            + "(?:\\s+of\\s+the\\s+Conference(?!\\s+of\\s+(?:the\\s+)?States\\s+Parties)"
            + "(?:\\s+of\\s+the\\s+Parties(?:\\s+to\\s+the\\s+(?:United\\s+Nations\\s+)?(?:Organized\\s+Crime\\s+)?Convention"
            + "(?:\\s+against\\s+Transnational\\s+Organized\\s+Crime)?)?)?)?", F);
    private static final Pattern OF_GROUP = Pattern.compile("^\\s*,?\\s*of\\s+the\\s+" + WG, F);
    private static final Pattern GROUP_ANYWHERE = Pattern.compile("\\b" + WG, F);
    private static final Pattern CONFERENCE_BEFORE_ITS = Pattern.compile("Conference(?:\\s+of\\s+the\\s+Parties)?\\s*,?\\s*(?:at|in|during)\\s*$", F);
    /** "in Vienna", and "at the United Nations Office at Vienna" (the city of the Office). */
    private static final Pattern VENUE = Pattern.compile(
            "\\b(?:in|at\\s+the\\s+United\\s+Nations\\s+(?:Office|Headquarters)\\s+(?:at|in))\\s+"
            + "((?:St\\.\\s+)?[A-Z][\\p{L}\\-]+(?:\\s+[A-Z][\\p{L}\\-]+)*)(?=\\s*(?:,|on\\b|from\\b|in\\b|during\\b|\\)|$))");
    private static final Pattern VENUE_IN_PARENS = Pattern.compile("^\\s*\\(((?:St\\.\\s+)?[A-Z][\\p{L}\\-]+(?:\\s+[A-Z][\\p{L}\\-]+)*)\\s*,");
    private static final Pattern FORMAT = Pattern.compile("\\bin\\s+an?\\s+(hybrid|virtual|online|in-person)\\s+format\\b", F);
    private static final Pattern JOINT_TAIL = Pattern.compile("(?:in\\s+conjunction|jointly|back\\s+to\\s+back)\\s+with\\s*$", F);
    /** What may stand between a meeting and its days: "held (in Vienna) on", "(Vienna, ", "in Vienna on", "on". */
    private static final Pattern DATE_LEAD = Pattern.compile(
            "(?s)[\\s,]*(?:(?:which\\s+)?(?:was\\s+|were\\s+)?(?:held|convened|took\\s+place)\\b[^;()]{0,100}"
            + "|\\(\\s*(?:held\\s+(?:on|from)\\s*|[^()]{0,40},\\s*)"
            + "|(?:in\\s+[A-Z][^,;()]{0,40},?\\s*)?(?:on|from)\\s*)", F);
    private static final Pattern HELD_START = Pattern.compile("[\\s,]*(?:which\\s+)?(?:was\\s+|were\\s+)?(?:held|convened|took\\s+place)\\b", F);
    private static final Pattern DURING_TAIL = Pattern.compile("during\\s*$", F);
    private static final Pattern VERB = Pattern.compile("\\b(adopted|discussed|considered|endorsed|finalized|held|convened)\\b", F);
    private static final Pattern SENTENCE_END = Pattern.compile("[.;](?=\\s+[A-Z(]|\\s*$)|\\bwhereas\\b");

    private MeetingPhrases() {}

    /** Meetings and sessions {@code text} states; {@code defaultGroup} is what "the Working Group" means (may be null). */
    public static Result find(String text, WorkingGroup defaultGroup) {
        record Anchor(int start, int end, boolean session) {}
        List<Anchor> anchors = new ArrayList<>();
        // MEETING needs "meeting" or "met", SESSION "session": most paragraphs have neither, and both patterns
        // try a word boundary at every position of the text.
        if (AsciiWords.contains(text, "meeting") || AsciiWords.contains(text, "met")) {
            Matcher mm = MEETING.matcher(text);
            while (mm.find()) anchors.add(new Anchor(mm.start(), mm.end(), false));
        }
        if (AsciiWords.contains(text, "session")) {
            Matcher ms = SESSION.matcher(text);
            while (ms.find()) anchors.add(new Anchor(ms.start(), ms.end(), true));
        }
        anchors.sort(java.util.Comparator.comparingInt(Anchor::start));

        List<MeetingMention> meetings = new ArrayList<>();
        List<SessionMention> sessions = new ArrayList<>();
        List<Integer> meetingAt = new ArrayList<>();  // anchor index → meeting index or -1
        List<Integer> sessionAt = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            Anchor an = anchors.get(a);
            int windowEnd = a + 1 < anchors.size() ? anchors.get(a + 1).start() : text.length();
            Matcher end = SENTENCE_END.matcher(text).region(an.end(), windowEnd);
            int sentenceEnd = end.find() ? end.start() : windowEnd;
            int previousEnd = a == 0 ? 0 : anchors.get(a - 1).end();
            SessionMention session = an.session() ? readSession(text, an.start(), an.end(), sentenceEnd) : null;
            MeetingMention meeting = an.session() ? null : readMeeting(text, an.start(), an.end(), sentenceEnd, previousEnd, defaultGroup);
            if (session != null) sessions.add(session);
            if (meeting != null) meetings.add(meeting);
            sessionAt.add(session != null ? sessions.size() - 1 : -1);
            meetingAt.add(meeting != null ? meetings.size() - 1 : -1);
        }
        // Links between neighbouring phrases: "… in conjunction with the thirteenth meeting of …", "… during the
        // seventh session of the Conference".
        for (int a = 0; a + 1 < anchors.size(); a++) {
            int mi = meetingAt.get(a);
            if (mi < 0) continue;
            String between = text.substring(meetings.get(mi).from(), anchors.get(a + 1).start());
            // Only within one sentence: "… the fourth meeting of the Working Group. In 2014 both were convened during …"
            if (SENTENCE_END.matcher(text).region(anchors.get(a).end(), anchors.get(a + 1).start()).find()) continue;
            int next = a + 1;
            if (meetingAt.get(next) >= 0 && JOINT_TAIL.matcher(between).find()) {
                meetings.set(mi, meetings.get(mi).withJointWith(meetingAt.get(next)));
            }
            if (sessionAt.get(next) >= 0 && DURING_TAIL.matcher(between.replaceAll("(?i)\\s+the\\s*$", " ")).find()) {
                meetings.set(mi, meetings.get(mi).withSession(sessions.get(sessionAt.get(next)).number()));
            }
        }
        return new Result(List.copyOf(meetings), List.copyOf(sessions));
    }

    /** The Conference session an anchor names, with its days and venue when the phrase ties them to it; else null. */
    private static SessionMention readSession(String text, int start, int anchorEnd, int sentenceEnd) {
        Matcher s = SESSION.matcher(text).region(start, text.length());
        s.lookingAt();
        String tail = text.substring(anchorEnd, Math.min(text.length(), anchorEnd + 30));
        boolean cop = s.group(0).toLowerCase(Locale.ROOT).contains("conference")
                || CONFERENCE_BEFORE_ITS.matcher(text.substring(Math.max(0, start - 60), start)).find();
        if (!cop || tail.matches("(?is)^\\s*(?:of\\s+)?(?:the\\s+)?(?:States\\s+Parties|against\\s+Corruption).*")) return null;
        int n = Ordinals.parse(s.group(1)).orElse(0);
        DateSpan d = first(text.substring(anchorEnd, sentenceEnd), anchorEnd);
        if (d != null && !DATE_LEAD.matcher(text.substring(anchorEnd, d.from())).matches()) d = null;
        String venue = d != null ? venue(text.substring(anchorEnd, d.from())) : null;
        return new SessionMention(n, d, venue, start, d != null ? d.to() : anchorEnd);
    }

    /** The meeting an anchor names, with what the phrase states of it; null when its group or identity is unknown. */
    private static MeetingMention readMeeting(String text, int start, int anchorEnd, int sentenceEnd, int previousEnd,
                                              WorkingGroup defaultGroup) {
        Matcher m = MEETING.matcher(text).region(start, text.length());
        m.lookingAt();
        WorkingGroup group = null;
        String ordWord = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(5);
        String det = m.group(1);
        Matcher of = OF_GROUP.matcher(text.substring(anchorEnd));
        int phraseEnd = anchorEnd;
        if (m.group(4) != null) {
            group = groupOf(m.group(4), defaultGroup);
        } else if (of.lookingAt()) {
            group = groupOf(of.group(1), defaultGroup);
            phraseEnd = anchorEnd + of.end();
        } else if (det == null) {
            group = defaultGroup;  // a heading: "Fourth meeting, held in 2012"
        } else if (det.equalsIgnoreCase("its")) {
            String before = text.substring(sentenceStart(text, start), start);
            if (!CONFERENCE_BEFORE_ITS.matcher(before).find()) group = lastGroup(before, defaultGroup);
        }
        if (group == null) return null;
        String window = text.substring(phraseEnd, Math.max(phraseEnd, sentenceEnd));
        Integer ordinal = ordWord == null ? null : Ordinals.parse(ordWord).orElse(0);
        DateSpan dates = null;
        String venueRegion = HELD_START.matcher(window).lookingAt() ? window : "";
        int to = phraseEnd;
        DateSpan d = first(window, phraseEnd);
        if (d != null && DATE_LEAD.matcher(text.substring(phraseEnd, d.from())).matches()) {
            dates = d;
            venueRegion = text.substring(phraseEnd, d.from());
            to = d.to();
            if (to < text.length() && text.charAt(to) == ')') to++;
        }
        String venue = venue(venueRegion);
        Matcher fm = FORMAT.matcher(window);
        String format = null;
        if (fm.find()) {
            format = fm.group(1).toLowerCase(Locale.ROOT);
            to = Math.max(to, phraseEnd + fm.end());
        }
        if (venue != null) to = Math.max(to, text.indexOf(venue, phraseEnd) + venue.length());
        String verb = verbBefore(text, previousEnd, start);
        MeetingMention mention = new MeetingMention(group, ordinal, dates, venue, format, null, -1, verb, start, to);
        return mention.iri() == null ? null : mention;
    }

    private static WorkingGroup groupOf(String name, WorkingGroup defaultGroup) {
        return WorkingGroup.byName(name).orElse(defaultGroup);
    }

    private static WorkingGroup lastGroup(String before, WorkingGroup defaultGroup) {
        Matcher g = GROUP_ANYWHERE.matcher(before);
        String last = null;
        while (g.find()) last = g.group(1);
        if (last == null) return defaultGroup;
        return groupOf(last, defaultGroup);
    }

    private static int sentenceStart(String text, int pos) {
        int start = 0;
        Matcher e = SENTENCE_END.matcher(text).region(0, pos);
        while (e.find()) start = e.end();
        return start;
    }

    private static String verbBefore(String text, int from, int to) {
        Matcher v = VERB.matcher(text).region(Math.max(from, to - 200), to);
        String last = null;
        while (v.find()) last = v.group(1).toLowerCase(Locale.ROOT);
        return last;
    }

    private static DateSpan first(String window, int offset) {
        List<DateSpan> d = DateSpan.findAll(window);
        if (d.isEmpty()) return null;
        DateSpan s = d.get(0);
        return new DateSpan(s.start(), s.end(), s.from() + offset, s.to() + offset);
    }

    /** The place {@code window} names ("in Vienna", "at the United Nations Office at Vienna"), or null. */
    static String venue(String window) {
        Matcher p = VENUE_IN_PARENS.matcher(window);
        if (p.find()) return p.group(1);
        Matcher v = VENUE.matcher(window);
        while (v.find()) {
            String name = v.group(1);
            if (!name.matches("(January|February|March|April|May|June|July|August|September|October|November|December).*")) return name;
        }
        return null;
    }
}
