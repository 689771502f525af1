package org.untoc.kg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.vocab.Untoc;

/**
 * What a working-group report says about its own meeting: which meeting it reports ({@code untoc:reportedIn}),
 * its venue and format, agenda items, Chair, acting Chair, Vice-Chairs and Rapporteur, the documents before the meeting, and discussion points not
 * adopted with the stated reason. Attendance and statements are the {@link AttendanceExtractor}'s.
 */
public final class ReportExtractor implements Extractor {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern AGENDA_ITEM = Pattern.compile(
            "\\bagenda\\s+item\\s+(\\d+)\\s*,\\s*entitled\\s+[“\"](.+?)[”\"](?=\\s*(?:[.,;:)]|$|\\s+[a-z]))", F);
    static final String PAREN = "\\(((?:[^()]|\\([^()]*\\))+)\\)";
    static final String PERSON = "((?:[A-Z][\\p{L}'’\\-.]+)(?:\\s+(?:[A-Z][\\p{L}'’\\-.]+|de|da|del|di|van|von|der|al|bin|el|la|le)){1,5})";
    static final String HONORIFIC = "(?:(?:Mr|Ms|Mrs|Dr|H\\.\\s?E)\\.?\\s+)?";
    private static final Pattern CHAIR = Pattern.compile(
            "\\b(?:meetings?\\s+(?:was|were)\\s+chaired\\s+by|(chairmanship|chair)\\s+was\\s+assumed\\s+by|opened\\s+by\\s+the\\s+Chair\\s*,)\\s+"
            + HONORIFIC + PERSON + "\\s*" + PAREN);
    /** "facilitated by the panellist Stefano Opilio, Public Prosecutor, …, Ministry of Justice of Italy." */
    private static final Pattern PANELLIST = Pattern.compile(
            "\\bpanellist\\s+(?:was\\s+)?" + HONORIFIC + PERSON + "(?:\\s*" + PAREN + ")?(?:\\s*,\\s*([^;]+?))?(?=\\s*(?:;|\\.(?:\\s|$)|$))");
    /** "The panellists were Ana Pérez (Chile), John Mwangi (Kenya) and Li Wei (China)." */
    private static final Pattern PANELLISTS = Pattern.compile("\\bpanellists\\s*(?:were\\s*|:\\s*)?(.+?)(?=\\.(?:\\s|$)|$)");
    private static final Pattern PANELLIST_ITEM = Pattern.compile(HONORIFIC + PERSON + "\\s*" + PAREN);
    /** "The Working Group had before it", and the plural of joint meetings: "The Working Groups had before them". */
    private static final Pattern HAD_BEFORE = Pattern.compile("\\bhad\\s+before\\s+(?:it|them)\\s+the\\s+following\\s+documents?\\b", F);
    /** Where a joint document's symbol ("CTOC/COP/WG.2/2030/3-CTOC/COP/WG.3/2030/3") joins its two symbols. */
    private static final Pattern JOINT_SYMBOL_SEPARATOR = Pattern.compile("-(?=(?:CTOC|CAC|A|E|S|UNODC|ST)/)");
    private static final Pattern DOC_ITEM = Pattern.compile("\\(([a-z])\\)\\s+(.+?)(?=\\s*\\([a-z]\\)\\s+[A-Z]|$)", Pattern.DOTALL);
    private static final Pattern SYMBOL_AT_END = Pattern.compile(
            "\\(((?:CTOC|CAC|A|E|S|UNODC|ST)/[A-Za-z0-9.\\-]+(?:/[A-Za-z0-9.\\-]+)*)\\)\\s*[;.]?\\s*(?:and)?\\s*$");
    private static final Pattern NOT_ADOPTED = Pattern.compile(
            "\\b(?:was|were)\\s+not\\s+adopted(?:\\s+as\\s+(?:a\\s+)?recommendations?)?\\s*,?\\s+(?:owing\\s+to|because\\s+of|due\\s+to|for\\s+lack\\s+of)\\s+(.+?)\\s*(?::|\\.(?=\\s|$))", F);
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
        TripleWriter t = new TripleWriter(out);
        t.type(meeting, Untoc.Meeting);
        for (WorkingGroup g : rm.groups()) {
            // A joint meeting is one meeting of each group that met.
            MeetingExtractor.writeGroup(t, g);
            t.iri(meeting, Untoc.meetingOf, g.iri());
        }
        if (rm.ordinal() != null) t.integer(meeting, Untoc.ordinal, rm.ordinal());
        if (rm.dates() != null) {
            t.date(meeting, Untoc.startDate, rm.dates().start());
            t.date(meeting, Untoc.endDate, rm.dates().end());
        }
        if (rm.venue() != null) t.string(meeting, Untoc.venue, rm.venue());
        String report = DocumentIris.subject(doc);
        t.iri(meeting, Untoc.reportedIn, report);

        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String para = MeetingExtractor.paragraphIri(doc, i);
            if (para == null) continue;
            String text = b.text();
            Matcher h = HYBRID.matcher(text);
            if (h.find()) t.string(meeting, Untoc.format, h.group(1).toLowerCase(java.util.Locale.ROOT));
            agendaItems(t, text, meeting, para);
            chairs(t, text, meeting, para);
            officers(t, doc, i, meeting, para);
            panellists(t, text, meeting, para);
            if (HAD_BEFORE.matcher(text).find()) documentsBefore(t, doc, i, meeting, para);
            notAdopted(t, doc, i, meeting, rm.group(), para);
        }
    }

    private static void agendaItems(TripleWriter t, String text, String meeting, String para) {
        Matcher m = AGENDA_ITEM.matcher(text);
        while (m.find()) {
            String item = agendaItem(meeting, m.group(1));
            t.type(item, Untoc.AgendaItem);
            t.iri(meeting, Untoc.agendaItem, item);
            t.string(item, Untoc.number, m.group(1));
            t.text(item, Terms.TITLE, m.group(2).strip());
            MeetingExtractor.mention(t, para, "agenda-item/" + m.group(1), item, m.group());
        }
    }

    static String agendaItem(String meeting, String number) {
        return meeting + "/agenda-item/" + number;
    }

    private void chairs(TripleWriter t, String text, String meeting, String para) {
        Matcher m = CHAIR.matcher(text);
        while (m.find()) {
            boolean acting = m.group(1) != null;
            var roles = java.util.EnumSet.of(acting ? OfficerPhrases.Role.ACTING_CHAIR : OfficerPhrases.Role.CHAIR);
            officer(t, meeting, para, new OfficerPhrases.Officer(roles, m.group(2).strip().replaceAll("[.,]$", ""), m.group(3)));
        }
    }

    /**
     * Vice-Chairs, Rapporteur and other officers. A list of officers may continue in the unnumbered lines after
     * its paragraph ("The following officers were elected:" then "Chair: …" line by line): those are read with it.
     */
    private void officers(TripleWriter t, ParsedDocument doc, int i, String meeting, String para) {
        List<Block> blocks = doc.blocks();
        if (continuesParagraph(blocks.get(i))) return; // read with the paragraph it continues
        StringBuilder text = new StringBuilder(blocks.get(i).text());
        // After "…elected the following officers:" the lines of the list may come out as unlabelled blocks of any kind.
        boolean list = text.toString().strip().endsWith(":");
        for (int j = i + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            boolean unlabelledLine = b.label() == null && (b.type() == BlockType.HEADING || b.type() == BlockType.TEXT);
            if (!continuesParagraph(b) && !(list && unlabelledLine)) break;
            text.append('\n').append(b.text());
        }
        for (OfficerPhrases.Officer o : OfficerPhrases.find(text.toString())) officer(t, meeting, para, o);
    }

    /** An unnumbered line of text: part of the numbered paragraph before it. */
    private static boolean continuesParagraph(Block b) {
        return b.path() == null && (b.type() == BlockType.TEXT || b.type() == BlockType.SUBPARAGRAPH);
    }

    /** A person (or a State alone) holding an office at the meeting, and the State the person represents. */
    private void officer(TripleWriter t, String meeting, String para, OfficerPhrases.Officer o) {
        if (o.name() == null) {
            for (StateListParser.Item item : reference.stateLists().parse(o.state())) {
                if (!item.resolved()) continue; // an entry that is neither "Name (State)" nor a known State: not guessed
                Entity state = item.entity();
                EntityTypes.write(t, state);
                String node = para + "/officer/" + state.iri().substring(state.iri().lastIndexOf('/') + 1);
                t.type(node, Untoc.Participation);
                t.iri(node, Untoc.participant, state.iri());
                for (OfficerPhrases.Role r : o.roles()) {
                    t.node(node, Untoc.capacity, r.capacity);
                    if (r.meetingLink != null) t.iri(meeting, r.meetingLink, state.iri());
                }
                t.iri(node, Untoc.atMeeting, meeting);
                t.iri(node, Untoc.inParagraph, para);
            }
            return;
        }
        String name = o.name();
        String person = Ids.person(OrganizationIndex.slug(name));
        String node = personParticipation(t, meeting, para, name, person);
        for (OfficerPhrases.Role r : o.roles()) t.node(node, Untoc.capacity, r.capacity);
        Entity state = reference.states().resolve(o.state()).orElse(null);
        Entity represented = state != null ? state : StateListParser.unresolved(o.state());
        EntityTypes.write(t, represented);
        t.iri(node, Untoc.represents, represented.iri());
        for (OfficerPhrases.Role r : o.roles()) if (r.meetingLink != null) t.iri(meeting, r.meetingLink, person);
    }

    /** A person named in a paragraph, taking part in the meeting: the person and the participation node. */
    private static String personParticipation(TripleWriter t, String meeting, String para, String name, String person) {
        t.type(person, Untoc.Person);
        t.string(person, Terms.LABEL, name);
        String node = para + "/participation/" + OrganizationIndex.slug(name);
        t.type(node, Untoc.Participation);
        t.iri(node, Untoc.participant, person);
        t.iri(node, Untoc.atMeeting, meeting);
        t.iri(node, Untoc.inParagraph, para);
        return node;
    }

    /** Panellists with the post and institution the text gives them, and the agenda item of the same paragraph. */
    private void panellists(TripleWriter t, String text, String meeting, String para) {
        Matcher item = AGENDA_ITEM.matcher(text);
        String agendaItem = item.find() ? agendaItem(meeting, item.group(1)) : null;
        Matcher list = PANELLISTS.matcher(text);
        if (list.find()) {
            Matcher m = PANELLIST_ITEM.matcher(list.group(1));
            while (m.find()) {
                panellist(t, meeting, para, agendaItem, m.group(1), m.group(2), null);
            }
        }
        Matcher m = PANELLIST.matcher(text);
        while (m.find()) {
            panellist(t, meeting, para, agendaItem, m.group(1), m.group(2), m.group(3));
        }
    }

    private void panellist(TripleWriter t, String meeting, String para, String agendaItem, String rawName, String inParentheses,
                       String affiliation) {
        String name = rawName.strip().replaceAll("[.,]$", "");
        String person = Ids.person(OrganizationIndex.slug(name));
        String node = personParticipation(t, meeting, para, name, person);
        t.node(node, Untoc.capacity, Untoc.PanellistCapacity);
        if (agendaItem != null) t.iri(node, Untoc.onAgendaItem, agendaItem);
        if (affiliation != null) t.string(node, Untoc.affiliation, affiliation.strip());
        if (inParentheses != null) {
            // A State only where the text puts one in parentheses; an affiliation's "of Italy" is left as written.
            Entity state = reference.states().resolve(inParentheses).orElse(null);
            if (state != null) {
                EntityTypes.write(t, state);
                t.iri(node, Untoc.represents, state.iri());
            }
        }
    }

    private static void documentsBefore(TripleWriter t, ParsedDocument doc, int i, String meeting, String para) {
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
            String title = item.substring(0, sym.start()).strip().replaceAll("[;,]$", "");
            String where = k < paraOf.size() && paraOf.get(k) != null ? paraOf.get(k) : para;
            // A joint document carries both groups' symbols; like the document's own graph (DocumentIris), its IRI is the first's.
            String[] symbols = JOINT_SYMBOL_SEPARATOR.split(sym.group(1));
            String docIri = Ids.document(symbols[0]);
            t.type(docIri, Untoc.Document);
            t.symbols(docIri, java.util.Arrays.asList(symbols));
            if (!title.isEmpty()) t.text(docIri, Terms.TITLE, title);
            t.iri(meeting, Untoc.hadBefore, docIri);
            String ref = para + "/had-before/" + m.group(1);
            t.type(ref, Untoc.Reference);
            t.iri(ref, Untoc.inParagraph, where);
            t.iri(ref, Untoc.target, docIri);
            t.iri(ref, Untoc.relation, Untoc.hadBefore.getURI());
            t.text(ref, Untoc.referenceText, "(" + m.group(1) + ") " + item);
            k++;
        }
    }

    private static void notAdopted(TripleWriter t, ParsedDocument doc, int i, String reportMeeting, WorkingGroup group, String para) {
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
        t.text(node, Untoc.notAdoptedReason, reason);
        if (point != null) t.text(node, Untoc.text, point);
        t.iri(node, Untoc.discussedAt, meeting);
        t.iri(node, Untoc.inParagraph, para);
    }

}
