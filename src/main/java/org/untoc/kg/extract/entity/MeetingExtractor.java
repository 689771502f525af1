package org.untoc.kg.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.vocab.Untoc;

/**
 * Meetings of working groups and sessions of the Conference that any text states: ordinal, days, venue, format,
 * joint meetings, the session a meeting was held during. Each block that states one mentions it
 * ({@code untoc:mentions}), and a {@code untoc:Reference} node keeps the phrase.
 *
 * <p>IRIs: {@code …/meeting/{ordinal}} when the text states the ordinal; otherwise {@code …/meeting/{yyyy-MM-dd}}
 * of the first day — unless another phrase of the same text gives that group's meeting on that day an
 * ordinal, in which case the ordinal IRI is used for both.
 */
public final class MeetingExtractor implements Extractor {

    @Override
    public void extract(ParsedDocument doc, StreamRDF out) {
        WorkingGroup group = WorkingGroup.of(doc).orElse(null);
        Optional<ReportMeeting> report = ReportMeeting.of(doc);
        List<Block> blocks = doc.blocks();
        List<MeetingPhrases.Result> found = new ArrayList<>();
        Map<String, Integer> ordinalByDay = new HashMap<>();
        report.filter(r -> r.ordinal() != null && r.dates() != null)
                .ifPresent(r -> ordinalByDay.put(r.group().slug + "@" + r.dates().start(), r.ordinal()));
        for (Block b : blocks) {
            MeetingPhrases.Result r = MeetingPhrases.find(b.text(), group);
            found.add(r);
            for (MeetingMention m : r.meetings()) {
                if (m.ordinal() != null && m.dates() != null) ordinalByDay.putIfAbsent(key(m.group(), m.dates().start()), m.ordinal());
            }
        }
        TripleWriter t = new TripleWriter(out);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String blockIri = paragraphIri(doc, i);
            if (blockIri == null) continue;
            MeetingPhrases.Result r = found.get(i);
            List<MeetingMention> ms = new ArrayList<>();
            for (MeetingMention m : r.meetings()) {
                if (m.ordinal() == null && m.dates() != null) {
                    Integer o = ordinalByDay.get(key(m.group(), m.dates().start()));
                    if (o != null) m = m.withOrdinal(o);
                }
                ms.add(m);
            }
            int k = 0;
            for (MeetingMention m : ms) {
                writeMeeting(t, m);
                if (m.jointWith() >= 0) {
                    String other = ms.get(m.jointWith()).iri();
                    t.iri(m.iri(), Untoc.heldInConjunctionWith, other);
                    t.iri(other, Untoc.heldInConjunctionWith, m.iri());
                }
                mention(t, blockIri, "meeting-mention/" + (++k), m.iri(), b.text().substring(m.from(), m.to()));
            }
            for (SessionMention s : r.sessions()) {
                writeSession(t, s);
                mention(t, blockIri, "meeting-mention/" + (++k), s.iri(), b.text().substring(s.from(), s.to()));
            }
        }
    }

    /**
     * The IRI of block {@code i} for provenance; an unnumbered TEXT block (no path) counts as part of the nearest
     * block before it that has one. Null when there is none.
     */
    public static String paragraphIri(ParsedDocument doc, int i) {
        for (int j = i; j >= 0; j--) {
            Block b = doc.blocks().get(j);
            if (b.path() != null) return DocumentIris.block(doc, b);
        }
        return null;
    }

    private static String key(WorkingGroup g, LocalDate day) {
        return g.slug + "@" + day;
    }

    /** Writes what one phrase states about a meeting. */
    static void writeMeeting(TripleWriter t, MeetingMention m) {
        String iri = m.iri();
        t.type(iri, Untoc.Meeting);
        writeGroup(t, m.group());
        t.iri(iri, Untoc.meetingOf, m.group().iri());
        if (m.ordinal() != null) t.integer(iri, Untoc.ordinal, m.ordinal());
        if (m.dates() != null) {
            t.date(iri, Untoc.startDate, m.dates().start());
            t.date(iri, Untoc.endDate, m.dates().end());
        }
        if (m.venue() != null) t.string(iri, Untoc.venue, m.venue());
        if (m.format() != null) t.string(iri, Untoc.format, m.format());
        if (m.session() != null) {
            t.iri(iri, Untoc.duringSession, Ids.copSession(m.session()));
            t.type(Ids.copSession(m.session()), Untoc.Session);
        }
    }

    static void writeGroup(TripleWriter t, WorkingGroup g) {
        // Its name and symbol are reference data (ontology/reference/bodies.ttl); a text only says it exists.
        t.type(g.iri(), Untoc.WorkingGroup);
    }

    private static void writeSession(TripleWriter t, SessionMention s) {
        t.type(s.iri(), Untoc.Session);
        t.integer(s.iri(), Untoc.ordinal, s.number());
        t.iri(s.iri(), Untoc.partOf, Ids.conference());
        if (s.dates() != null) {
            t.date(s.iri(), Untoc.startDate, s.dates().start());
            t.date(s.iri(), Untoc.endDate, s.dates().end());
        }
        if (s.venue() != null) t.string(s.iri(), Untoc.venue, s.venue());
    }

    /** The block mentions the resource; a Reference node keeps the phrase that states it. */
    static void mention(TripleWriter t, String blockIri, String localName, String target, String phrase) {
        t.iri(blockIri, Untoc.mentions, target);
        String ref = blockIri + "/" + localName;
        t.type(ref, Untoc.Reference);
        t.iri(ref, Untoc.inParagraph, blockIri);
        t.iri(ref, Untoc.target, target);
        t.iri(ref, Untoc.relation, Untoc.mentions.getURI());
        t.text(ref, Untoc.referenceText, phrase.strip());
    }
}
