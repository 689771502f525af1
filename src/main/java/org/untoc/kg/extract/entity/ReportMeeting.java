package org.untoc.kg.extract.entity;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.DocumentKind;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;

/**
 * The meeting a working-group report is the report of, from the report's own text: the ordinal from
 * "organization of work for the twelfth meeting of the Working Group" (or a title "Report on the twelfth
 * meeting…", or a sentence giving the group's meeting that began on the report meeting's first day an ordinal:
 * "The fourteenth meeting of the Working Group was held in Vienna from 2 to 4 July 2029"), the days from "The
 * Working Group met on 25 to 26 March 2021", the venue from "met in Vienna", "The meeting was held at the United
 * Nations Office at Vienna" or the title's "held in Vienna".
 *
 * <p>A joint report of two working groups (two symbols, "CTOC/COP/WG.2/2030/4-CTOC/COP/WG.3/2030/4", or a title
 * "Report on the joint meeting of the Working Group on … and the Working Group on …") reports one meeting of both
 * groups: {@link #groups} lists them all, the group of the first symbol first; the meeting's IRI is under that
 * first group, and an ordinal counts only if it is that group's.
 */
public record ReportMeeting(WorkingGroup group, List<WorkingGroup> groups, Integer ordinal, DateSpan dates, String venue) {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final String ORD = "(" + Ordinals.REGEX + ")";
    private static final Pattern ORGANIZATION_OF_WORK = Pattern.compile(
            "organization\\s+of\\s+work\\s+for\\s+(?:the|its)\\s+" + ORD + "\\s+(?:meeting|session)\\b", F);
    private static final Pattern TITLE = Pattern.compile("report\\s+(?:of|on)\\s+the\\s+" + ORD + "\\s+meeting\\b", F);
    private static final String PLACE = "(?:in\\s+[A-Z][\\p{L}\\-]+(?:\\s+[A-Z][\\p{L}\\-]+)*"
            + "|at\\s+the\\s+United\\s+Nations\\s+(?:Office|Headquarters)\\s+(?:at|in)\\s+[A-Z][\\p{L}\\-]+(?:\\s+[A-Z][\\p{L}\\-]+)*)";
    private static final Pattern MET = Pattern.compile(
            "(?:^|[.;]\\s+)The\\s+(?:" + WorkingGroup.ANY_NAME.pattern() + "|[Ww]orking\\s+[Gg]roups?)\\s+met\\s+(?:jointly\\s+)?"
            + "(?:" + PLACE + ",?\\s+)?(?:on|from)\\s+");
    /** "The (joint) meeting was held in Vienna", "… at the United Nations Office at Vienna": the report's own meeting. */
    private static final Pattern MEETING_HELD = Pattern.compile(
            "(?:^|[.;]\\s+)The\\s+(?:joint\\s+)?meeting\\s+was\\s+held\\s+" + PLACE);

    /** The meeting's IRI (ordinal when known, else first day). */
    public String iri() {
        return ordinal != null ? Ids.meeting(group.slug, ordinal) : Ids.meeting(group.slug, dates.start());
    }

    private static final Pattern JOINT_TITLE = Pattern.compile("\\bjoint\\s+meeting\\s+of\\s+the\\s+", F);
    private static final Pattern HELD = Pattern.compile("\\bheld\\b", F);

    /** The groups a report is of: those of its symbols, and in a joint meeting's title, the groups it names. */
    static List<WorkingGroup> groupsOf(ParsedDocument doc, WorkingGroup primary) {
        java.util.LinkedHashSet<WorkingGroup> all = new java.util.LinkedHashSet<>();
        all.add(primary);
        for (String s : doc.identity().symbols()) WorkingGroup.bySymbol(s).ifPresent(all::add);
        String title = doc.identity().title();
        if (title != null) {
            Matcher j = JOINT_TITLE.matcher(title);
            if (j.find()) {
                Matcher n = WorkingGroup.ANY_NAME.matcher(title).region(j.end(), title.length());
                while (n.find()) WorkingGroup.byName(n.group()).ifPresent(all::add);
            }
        }
        return List.copyOf(all);
    }

    /**
     * The last document asked about on each thread, and the answer: four extractors ask it of every document in
     * turn, and reading a report's every paragraph for meeting phrases four times was a tenth of extraction.
     */
    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private record Memo(WeakReference<ParsedDocument> doc, Optional<ReportMeeting> meeting) {}

    /** The meeting {@code doc} reports on, when it is a working-group report that says enough to identify it. */
    public static Optional<ReportMeeting> of(ParsedDocument doc) {
        Memo last = LAST.get();
        if (last != null && last.doc().get() == doc) {
            return last.meeting();
        }
        Optional<ReportMeeting> meeting = read(doc);
        LAST.set(new Memo(new WeakReference<>(doc), meeting));
        return meeting;
    }

    private static Optional<ReportMeeting> read(ParsedDocument doc) {
        if (doc.kind() != DocumentKind.WORKING_GROUP_REPORT) return Optional.empty();
        Optional<WorkingGroup> group = WorkingGroup.of(doc);
        if (group.isEmpty()) return Optional.empty();
        Integer ordinal = null;
        String title = doc.identity().title();
        if (title != null) {
            Matcher t = TITLE.matcher(title);
            if (t.find()) ordinal = Ordinals.parse(t.group(1)).orElse(0);
        }
        DateSpan dates = null;
        String venue = null;
        List<Block> blocks = doc.blocks();
        for (Block b : blocks) {
            if (ordinal == null) {
                Matcher m = ORGANIZATION_OF_WORK.matcher(b.text());
                if (m.find()) ordinal = Ordinals.parse(m.group(1)).orElse(0);
            }
            Matcher m = MET.matcher(b.text());
            if (m.find()) {
                List<DateSpan> d = DateSpan.findAll(b.text().substring(m.end()));
                boolean datesHere = !d.isEmpty() && d.get(0).from() == 0;
                if (dates == null && datesHere) dates = d.get(0);
                if (venue == null) venue = MeetingPhrases.venue(m.group());
            }
            Matcher held = MEETING_HELD.matcher(b.text());
            if (venue == null && held.find()) venue = MeetingPhrases.venue(held.group());
        }
        if (title != null && (ordinal == null || dates == null)) {
            // "Report on the meeting of the Working Group … held in Vienna on 7 and 8 July 2020"
            for (MeetingMention m : MeetingPhrases.find(title, group.get()).meetings()) {
                if (m.group() != group.get()) continue;
                if (ordinal == null && m.ordinal() != null) ordinal = m.ordinal();
                if (dates == null && m.dates() != null) dates = m.dates();
                break;
            }
        }
        List<WorkingGroup> groups = groupsOf(doc, group.get());
        if (title != null && dates == null && groups.size() > 1) {
            // "Report on the joint meeting of A and B held in Vienna on 10 June 2030": the days follow "held".
            Matcher h = HELD.matcher(title);
            if (h.find()) {
                List<DateSpan> d = DateSpan.findAll(title.substring(h.end()));
                if (!d.isEmpty()) dates = d.get(0);
            }
        }
        if (title != null && venue == null) {
            // The title's "held in Vienna on …" is about the meeting reported.
            Matcher h = HELD.matcher(title);
            if (h.find()) venue = MeetingPhrases.venue(title.substring(h.end()));
        }
        if (ordinal == null && dates == null) return Optional.empty();
        if (dates != null && (ordinal == null || venue == null)) {
            // Another sentence may state the same meeting (same group, same first day) with its ordinal or venue.
            for (Block b : blocks) {
                for (MeetingMention mm : MeetingPhrases.find(b.text(), group.get()).meetings()) {
                    if (mm.group() != group.get() || mm.dates() == null || !mm.dates().start().equals(dates.start())) continue;
                    if (ordinal == null && mm.ordinal() != null) ordinal = mm.ordinal();
                    if (venue == null && mm.venue() != null) venue = mm.venue();
                }
            }
        }
        return Optional.of(new ReportMeeting(group.get(), groups, ordinal, dates, venue));
    }
}
