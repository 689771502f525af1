package org.untoc.kg.extract.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.extract.entity.EntityIndex;
import org.untoc.kg.extract.entity.MeetingMention;
import org.untoc.kg.extract.entity.MeetingPhrases;
import org.untoc.kg.extract.entity.ReferenceEntities;
import org.untoc.kg.extract.entity.ReportMeeting;
import org.untoc.kg.extract.entity.EntityTypes;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.extract.entity.WorkingGroup;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.DocumentKind;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * Recommendations (each RECOMMENDATION block, in a resolution's annex or a report's recommendations section) with
 * label, topic heading, text, order, the meeting(s) that adopted them and the organisations and tools they name;
 * and endorsement: an operative clause "Endorses the recommendations … set out in annex I to the present
 * resolution" makes the act {@code untoc:endorses} every recommendation of that annex. Endorsing is not citing: the
 * recommendations are the act's own parts, and {@code untoc:cites} never points into the citing work.
 *
 * <p>Adopting meetings of an annex come from its title, its introduction and the clause that endorses it; a
 * meeting only "discussed" there is not an adopting one. A meeting of another group held "in conjunction with" an
 * adopting one did not adopt: the texts name the one group that adopted ("The Working Group on International
 * Cooperation, at its thirteenth meeting, held … in conjunction with the thirteenth meeting of the Working Group
 * of Government Experts on Technical Assistance, adopted …"); it is only reported in the same joint report. In a
 * report, the report's own meeting adopted its recommendations (one joint meeting of two groups is one meeting).
 */
public final class RecommendationExtractor implements Extractor {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern ENDORSES = Pattern.compile(
            "(?:\\b(?:also\\s+|further\\s+)?endorses|\\bto\\s+endorse)\\b.{0,400}?\\brecommendations?\\b", F | Pattern.DOTALL);
    private static final Pattern ANNEX_REF = Pattern.compile(
            "\\b(?:set\\s+out|contained|reproduced|included|listed)\\s+in\\s+(?:the\\s+)?annex(?:\\s+([IVXLC]+|\\d+))?\\s+to\\s+the\\s+present\\s+(?:resolution|decision)"
            + "|\\bannexed\\s+to\\s+the\\s+present\\s+(?:resolution|decision)", F);
    private static final Pattern ANNEX_LABEL = Pattern.compile("^\\W*Annex(?:\\s+([IVXLC]+|\\d+))?\\b", F);
    private static final Pattern SECTION_LABEL = Pattern.compile("^\\s*(?:[IVXLC]+|[A-Z]|\\d+)\\.\\s+");
    private static final Pattern NOT_A_TOPIC = Pattern.compile("^(?:Annex\\b|Recommendations\\b)", F);
    private static final Pattern SYMBOL = Pattern.compile("\\b(CTOC/COP/(?:WG\\.\\d+/)?\\d{4}/[A-Za-z0-9.]+(?:/[A-Za-z0-9.]+)*)");
    private static final String REPORT_GROUP = "\u0000report";

    private final ReferenceEntities reference;

    public RecommendationExtractor(ReferenceEntities reference) {
        this.reference = reference;
    }

    public RecommendationExtractor() {
        this(ReferenceEntities.defaults());
    }

    /** One annex (or a report's recommendations): its context text, footnotes and recommendation blocks. */
    private static final class Group {
        final String key;
        final StringBuilder context = new StringBuilder();
        final List<String> footnotes = new ArrayList<>();
        final List<Block> recommendations = new ArrayList<>();
        final Set<String> adoptedAt = new LinkedHashSet<>();
        /** Meetings held in conjunction with an adopting one: reported in the same joint report, not adopters. */
        final Set<String> heldWith = new LinkedHashSet<>();

        Group(String key) {
            this.key = key;
        }
    }

    @Override
    public void extract(ParsedDocument doc, StreamRDF out) {
        TripleWriter t = new TripleWriter(out);
        WorkingGroup docGroup = WorkingGroup.of(doc).orElse(null);
        Map<String, Group> groups = groupRecommendations(doc);
        if (groups.isEmpty()) return;
        String subject = DocumentIris.subject(doc);
        boolean act = doc.kind() == DocumentKind.RESOLUTION || doc.kind() == DocumentKind.DECISION;

        // Endorsing clauses: which annex each endorses, and the meetings the clause names for it.
        Map<String, List<Block>> endorsedBy = new LinkedHashMap<>();
        if (act) {
            for (Block b : doc.blocks()) {
                if (b.type() != BlockType.OPERATIVE_PARAGRAPH && b.type() != BlockType.SUBPARAGRAPH) continue;
                Matcher e = ENDORSES.matcher(b.text());
                if (!e.find()) continue;
                Matcher a = ANNEX_REF.matcher(b.text());
                if (!a.find(e.start())) continue;
                String key = annexKey(a.group(1), groups);
                if (key == null) continue;
                endorsedBy.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
                groups.get(key).context.append(' ').append(b.text());
            }
        }
        Optional<ReportMeeting> reportMeeting = ReportMeeting.of(doc);
        for (Group g : groups.values()) {
            if (g.key.equals(REPORT_GROUP)) {
                reportMeeting.ifPresent(rm -> g.adoptedAt.add(rm.iri()));
            } else {
                g.adoptedAt.addAll(adoptingMeetings(g.context.toString(), docGroup));
                g.heldWith.addAll(heldWithAdopting(g.context.toString(), docGroup));
                // An annex of a report whose title names no meeting holds what the report's meeting adopted.
                if (g.adoptedAt.isEmpty()) reportMeeting.ifPresent(rm -> g.adoptedAt.add(rm.iri()));
            }
            reportedIn(t, doc, g);
            for (Block r : g.recommendations) {
                String iri = DocumentIris.block(doc, r);
                t.type(iri, Untoc.Recommendation);
                t.iri(iri, Untoc.partOf, parentOf(doc, r, g));
                if (r.label() != null) t.string(iri, Untoc.label, r.label().strip());
                String topic = topicHeading(doc, r);
                if (topic != null) t.text(iri, Untoc.heading, topic);
                t.text(iri, Untoc.text, r.text());
                // Position among all blocks of the document, 1-based: the order the structure extractor gives every block.
                t.integer(iri, Untoc.order, doc.blocks().indexOf(r) + 1);
                for (String m : g.adoptedAt) {
                    t.iri(iri, Untoc.adoptedAt, m);
                    t.type(m, Untoc.Meeting);
                }
                Set<String> seen = new LinkedHashSet<>();
                for (EntityIndex.Match m : reference.organizations().index().findAll(r.text())) {
                    if (!seen.add(m.entity().iri())) continue;
                    EntityTypes.write(t, m.entity());
                    t.iri(iri, Untoc.mentions, m.entity().iri());
                }
            }
            for (Block clause : endorsedBy.getOrDefault(g.key, List.of())) {
                String clauseIri = DocumentIris.block(doc, clause);
                for (Block r : g.recommendations) {
                    String rec = DocumentIris.block(doc, r);
                    t.iri(subject, Untoc.endorses, rec);
                    String ref = clauseIri + "/endorses/" + r.path().replaceAll("[^A-Za-z0-9]+", "-");
                    t.type(ref, Untoc.Reference);
                    t.iri(ref, Untoc.inParagraph, clauseIri);
                    t.iri(ref, Untoc.target, rec);
                    t.iri(ref, Untoc.relation, Untoc.endorses.getURI());
                    t.text(ref, Untoc.referenceText, clause.text());
                }
            }
        }
    }

    /** The enclosing block: the paragraph that introduces it ("paragraph/2" for "paragraph/2/a"), else its annex. */
    private static String parentOf(ParsedDocument doc, Block r, Group g) {
        Set<String> paths = new java.util.HashSet<>();
        Block annex = null;
        for (Block b : doc.blocks()) {
            if (b.path() != null && b.type() != BlockType.TITLE && b.type() != BlockType.PREAMBLE_INTRO) paths.add(b.path());
            if (b == r) break;
            if (b.type() == BlockType.ANNEX_HEADING) annex = b;
        }
        String p = r.path();
        int cut;
        while ((cut = p.lastIndexOf('/')) > 0) {
            p = p.substring(0, cut);
            if (paths.contains(p)) return DocumentIris.subject(doc) + "/" + p;
        }
        return annex != null && !g.key.equals(REPORT_GROUP) ? DocumentIris.block(doc, annex) : DocumentIris.subject(doc);
    }

    /** Recommendation blocks grouped by annex (key "I", "II", "" for a lone "Annex") or, outside annexes, the report. */
    private static Map<String, Group> groupRecommendations(ParsedDocument doc) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Group current = null;
        for (Block b : doc.blocks()) {
            if (b.type() == BlockType.ANNEX_HEADING) {
                Matcher m = ANNEX_LABEL.matcher(b.label() != null ? b.label() : b.text());
                String key = m.find() && m.group(1) != null ? m.group(1).toUpperCase(Locale.ROOT) : "";
                current = groups.computeIfAbsent(key, Group::new);
                current.context.append(' ').append(b.text());
                continue;
            }
            if (current != null && current.recommendations.isEmpty()
                    && (b.type() == BlockType.HEADING || b.type() == BlockType.INTRO || b.type() == BlockType.TITLE)) {
                current.context.append(' ').append(b.text());
                current.footnotes.addAll(b.footnotes());
            }
            if (b.type() == BlockType.INTRO && current != null) current.footnotes.addAll(b.footnotes());
            if (b.type() != BlockType.RECOMMENDATION) continue;
            Group g = current;
            if (g == null && b.path() != null && b.path().startsWith("annex/")) {
                String[] p = b.path().split("/");
                g = groups.computeIfAbsent(p.length > 2 && !p[1].equals("recommendation") ? p[1] : "", Group::new);
            }
            if (g == null) g = groups.computeIfAbsent(REPORT_GROUP, Group::new);
            g.recommendations.add(b);
        }
        groups.values().removeIf(g -> g.recommendations.isEmpty());
        return groups;
    }

    private static String annexKey(String numeral, Map<String, Group> groups) {
        if (numeral != null) {
            String k = numeral.toUpperCase(Locale.ROOT);
            return groups.containsKey(k) ? k : null;
        }
        List<String> annexes = groups.keySet().stream().filter(k -> !k.equals(REPORT_GROUP)).toList();
        return annexes.size() == 1 ? annexes.get(0) : null;
    }

    /** Meetings that adopted: named with "adopted" (or no verb), not "discussed", nor held with an adopting one. */
    static Set<String> adoptingMeetings(String context, WorkingGroup docGroup) {
        List<MeetingMention> ms = MeetingPhrases.find(context, docGroup).meetings();
        Set<String> out = new LinkedHashSet<>();
        for (MeetingMention m : ms) {
            if (isAdopting(ms, m)) out.add(m.iri());
        }
        return out;
    }

    /** Meetings another, adopting, meeting was held in conjunction with. */
    static Set<String> heldWithAdopting(String context, WorkingGroup docGroup) {
        List<MeetingMention> ms = MeetingPhrases.find(context, docGroup).meetings();
        Set<String> out = new LinkedHashSet<>();
        for (MeetingMention m : ms) {
            if (isAdopting(ms, m) && m.jointWith() >= 0) out.add(ms.get(m.jointWith()).iri());
        }
        return out;
    }

    private static boolean isAdopting(List<MeetingMention> ms, MeetingMention m) {
        String verb = m.verb();
        if (verb != null && !verb.equals("adopted") && !verb.equals("held")) return false;
        return "adopted".equals(verb) || !isJointPartner(ms, m);
    }

    private static boolean isJointPartner(List<MeetingMention> ms, MeetingMention m) {
        for (MeetingMention o : ms) if (o.jointWith() >= 0 && ms.get(o.jointWith()) == m) return true;
        return false;
    }

    /** The annex footnote names the report the recommendations come from: the adopting meeting is reported in it. */
    private static void reportedIn(TripleWriter t, ParsedDocument doc, Group g) {
        for (String marker : g.footnotes) {
            Footnote f = doc.footnotes().get(marker);
            if (f == null) continue;
            Matcher s = SYMBOL.matcher(f.text());
            while (s.find()) {
                String symbol = s.group(1);
                Optional<WorkingGroup> wg = WorkingGroup.bySymbol(symbol);
                Set<String> meetings = new LinkedHashSet<>(g.adoptedAt);
                meetings.addAll(g.heldWith);
                for (String meeting : meetings) {
                    if (wg.isPresent() && meeting.startsWith(wg.get().iri() + "/")) {
                        t.iri(meeting, Untoc.reportedIn, Ids.document(symbol));
                    }
                }
            }
        }
    }

    /** The topic heading over a recommendation: its innermost heading that is not an annex or section title. */
    private static String topicHeading(ParsedDocument doc, Block r) {
        List<String> hs = r.headings();
        if (hs.isEmpty()) {
            List<Block> blocks = doc.blocks();
            for (int i = blocks.indexOf(r) - 1; i >= 0; i--) {
                Block b = blocks.get(i);
                if (b.type() == BlockType.ANNEX_HEADING) break;
                if (b.type() == BlockType.HEADING) {
                    hs = List.of(b.text());
                    break;
                }
            }
        }
        for (int i = hs.size() - 1; i >= 0; i--) {
            String h = SECTION_LABEL.matcher(hs.get(i).strip()).replaceFirst("").replaceAll("[*#]", "").strip();
            if (h.isEmpty() || NOT_A_TOPIC.matcher(h).find()) return null;
            return h;
        }
        return null;
    }
}
