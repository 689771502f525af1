package org.untoc.kg.web;

import java.util.List;
import java.util.Map;
import org.untoc.kg.vocab.Untoc;

/** Readable names of the citation relations, in both directions, and the order the pages list them in. */
final class Relations {
    /** Most specific first: "cites", the super-property, last. */
    static final List<String> ORDER = List.of("recalls", "reaffirms", "endorses", "takesNoteOf", "welcomes",
            "citesProvision", "citesDocument", "cites");
    private static final Map<String, String> FORWARD = Map.of("recalls", "recalls", "reaffirms", "reaffirms",
            "endorses", "endorses", "takesNoteOf", "takes note of", "welcomes", "welcomes", "citesProvision", "invokes",
            "citesDocument", "cites the document", "cites", "cites");
    /** How a statement reads from the object's side ("recalled by", not "is untoc:recalls of"). */
    private static final Map<String, String> INVERSE = Map.ofEntries(
            Map.entry("cites", "cited by"), Map.entry("recalls", "recalled by"),
            Map.entry("reaffirms", "reaffirmed by"), Map.entry("endorses", "endorsed by"),
            Map.entry("takesNoteOf", "noted by"), Map.entry("welcomes", "welcomed by"),
            Map.entry("citesProvision", "invoked by"), Map.entry("citesDocument", "cited as a document by"),
            Map.entry("citesWork", "cited (as a whole) by"),
            Map.entry("partOf", "has part"), Map.entry("mentions", "mentioned by"),
            Map.entry("adoptedAt", "adopted here"), Map.entry("meetingOf", "meetings"),
            Map.entry("issuedBy", "issued"), Map.entry("hasFootnote", "footnote of"),
            Map.entry("inParagraph", "references read here"), Map.entry("textOf", "source text"),
            Map.entry("reportedIn", "reported here"), Map.entry("represents", "represented by"),
            Map.entry("atMeeting", "at this meeting"), Map.entry("participant", "participates as"),
            Map.entry("speaker", "statements made"), Map.entry("chair", "chaired"),
            Map.entry("viceChair", "vice-chaired"), Map.entry("rapporteur", "rapporteur of"),
            Map.entry("session", "acts of this session"), Map.entry("duringSession", "meetings during this session"),
            Map.entry("hadBefore", "before the meeting"), Map.entry("discussedAt", "discussed here"),
            Map.entry("sameRecommendationAs", "same recommendation as"), Map.entry("linkSource", "link from"),
            Map.entry("linkTarget", "link to"), Map.entry("affiliation", "affiliated"),
            Map.entry("onAgendaItem", "statements on this item"), Map.entry("agendaItem", "agenda item of"),
            Map.entry("heldInConjunctionWith", "held in conjunction with"), Map.entry("adoptedBy", "adopted"));

    private Relations() {}

    /** The relation's local name in the untoc vocabulary, or null for another vocabulary's term. */
    static String key(String property) {
        return property != null && property.startsWith(Untoc.NS) ? property.substring(Untoc.NS.length()) : null;
    }

    static String forward(String key) {
        return FORWARD.getOrDefault(key, key);
    }

    /** The inverse name of an untoc property, or null if it has none. */
    static String inverse(String key) {
        return key == null ? null : INVERSE.get(key);
    }

    static int rank(String key) {
        int i = ORDER.indexOf(key);
        return i < 0 ? ORDER.size() : i;
    }
}
