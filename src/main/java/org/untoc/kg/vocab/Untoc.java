package org.untoc.kg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the untoc ontology ({@code https://w3id.org/untoc/ontology#}) as Jena nodes.
 *
 * <p>Every term here must be declared in {@code ontology/untoc.ttl}; {@code OntologyCoverageTest} fails the build
 * otherwise, so the Java code can never publish an undeclared term.
 */
public final class Untoc {
    public static final String NS = "https://w3id.org/untoc/ontology#";

    private Untoc() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // --- Bodies, sessions, meetings
    public static final Node Body = term("Body");
    public static final Node Conference = term("Conference");
    public static final Node Session = term("Session");
    public static final Node WorkingGroup = term("WorkingGroup");
    public static final Node Meeting = term("Meeting");
    public static final Node AgendaItem = term("AgendaItem");

    // --- Acts and their parts
    public static final Node Act = term("Act");
    public static final Node Decision = term("Decision");
    public static final Node Resolution = term("Resolution");
    public static final Node Clause = term("Clause");
    public static final Node PreambularClause = term("PreambularClause");
    public static final Node OperativeClause = term("OperativeClause");
    public static final Node Annex = term("Annex");
    public static final Node Recommendation = term("Recommendation");
    public static final Node Footnote = term("Footnote");
    public static final Node Paragraph = term("Paragraph");
    public static final Node Section = term("Section");

    // --- Instruments and provisions
    public static final Node Instrument = term("Instrument");
    public static final Node Convention = term("Convention");
    public static final Node Protocol = term("Protocol");
    public static final Node Article = term("Article");
    public static final Node ArticleParagraph = term("ArticleParagraph");
    /** A lettered subparagraph of a numbered article paragraph: id/untoc/article/{n}/paragraph/{p}/subparagraph/{x}. */
    public static final Node ArticleSubparagraph = term("ArticleSubparagraph");
    /** The act that adopted an instrument (General Assembly resolution 55/25 for the Convention). */
    public static final Node adoptedBy = term("adoptedBy");
    public static final Node treatySeriesVolume = term("treatySeriesVolume");
    public static final Node treatySeriesNumber = term("treatySeriesNumber");

    // --- Documents
    public static final Node Document = term("Document");
    public static final Node Report = term("Report");
    public static final Node BackgroundPaper = term("BackgroundPaper");
    public static final Node SourceText = term("SourceText");

    // --- Agents
    public static final Node State = term("State");
    public static final Node Organization = term("Organization");
    public static final Node Person = term("Person");
    public static final Node Participation = term("Participation");
    public static final Node Statement = term("Statement");

    // --- Qualified references (provenance of each citation)
    public static final Node Reference = term("Reference");

    // --- Citation relations between works (act or document → what it cites); all but endorses are
    // sub-properties of cites, which the mapper materialises
    public static final Node cites = term("cites");
    public static final Node recalls = term("recalls");
    public static final Node reaffirms = term("reaffirms");
    /** Act → recommendation of its own annex: not a citation (a text never cites its own parts). */
    public static final Node endorses = term("endorses");
    public static final Node takesNoteOf = term("takesNoteOf");
    public static final Node welcomes = term("welcomes");
    public static final Node citesProvision = term("citesProvision");
    public static final Node citesDocument = term("citesDocument");
    /** The clause-level trace of a citation: the block it was read in → what it cites. */
    public static final Node refersTo = term("refersTo");

    // --- Structure
    public static final Node partOf = term("partOf");
    public static final Node order = term("order");
    public static final Node label = term("label");
    public static final Node text = term("text");
    public static final Node verb = term("verb");
    public static final Node heading = term("heading");
    public static final Node number = term("number");
    public static final Node symbol = term("symbol");
    public static final Node session = term("session");
    public static final Node issuedBy = term("issuedBy");
    public static final Node hasFootnote = term("hasFootnote");

    // --- Recommendations and meetings
    public static final Node adoptedAt = term("adoptedAt");
    public static final Node meetingOf = term("meetingOf");
    public static final Node ordinal = term("ordinal");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node venue = term("venue");
    public static final Node reportedIn = term("reportedIn");
    public static final Node mentions = term("mentions");

    // --- Reference node properties
    public static final Node inParagraph = term("inParagraph");
    public static final Node relation = term("relation");
    public static final Node target = term("target");
    public static final Node referenceText = term("referenceText");
    public static final Node resolutionStatus = term("resolutionStatus");
    public static final Node statedTitle = term("statedTitle");
    public static final Node statedDate = term("statedDate");
    /** Where in a cited document the citation points, as written: "paras. 2–4", "section IV". */
    public static final Node pinpoint = term("pinpoint");

    // --- Source texts
    public static final Node sourceFile = term("sourceFile");
    public static final Node sha256 = term("sha256");
    public static final Node textOf = term("textOf");

    // --- Datatypes of codes (skos:notation values of States)
    public static final Node M49 = term("M49");
    public static final Node ISO3166Alpha2 = term("ISO3166Alpha2");
    public static final Node ISO3166Alpha3 = term("ISO3166Alpha3");

    // --- Entities, attendance and statements (entities extractor)
    public static final Node Party = term("Party");
    public static final Node RegionalEconomicIntegrationOrganization = term("RegionalEconomicIntegrationOrganization");
    public static final Node Tool = term("Tool");
    public static final Node UnresolvedEntity = term("UnresolvedEntity");
    public static final Node Capacity = term("Capacity");
    public static final Node StatePartyCapacity = term("StatePartyCapacity");
    public static final Node PartyCapacity = term("PartyCapacity");
    public static final Node SignatoryObserverCapacity = term("SignatoryObserverCapacity");
    public static final Node StateObserverCapacity = term("StateObserverCapacity");
    public static final Node IntergovernmentalObserverCapacity = term("IntergovernmentalObserverCapacity");
    public static final Node UnitedNationsObserverCapacity = term("UnitedNationsObserverCapacity");
    public static final Node NonGovernmentalObserverCapacity = term("NonGovernmentalObserverCapacity");
    public static final Node ChairCapacity = term("ChairCapacity");
    public static final Node ActingChairCapacity = term("ActingChairCapacity");
    public static final Node PanellistCapacity = term("PanellistCapacity");
    public static final Node ViceChairCapacity = term("ViceChairCapacity");
    public static final Node RapporteurCapacity = term("RapporteurCapacity");
    public static final Node affiliation = term("affiliation");
    public static final Node participant = term("participant");
    public static final Node capacity = term("capacity");
    public static final Node atMeeting = term("atMeeting");
    public static final Node speaker = term("speaker");
    public static final Node onAgendaItem = term("onAgendaItem");
    public static final Node agendaItem = term("agendaItem");
    public static final Node chair = term("chair");
    public static final Node viceChair = term("viceChair");
    public static final Node rapporteur = term("rapporteur");
    public static final Node represents = term("represents");
    public static final Node curated = term("curated");
    public static final Node organizationType = term("organizationType");

    // --- Meetings (entities extractor)
    public static final Node format = term("format");
    public static final Node heldInConjunctionWith = term("heldInConjunctionWith");
    public static final Node duringSession = term("duringSession");
    public static final Node hadBefore = term("hadBefore");
    public static final Node DiscussionPoint = term("DiscussionPoint");
    public static final Node discussedAt = term("discussedAt");
    public static final Node notAdoptedReason = term("notAdoptedReason");

    // --- Recommendation lineage (recommendation linker)
    public static final Node sameRecommendationAs = term("sameRecommendationAs");

    // --- Work lineage (derived graph of whole texts citing whole texts)
    public static final Node citesWork = term("citesWork");
    public static final Node RecommendationLink = term("RecommendationLink");
    public static final Node linkSource = term("linkSource");
    public static final Node linkTarget = term("linkTarget");
    public static final Node similarity = term("similarity");
    public static final Node method = term("method");
}
