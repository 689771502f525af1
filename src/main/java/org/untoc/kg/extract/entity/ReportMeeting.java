package org.untoc.kg.extract.entity;

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
 * meeting…"), the days from "The Working Group met on 25 to 26 March 2021".
 */
public record ReportMeeting(WorkingGroup group, Integer ordinal, DateSpan dates) {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final String ORD = "(" + Ordinals.REGEX + ")";
    private static final Pattern ORGANIZATION_OF_WORK = Pattern.compile(
            "organization\\s+of\\s+work\\s+for\\s+(?:the|its)\\s+" + ORD + "\\s+(?:meeting|session)\\b", F);
    private static final Pattern TITLE = Pattern.compile("report\\s+(?:of|on)\\s+the\\s+" + ORD + "\\s+meeting\\b", F);
    private static final Pattern MET = Pattern.compile(
            "(?:^|[.;]\\s+)The\\s+(?:" + WorkingGroup.ANY_NAME.pattern() + "|Working\\s+Group)\\s+met\\s+"
            + "(?:in\\s+[A-Z][\\p{L}\\-]+(?:\\s+[A-Z][\\p{L}\\-]+)*,?\\s+)?(?:on|from)\\s+");

    /** The meeting's IRI (ordinal when known, else first day). */
    public String iri() {
        return ordinal != null ? Ids.meeting(group.slug, ordinal) : Ids.meeting(group.slug, dates.start());
    }

    /** The meeting {@code doc} reports on, when it is a working-group report that says enough to identify it. */
    public static Optional<ReportMeeting> of(ParsedDocument doc) {
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
        List<Block> blocks = doc.blocks();
        for (Block b : blocks) {
            if (ordinal == null) {
                Matcher m = ORGANIZATION_OF_WORK.matcher(b.text());
                if (m.find()) ordinal = Ordinals.parse(m.group(1)).orElse(0);
            }
            if (dates == null) {
                Matcher m = MET.matcher(b.text());
                if (m.find()) {
                    List<DateSpan> d = DateSpan.findAll(b.text().substring(m.end()));
                    if (!d.isEmpty() && d.get(0).from() == 0) dates = d.get(0);
                }
            }
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
        if (ordinal == null && dates == null) return Optional.empty();
        return Optional.of(new ReportMeeting(group.get(), ordinal, dates));
    }
}
