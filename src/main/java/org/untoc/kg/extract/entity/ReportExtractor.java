package org.untoc.kg.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * What a working-group report says about its own meeting: which meeting it reports ({@code untoc:reportedIn}),
 * agenda items, Chair and acting Chair, attendance (parties, signatory observers, organisations), statements per
 * agenda item, the documents before the meeting, and discussion points not adopted with the stated reason.
 *
 * <p>Attendance and statements are n-ary nodes ({@code untoc:Participation}, {@code untoc:Statement}) named after
 * the paragraph that states them ({@code …/paragraph/52/participation/NER}) and carrying {@code untoc:inParagraph}.
 */
public final class ReportExtractor implements Extractor {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern AGENDA_ITEM = Pattern.compile(
            "\\bagenda\\s+item\\s+(\\d+)\\s*,\\s*entitled\\s+[“\"](.+?)[”\"](?=\\s*(?:[.,;:)]|$|\\s+[a-z]))", F);
    private static final String PAREN = "\\(((?:[^()]|\\([^()]*\\))+)\\)";
    private static final String PERSON = "((?:[A-Z][\\p{L}'’\\-.]+)(?:\\s+(?:[A-Z][\\p{L}'’\\-.]+|de|da|del|di|van|von|der|al|bin|el|la|le)){1,5})";
    private static final Pattern CHAIR = Pattern.compile(
            "\\b(?:meetings?\\s+(?:was|were)\\s+chaired\\s+by|(chairmanship|chair)\\s+was\\s+assumed\\s+by)\\s+" + PERSON + "\\s*" + PAREN);
    private static final Pattern ATTENDANCE = Pattern.compile(
            "\\bThe\\s+following\\s+(.{3,120}?)\\s+(?:was|were)\\s+represented\\b(\\s+by\\s+observers?)?", F);
    private static final Pattern STATEMENTS = Pattern.compile(
            "\\bUnder\\s+(?:agenda\\s+)?item\\s+(\\d+)\\s*,\\s*statements\\s+were\\s+made\\s+by\\s+(?:the\\s+)?representatives?\\s+(?:from|of)\\s+"
            + "the\\s+following\\s+(.{3,80}?)\\s*:\\s*", F);
    private static final Pattern OBSERVER_STATEMENT = Pattern.compile(
            "\\bThe\\s+observers?\\s+(?:for|of)\\s+(.+?)\\s+(?:also\\s+)?(?:made|delivered)\\s+(?:a\\s+)?statements?\\b", F);
    private static final Pattern ITEM_IN_SENTENCE = Pattern.compile("\\b(?:Under|under)\\s+(?:agenda\\s+)?item\\s+(\\d+)\\b");
    private static final Pattern LIST_END = Pattern.compile("\\.(?=\\s+[A-Z]|\\s*$)");
    private static final Pattern HAD_BEFORE = Pattern.compile("\\bhad\\s+before\\s+it\\s+the\\s+following\\s+documents?\\b", F);
    private static final Pattern DOC_ITEM = Pattern.compile("\\(([a-z])\\)\\s+(.+?)(?=\\s*\\([a-z]\\)\\s+[A-Z]|$)", Pattern.DOTALL);
    private static final Pattern SYMBOL_AT_END = Pattern.compile(
            "\\(((?:CTOC|CAC|A|E|S|UNODC|ST)/[A-Za-z0-9.\\-]+(?:/[A-Za-z0-9.\\-]+)*)\\)\\s*[;.]?\\s*(?:and)?\\s*$");
    private static final Pattern NOT_ADOPTED = Pattern.compile(
            "\\bwas\\s+not\\s+adopted(?:\\s+as\\s+a\\s+recommendation)?\\s*,?\\s+(?:owing\\s+to|because\\s+of|due\\s+to|for\\s+lack\\s+of)\\s+(.+?)\\s*(?::|\\.(?=\\s|$))", F);
    private static final Pattern HYBRID = Pattern.compile("\\bthe\\s+meeting\\s+was\\s+held\\s+in\\s+an?\\s+(hybrid|virtual|online|in-person)\\s+format\\b", F);

    private final ReferenceEntities reference;

    public ReportExtractor(ReferenceEntities reference) {
        this.reference = reference;
    }

    public ReportExtractor() {
        this(ReferenceEntities.defaults());
    }

    @Override
    public void extract(ParsedDocument doc, StreamRDF out) {
        Optional<ReportMeeting> found = ReportMeeting.of(doc);
        if (found.isEmpty()) return;
        ReportMeeting rm = found.get();
        String meeting = rm.iri();
        Triples t = new Triples(out);
        t.type(meeting, Untoc.Meeting);
        MeetingExtractor.writeGroup(t, rm.group());
        t.link(meeting, Untoc.meetingOf, rm.group().iri());
        if (rm.ordinal() != null) t.add(meeting, Untoc.ordinal, Triples.integer(rm.ordinal()));
        if (rm.dates() != null) {
            t.add(meeting, Untoc.startDate, Triples.date(rm.dates().start()));
            t.add(meeting, Untoc.endDate, Triples.date(rm.dates().end()));
        }
        String report = DocumentIris.subject(doc);
        t.link(meeting, Untoc.reportedIn, report);

        Map<String, Node> capacityOf = new HashMap<>();
        Map<String, Entity> attendedBySlug = new HashMap<>();
        List<Block> blocks = doc.blocks();
        // Attendance first: a statement "by the observer for X" takes X's capacity at the meeting.
        for (int i = 0; i < blocks.size(); i++) {
            String para = MeetingExtractor.paragraphIri(doc, i);
            if (para != null) attendance(t, blocks.get(i).text(), para, meeting, capacityOf, attendedBySlug);
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String para = MeetingExtractor.paragraphIri(doc, i);
            if (para == null) continue;
            String text = b.text();
            Matcher h = HYBRID.matcher(text);
            if (h.find()) t.add(meeting, Untoc.format, Triples.string(h.group(1).toLowerCase(java.util.Locale.ROOT)));
            agendaItems(t, text, meeting, para);
            chairs(t, text, meeting, para);
            statements(t, text, meeting, para, capacityOf, attendedBySlug);
            if (HAD_BEFORE.matcher(text).find()) documentsBefore(t, doc, i, meeting, para);
            notAdopted(t, doc, i, meeting, rm.group(), para);
        }
    }

    private static void agendaItems(Triples t, String text, String meeting, String para) {
        Matcher m = AGENDA_ITEM.matcher(text);
        while (m.find()) {
            String item = agendaItem(meeting, m.group(1));
            t.type(item, Untoc.AgendaItem);
            t.link(meeting, Untoc.agendaItem, item);
            t.add(item, Untoc.number, Triples.string(m.group(1)));
            t.add(item, Triples.TITLE, Triples.string(m.group(2).strip()));
            MeetingExtractor.mention(t, para, "agenda-item/" + m.group(1), item, m.group());
        }
    }

    static String agendaItem(String meeting, String number) {
        return meeting + "/agenda-item/" + number;
    }

    private void chairs(Triples t, String text, String meeting, String para) {
        Matcher m = CHAIR.matcher(text);
        while (m.find()) {
            boolean acting = m.group(1) != null;
            String name = m.group(2).strip();
            String person = Ids.person(OrganizationIndex.slug(name));
            t.type(person, Untoc.Person);
            t.add(person, Triples.LABEL, Triples.string(name));
            String node = para + "/participation/" + OrganizationIndex.slug(name);
            t.type(node, Untoc.Participation);
            t.link(node, Untoc.participant, person);
            t.add(node, Untoc.capacity, acting ? Untoc.ActingChairCapacity : Untoc.ChairCapacity);
            t.link(node, Untoc.atMeeting, meeting);
            t.link(node, Untoc.inParagraph, para);
            Entity state = reference.states().resolve(m.group(3)).orElse(null);
            Entity represented = state != null ? state : StateListParser.unresolved(m.group(3));
            t.entity(represented);
            t.link(node, Untoc.represents, represented.iri());
            if (!acting) t.link(meeting, Untoc.chair, person);
        }
    }

    private void attendance(Triples t, String text, String para, String meeting, Map<String, Node> capacityOf,
                            Map<String, Entity> attendedBySlug) {
        Matcher m = ATTENDANCE.matcher(text);
        while (m.find()) {
            String who = m.group(1).toLowerCase(java.util.Locale.ROOT);
            Kind kind = Kind.of(who, m.group(2) != null);
            if (kind == null) continue;
            int colon = text.indexOf(':', m.end());
            if (colon < 0) continue;
            Matcher end = LIST_END.matcher(text).region(colon + 1, text.length());
            String list = text.substring(colon + 1, end.find() ? end.start() : text.length());
            StateListParser parser = kind.organisations ? reference.organizationLists() : reference.stateLists();
            for (StateListParser.Item item : parser.parse(list)) {
                Entity e = item.entity();
                Node capacity = kind.capacity(e);
                participation(t, para, meeting, e, capacity);
                capacityOf.putIfAbsent(e.iri(), capacity);
                attendedBySlug.putIfAbsent(OrganizationIndex.slug(item.written()), e);
            }
        }
    }

    private static void participation(Triples t, String para, String meeting, Entity e, Node capacity) {
        String node = para + "/participation/" + localName(e);
        t.entity(e);
        t.type(node, Untoc.Participation);
        t.link(node, Untoc.participant, e.iri());
        t.add(node, Untoc.capacity, capacity);
        t.link(node, Untoc.atMeeting, meeting);
        t.link(node, Untoc.inParagraph, para);
    }

    private static String localName(Entity e) {
        String iri = e.iri();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private void statements(Triples t, String text, String meeting, String para, Map<String, Node> capacityOf,
                            Map<String, Entity> attendedBySlug) {
        String currentItem = null;
        Matcher s = STATEMENTS.matcher(text);
        while (s.find()) {
            currentItem = s.group(1);
            Matcher end = LIST_END.matcher(text).region(s.end(), text.length());
            int listEnd = end.find() ? end.start() : text.length();
            String who = s.group(2).toLowerCase(java.util.Locale.ROOT);
            Kind kind = Kind.of(who, false);
            if (kind == null) kind = Kind.PARTIES;
            for (StateListParser.Item item : reference.stateLists().parse(text.substring(s.end(), listEnd))) {
                statement(t, para, meeting, currentItem, item.entity(), kind.capacity(item.entity()));
            }
        }
        Matcher o = OBSERVER_STATEMENT.matcher(text);
        while (o.find()) {
            String item = currentItem;
            Matcher inSentence = ITEM_IN_SENTENCE.matcher(text.substring(0, o.start()));
            while (inSentence.find()) item = inSentence.group(1);
            // An observer the reference data does not know is the node its attendance entry made, if any.
            StateListParser observers = new StateListParser(reference.combined(),
                    name -> attendedBySlug.getOrDefault(OrganizationIndex.slug(name), StateListParser.unresolved(name)));
            for (StateListParser.Item it : observers.parse(EntityIndex.stripArticle(o.group(1)))) {
                Entity e = it.entity();
                Node capacity = capacityOf.getOrDefault(e.iri(),
                        e.isState() ? Untoc.StateObserverCapacity : Untoc.IntergovernmentalObserverCapacity);
                statement(t, para, meeting, item, e, capacity);
            }
        }
    }

    private static void statement(Triples t, String para, String meeting, String item, Entity speaker, Node capacity) {
        String node = para + "/statement/" + localName(speaker);
        t.entity(speaker);
        t.type(node, Untoc.Statement);
        t.link(node, Untoc.speaker, speaker.iri());
        t.add(node, Untoc.capacity, capacity);
        t.link(node, Untoc.atMeeting, meeting);
        t.link(node, Untoc.inParagraph, para);
        if (item != null) {
            String ai = agendaItem(meeting, item);
            t.type(ai, Untoc.AgendaItem);
            t.link(meeting, Untoc.agendaItem, ai);
            t.add(ai, Untoc.number, Triples.string(item));
            t.link(node, Untoc.onAgendaItem, ai);
        }
    }

    private static void documentsBefore(Triples t, ParsedDocument doc, int i, String meeting, String para) {
        List<Block> blocks = doc.blocks();
        StringBuilder sb = new StringBuilder(blocks.get(i).text());
        List<String> paraOf = new ArrayList<>();
        for (int j = i + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b.type() != BlockType.SUBPARAGRAPH && b.type() != BlockType.TEXT) break;
            String label = b.label() == null ? "" : b.label() + " ";
            sb.append(' ').append(b.text().startsWith("(") ? b.text() : label + b.text());
            paraOf.add(MeetingExtractor.paragraphIri(doc, j));
        }
        String all = sb.toString();
        int colon = all.indexOf(':', HAD_BEFORE.matcher(all).results().findFirst().map(r -> r.end()).orElse(0));
        if (colon < 0) return;
        Matcher m = DOC_ITEM.matcher(all.substring(colon + 1).strip());
        int k = 0;
        while (m.find()) {
            String item = m.group(2).strip();
            Matcher sym = SYMBOL_AT_END.matcher(item);
            if (!sym.find()) continue;
            String symbol = sym.group(1);
            String title = item.substring(0, sym.start()).strip().replaceAll("[;,]$", "");
            String docIri = Ids.document(symbol);
            t.type(docIri, Untoc.Document);
            t.add(docIri, Untoc.symbol, Triples.string(symbol));
            if (!title.isEmpty()) t.add(docIri, Triples.TITLE, Triples.string(title));
            t.link(meeting, Untoc.hadBefore, docIri);
            String where = k < paraOf.size() && paraOf.get(k) != null ? paraOf.get(k) : para;
            String ref = para + "/had-before/" + m.group(1);
            t.type(ref, Untoc.Reference);
            t.link(ref, Untoc.inParagraph, where);
            t.link(ref, Untoc.target, docIri);
            t.link(ref, Untoc.relation, Untoc.hadBefore.getURI());
            t.add(ref, Untoc.referenceText, Triples.string("(" + m.group(1) + ") " + item));
            k++;
        }
    }

    private static void notAdopted(Triples t, ParsedDocument doc, int i, String reportMeeting, WorkingGroup group, String para) {
        String text = doc.blocks().get(i).text();
        Matcher m = NOT_ADOPTED.matcher(text);
        if (!m.find()) return;
        String reason = m.group(1).strip();
        String point = null;
        String after = text.substring(m.end()).strip();
        Matcher quoted = Pattern.compile("^[“\"](.+?)[”\"]\\s*\\.?\\s*$", Pattern.DOTALL).matcher(after);
        if (quoted.find()) point = quoted.group(1).strip();
        else if (!after.isEmpty()) point = after;
        else if (i + 1 < doc.blocks().size() && doc.blocks().get(i + 1).type() == BlockType.TEXT) point = doc.blocks().get(i + 1).text().strip();
        String meeting = reportMeeting;
        for (MeetingMention mm : MeetingPhrases.find(text.substring(0, m.start()), group).meetings()) {
            if ("discussed".equals(mm.verb())) meeting = mm.iri();
        }
        String node = para + "/discussion-point";
        t.type(node, Untoc.DiscussionPoint);
        t.add(node, Untoc.notAdoptedReason, Triples.string(reason));
        if (point != null) t.add(node, Untoc.text, Triples.string(point));
        t.link(node, Untoc.discussedAt, meeting);
        t.link(node, Untoc.inParagraph, para);
    }

    /** The kind of an attendance or statement list, from the noun phrase that introduces it. */
    enum Kind {
        PARTIES(false), SIGNATORIES(false), OTHER_STATES(false), IGOS(true), UN_ENTITIES(true), NGOS(true);

        final boolean organisations;

        Kind(boolean organisations) {
            this.organisations = organisations;
        }

        static Kind of(String who, boolean byObservers) {
            if (who.contains("signator")) return SIGNATORIES;
            if (who.contains("non-governmental")) return NGOS;
            if (who.contains("intergovernmental") || who.contains("regional")) return IGOS;
            if (who.contains("united nations") || who.contains("specialized agenc") || who.contains("secretariat")) return UN_ENTITIES;
            if (who.matches(".*\\bpart(y|ies)\\b.*") && !who.contains("not part") && !who.contains("non-part")) return PARTIES;
            if (who.contains("state")) return OTHER_STATES;
            return null;
        }

        Node capacity(Entity e) {
            return switch (this) {
                case PARTIES -> e.isState() ? Untoc.StatePartyCapacity : Untoc.PartyCapacity;
                case SIGNATORIES -> Untoc.SignatoryObserverCapacity;
                case OTHER_STATES -> Untoc.StateObserverCapacity;
                case IGOS -> Untoc.IntergovernmentalObserverCapacity;
                case UN_ENTITIES -> Untoc.UnitedNationsObserverCapacity;
                case NGOS -> Untoc.NonGovernmentalObserverCapacity;
            };
        }
    }
}
