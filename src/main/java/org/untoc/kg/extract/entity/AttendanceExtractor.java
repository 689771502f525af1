package org.untoc.kg.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.vocab.Untoc;

/**
 * Who attended the meeting a working-group report reports, in what capacity (State party, party, signatory
 * observer, other observer State, intergovernmental, United Nations or non-governmental observer, from the noun
 * that introduces each list), and who made statements under which agenda item.
 *
 * <p>Both are n-ary nodes ({@code untoc:Participation}, {@code untoc:Statement}) named after the paragraph that
 * states them ({@code …/paragraph/52/participation/NER}) and carrying {@code untoc:inParagraph}. A name no
 * reference data knows is reported as an unresolved entity (in State lists) or an uncurated organisation (in
 * organisation lists), never guessed.
 */
public final class AttendanceExtractor implements Extractor {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern ATTENDANCE = Pattern.compile(
            "\\bThe\\s+following\\s+(.{3,120}?)\\s+(?:was|were)\\s+represented\\b(\\s+by\\s+observers?)?", F);
    private static final Pattern STATEMENTS = Pattern.compile(
            "\\bUnder\\s+(?:agenda\\s+)?item\\s+(\\d+)\\s*,\\s*statements\\s+were\\s+made\\s+by\\s+(?:the\\s+)?representatives?\\s+(?:from|of)\\s+"
            + "the\\s+following\\s+(.{3,80}?)\\s*:\\s*", F);
    /** "Under agenda item 2, the following States parties made statements: …" */
    private static final Pattern STATEMENTS_ACTIVE = Pattern.compile(
            "\\bUnder\\s+(?:agenda\\s+)?item\\s+(\\d+)\\s*,\\s*the\\s+following\\s+(.{3,80}?)\\s+(?:made|delivered)\\s+statements?\\s*:\\s*", F);
    private static final Pattern OBSERVER_STATEMENT = Pattern.compile(
            "\\bThe\\s+observers?\\s+(?:for|of)\\s+(.+?)\\s+(?:also\\s+)?(?:made|delivered)\\s+(?:a\\s+)?statements?\\b"
            + "|\\bstatements?\\s+(?:was|were)\\s+(?:also\\s+)?(?:made|delivered)\\s+by\\s+the\\s+observers?\\s+(?:for|of)\\s+(.+?)(?=\\.(?:\\s+[A-Z]|\\s*$))", F);
    /** "Statements were made by the representatives of Algeria, Brazil and China." — no kind of list named. */
    private static final Pattern BARE_STATEMENTS = Pattern.compile(
            "\\bstatements\\s+were\\s+(?:also\\s+)?made\\s+by\\s+(?:the\\s+)?representatives?\\s+of\\s+(?!the\\s+following\\b)", F);
    private static final Pattern ITEM_IN_SENTENCE = Pattern.compile("\\b(?:Under|under)\\s+(?:agenda\\s+)?item\\s+(\\d+)\\b");
    private static final Pattern LIST_END = Pattern.compile("\\.(?=\\s+[A-Z]|\\s*$)");
    /** "The European Union, a regional economic integration organization that is a party to the Convention, was also represented". */
    private static final Pattern REIO_PARTY = Pattern.compile(
            "\\b(?:The\\s+)?([A-Z][\\p{L}\\s]{2,60}?),\\s+(?:a|the)\\s+regional\\s+economic\\s+integration\\s+organization\\s+"
            + "(?:that\\s+is\\s+|which\\s+is\\s+)?(?:a\\s+)?party\\s+to\\s+the\\s+Convention,\\s+(?:was|were)\\s+(?:also\\s+)?represented");

    private final ReferenceEntities reference;

    public AttendanceExtractor(ReferenceEntities reference) {
        this.reference = reference;
    }

    public AttendanceExtractor() {
        this(ReferenceEntities.defaults());
    }

    @Override
    public void extract(ParsedDocument doc, StreamRDF out) {
        Optional<ReportMeeting> found = ReportMeeting.of(doc);
        if (found.isEmpty()) return;
        String meeting = found.get().iri();
        TripleWriter t = new TripleWriter(out);
        Map<String, Node> capacityOf = new HashMap<>();
        Map<String, Entity> attendedBySlug = new HashMap<>();
        // Attendance first: a statement "by the observer for X" takes X's capacity at the meeting.
        for (int i = 0; i < doc.blocks().size(); i++) {
            String para = MeetingExtractor.paragraphIri(doc, i);
            if (para != null) attendance(t, doc.blocks().get(i).text(), para, meeting, capacityOf, attendedBySlug);
        }
        for (int i = 0; i < doc.blocks().size(); i++) {
            String para = MeetingExtractor.paragraphIri(doc, i);
            if (para != null) statements(t, doc.blocks().get(i).text(), meeting, para, capacityOf, attendedBySlug);
        }
    }

    private void attendance(TripleWriter t, String text, String para, String meeting, Map<String, Node> capacityOf,
                            Map<String, Entity> attendedBySlug) {
        Matcher reio = REIO_PARTY.matcher(text);
        while (reio.find()) {
            Entity e = reference.combined().resolve(reio.group(1)).orElseGet(() -> OrganizationIndex.uncurated(reio.group(1)));
            participation(t, para, meeting, e, Untoc.PartyCapacity);
            capacityOf.putIfAbsent(e.iri(), Untoc.PartyCapacity);
        }
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

    private static void participation(TripleWriter t, String para, String meeting, Entity e, Node capacity) {
        String node = para + "/participation/" + localName(e);
        EntityTypes.write(t, e);
        t.type(node, Untoc.Participation);
        t.iri(node, Untoc.participant, e.iri());
        t.node(node, Untoc.capacity, capacity);
        t.iri(node, Untoc.atMeeting, meeting);
        t.iri(node, Untoc.inParagraph, para);
    }

    private static String localName(Entity e) {
        String iri = e.iri();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private void statements(TripleWriter t, String text, String meeting, String para, Map<String, Node> capacityOf,
                            Map<String, Entity> attendedBySlug) {
        String currentItem = null;
        for (Pattern form : List.of(STATEMENTS, STATEMENTS_ACTIVE)) {
            Matcher s = form.matcher(text);
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
        }
        Matcher bare = BARE_STATEMENTS.matcher(text);
        while (bare.find()) {
            Matcher end = LIST_END.matcher(text).region(bare.end(), text.length());
            int listEnd = end.find() ? end.start() : text.length();
            String item = currentItem;
            Matcher inSentence = ITEM_IN_SENTENCE.matcher(text.substring(0, bare.start()));
            while (inSentence.find()) item = inSentence.group(1);
            for (StateListParser.Item it : reference.stateLists().parse(text.substring(bare.end(), listEnd))) {
                // The list does not say in what capacity they spoke: the capacity they attended in, if known.
                statement(t, para, meeting, item, it.entity(), capacityOf.get(it.entity().iri()));
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
            String named = o.group(1) != null ? o.group(1) : o.group(2);
            for (StateListParser.Item it : observers.parse(EntityIndex.stripArticle(named))) {
                Entity e = it.entity();
                Node capacity = capacityOf.getOrDefault(e.iri(),
                        e.isState() ? Untoc.StateObserverCapacity : Untoc.IntergovernmentalObserverCapacity);
                statement(t, para, meeting, item, e, capacity);
            }
        }
    }

    private static void statement(TripleWriter t, String para, String meeting, String item, Entity speaker, Node capacity) {
        // One speaker may speak under two items in one paragraph: the item is part of the node's name.
        String node = para + "/statement/" + (item != null ? "item-" + item + "/" : "") + localName(speaker);
        EntityTypes.write(t, speaker);
        t.type(node, Untoc.Statement);
        t.iri(node, Untoc.speaker, speaker.iri());
        if (capacity != null) t.node(node, Untoc.capacity, capacity);
        t.iri(node, Untoc.atMeeting, meeting);
        t.iri(node, Untoc.inParagraph, para);
        if (item != null) {
            String ai = ReportExtractor.agendaItem(meeting, item);
            t.type(ai, Untoc.AgendaItem);
            t.iri(meeting, Untoc.agendaItem, ai);
            t.string(ai, Untoc.number, item);
            t.iri(node, Untoc.onAgendaItem, ai);
        }
    }

    /** The kind of an attendance or statement list, from the noun phrase that introduces it. */
    enum Kind {
        PARTIES(false), SIGNATORIES(false), OTHER_STATES(false), IGOS(true), UN_ENTITIES(true), NGOS(true);

        final boolean organisations;

        Kind(boolean organisations) {
            this.organisations = organisations;
        }

        static Kind of(String who, boolean byObservers) {
            boolean notParties = who.contains("not part") || who.contains("non-part");
            if (who.contains("signator")) return SIGNATORIES;
            if (who.contains("non-governmental")) return NGOS;
            if (who.matches(".*\\bpart(y|ies)\\b.*") && !notParties) return PARTIES;
            if (who.contains("intergovernmental") || who.contains("regional")) return IGOS;
            if (who.contains("united nations") || who.contains("specialized agenc") || who.contains("secretariat")) return UN_ENTITIES;
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
