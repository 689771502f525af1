package org.untoc.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.untoc.kg.extract.TestDocs.id;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.untoc.kg.extract.citation.CitationParser;
import org.untoc.kg.extract.citation.TreatySeries;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Untoc;

class ReferenceExtractorTest {
    private static final ReferenceExtractor EXTRACTOR = new ReferenceExtractor(new CitationParser(TreatySeries.load()));
    private static final Node DOC = id("cop/resolution/9/9");

    private static Graph extract(ParsedDocument doc) {
        return TestDocs.run(EXTRACTOR, doc);
    }

    @Test
    void theSubjectOfTheClauseOwnsItsAndTheVerbGivesTheRelation() {
        Graph g = extract(TestDocs.resolution("9/9", "T")
                .block(BlockType.PREAMBULAR_CLAUSE, "preamble/1", null, "Recalling", "Recalling that the Economic and"
                        + " Social Council, in its resolution 2014/17 of 16 July 2014, recommended to the General"
                        + " Assembly the adoption of a resolution,")
                .build());
        Node act = id("ecosoc/resolution/2014/17");
        Node clause = id("cop/resolution/9/9/preamble/1");
        assertTrue(g.contains(DOC, Untoc.recalls, act));
        assertTrue(g.contains(DOC, Untoc.cites, act));
        assertTrue(g.contains(clause, Untoc.recalls, act));
        assertTrue(g.contains(clause, Untoc.cites, act));
        assertTrue(g.contains(act, Terms.DATE, NodeFactory.createLiteralDT("2014-07-16", XSDDatatype.XSDdate)));
        Node ref = id("cop/resolution/9/9/preamble/1/ref/1");
        assertTrue(g.contains(ref, Untoc.inParagraph, clause));
        assertTrue(g.contains(ref, Untoc.target, act));
        assertTrue(g.contains(ref, Untoc.relation, Untoc.recalls));
        assertTrue(g.contains(ref, Untoc.resolutionStatus, NodeFactory.createLiteralString("resolved")));
        assertTrue(g.contains(ref, Untoc.referenceText,
                NodeFactory.createLiteralLang("its resolution 2014/17 of 16 July 2014", "en")));
        assertFalse(g.contains(Node.ANY, Untoc.recalls, id("cop/resolution/2014/17")));
    }

    @Test
    void citationsInAnInWhichSubClauseOrAQuotedTitleArePlainCitations() {
        Graph g = extract(TestDocs.resolution("9/9", "T")
                .block(BlockType.PREAMBULAR_CLAUSE, "preamble/1", null, "Recalling also", "Recalling also its"
                        + " resolution 8/1, in which the Conference recalled its resolution 5/8,")
                .block(BlockType.PREAMBULAR_CLAUSE, "preamble/2", null, "Welcoming", "Welcoming its resolution 9/1,"
                        + " entitled “Follow-up to resolution 5/5 of the Conference”,")
                .build());
        assertTrue(g.contains(DOC, Untoc.recalls, id("cop/resolution/8/1")));
        assertFalse(g.contains(DOC, Untoc.recalls, id("cop/resolution/5/8")));
        assertTrue(g.contains(DOC, Untoc.cites, id("cop/resolution/5/8")));
        assertTrue(g.contains(DOC, Untoc.welcomes, id("cop/resolution/9/1")));
        assertFalse(g.contains(DOC, Untoc.welcomes, id("cop/resolution/5/5")));
        assertTrue(g.contains(DOC, Untoc.cites, id("cop/resolution/5/5")));
        assertTrue(g.contains(id("cop/resolution/9/1"), Terms.TITLE,
                NodeFactory.createLiteralLang("Follow-up to resolution 5/5 of the Conference", "en")));
    }

    @Test
    void footnoteReferencesBelongToTheParagraphCarryingTheMarkerAndIbidRepeatsThePreviousFootnote() {
        Graph g = extract(TestDocs.resolution("9/9", "T")
                .block(BlockType.PREAMBULAR_CLAUSE, "preamble/1", null, "Recalling", "Recalling the Convention,", "1")
                .block(BlockType.PREAMBULAR_CLAUSE, "preamble/2", null, "Noting", "Noting the Convention,", "2")
                .footnote("1", "United Nations, Treaty Series, vol. 2225, No. 39574.")
                .footnote("2", "Ibid.")
                .build());
        Node untoc = id("untoc");
        assertTrue(g.contains(id("cop/resolution/9/9/preamble/1/ref/1"), Untoc.inParagraph, id("cop/resolution/9/9/preamble/1")));
        assertTrue(g.contains(id("cop/resolution/9/9/preamble/1/ref/1"), Untoc.target, untoc));
        assertTrue(g.contains(id("cop/resolution/9/9/preamble/2/ref/1"), Untoc.target, untoc));
        assertTrue(g.contains(DOC, Untoc.cites, untoc));
        assertFalse(g.contains(DOC, Untoc.recalls, untoc), "a footnote is not the clause's own statement");
        assertFalse(g.contains(DOC, Untoc.takesNoteOf, untoc));
    }

    @Test
    void aNumberWithNoBodyInContextStaysUnresolvedAndIsNeverGuessed() {
        ParsedDocument doc = TestDocs.anonymous()
                .block(BlockType.PARAGRAPH, "paragraph/1", "1.", null, "The meeting was convened pursuant to resolution 4/2.")
                .build();
        Graph g = extract(doc);
        Node ref = NodeFactory.createURI(DocumentIris.block(doc, doc.blocks().get(0)) + "/ref/1");
        assertTrue(g.contains(ref, Untoc.resolutionStatus, NodeFactory.createLiteralString("unresolved")));
        assertTrue(g.contains(ref, Untoc.referenceText, NodeFactory.createLiteralLang("resolution 4/2", "en")));
        assertFalse(g.contains(ref, Untoc.target, Node.ANY));
        assertFalse(g.contains(Node.ANY, Untoc.cites, Node.ANY));
    }

    @Test
    void documentsAreCitedWithPinpointsAndTheVerbButNeverTheDocumentItself() {
        Graph g = extract(TestDocs.report("CTOC/COP/WG.3/2021/3")
                .block(BlockType.TEXT, null, null, null, "CTOC/COP/WG.3/2021/3")
                .block(BlockType.PARAGRAPH, "paragraph/7", "7.", null, "Speakers noted the synergies (see"
                        + " CTOC/COP/WG.3/2012/5, paras. 4-9).")
                .build());
        Node doc = id("document/CTOC/COP/WG.3/2021/3");
        Node cited = id("document/CTOC/COP/WG.3/2012/5");
        assertFalse(g.contains(doc, Untoc.cites, doc));
        assertTrue(g.contains(doc, Untoc.citesDocument, cited));
        assertTrue(g.contains(doc, Untoc.cites, cited));
        assertTrue(g.contains(cited, Untoc.symbol, NodeFactory.createLiteralString("CTOC/COP/WG.3/2012/5")));
        assertTrue(g.contains(cited, Terms.TYPE, Untoc.Document));
        assertTrue(g.contains(id("document/CTOC/COP/WG.3/2021/3/paragraph/7/ref/1"), Untoc.pinpoint,
                NodeFactory.createLiteralString("paras. 4-9")));
    }

    /** The symbol of an act at the top of its own text (A/RES/62/175) is the act itself, never a citation. */
    @Test
    void aTextNeverCitesItsOwnActSymbolAndItsResolutionIsTheSymbolsBody() {
        Graph g = extract(TestDocs.report("A/RES/62/175")
                .block(BlockType.TEXT, null, null, null, "United Nations A/RES/62/175")
                .block(BlockType.PREAMBULAR_CLAUSE, "preamble/1", null, "Recalling", "Recalling its resolution 61/144"
                        + " of 19 December 2006 and resolution A/RES/62/175,")
                .build());
        Node doc = id("document/A/RES/62/175");
        assertFalse(g.contains(Node.ANY, Untoc.cites, id("ga/resolution/62/175")), "its own symbol");
        assertTrue(g.contains(doc, Untoc.recalls, id("ga/resolution/61/144")), "the Assembly's, from the symbol");
    }

    @Test
    void operativeVerbsTypeCitationsOfActsAndDocuments() {
        Graph g = extract(TestDocs.resolution("9/9", "T")
                .block(BlockType.OPERATIVE_PARAGRAPH, "operative/1", "1.", "Takes note", "Takes note of the report"
                        + " CTOC/COP/2020/3;")
                .block(BlockType.OPERATIVE_PARAGRAPH, "operative/2", "2.", "Reaffirms", "Reaffirms its decision 3/2;")
                .block(BlockType.OPERATIVE_PARAGRAPH, "operative/3", "3.", "Requests", "Requests the Secretariat to"
                        + " implement resolution 5/8;")
                .build());
        assertTrue(g.contains(DOC, Untoc.takesNoteOf, id("document/CTOC/COP/2020/3")));
        assertTrue(g.contains(DOC, Untoc.citesDocument, id("document/CTOC/COP/2020/3")));
        assertTrue(g.contains(DOC, Untoc.reaffirms, id("cop/decision/3/2")));
        assertTrue(g.contains(DOC, Untoc.cites, id("cop/resolution/5/8")));
        assertEquals(List.of(Untoc.cites), g.find(DOC, Node.ANY, id("cop/resolution/5/8")).mapWith(t -> t.getPredicate()).toList());
    }

    @Test
    void aParagraphCitationAlsoCitesItsArticleFromDocumentAndParagraph() {
        Graph g = extract(TestDocs.resolution("9/9", "T")
                .block(BlockType.RECOMMENDATION, "annex/recommendation/4", "4.", null, "States parties should"
                        + " strengthen central authorities designated under art. 32, para. 3 (e), of the Convention.")
                .build());
        Node rec = id("cop/resolution/9/9/annex/recommendation/4");
        for (Node from : List.of(DOC, rec)) {
            assertTrue(g.contains(from, Untoc.citesProvision, id("untoc/article/32/paragraph/3/subparagraph/e")));
            assertTrue(g.contains(from, Untoc.citesProvision, id("untoc/article/32/paragraph/3")));
            assertTrue(g.contains(from, Untoc.citesProvision, id("untoc/article/32")));
        }
        assertTrue(g.contains(DOC, Untoc.cites, id("untoc/article/32")), "citesProvision is a kind of cites");
    }

    @Test
    void bareArticlesFollowTheInstrumentTheTextIsSpeakingOf() {
        ParsedDocument doc = TestDocs.report("CTOC/COP/WG.3/2021/3")
                .block(BlockType.PARAGRAPH, "paragraph/1", "1.", null, "The panellist referred to article 18,"
                        + " paragraph 5, of the European Convention on Extradition. Its article 19 was also discussed.")
                .block(BlockType.PARAGRAPH, "paragraph/2", "2.", null, "Speakers reviewed article 16 of the"
                        + " Convention. They also reviewed article 18.")
                .build();
        Graph g = extract(doc);
        Node d = id("document/CTOC/COP/WG.3/2021/3");
        assertTrue(g.contains(d, Untoc.citesProvision, id("instrument/european-convention-on-extradition/article/18/paragraph/5")));
        assertTrue(g.contains(d, Untoc.citesProvision, id("instrument/european-convention-on-extradition/article/19")));
        assertFalse(g.contains(d, Untoc.citesProvision, id("untoc/article/19")));
        assertTrue(g.contains(d, Untoc.citesProvision, id("untoc/article/16")));
        assertTrue(g.contains(d, Untoc.citesProvision, id("untoc/article/18")));
    }

    @Test
    void endorsesIsLeftForRecommendationsSoEndorsedActsAndDocumentsAreCited() {
        Graph g = extract(TestDocs.resolution("9/9", "T")
                .block(BlockType.OPERATIVE_PARAGRAPH, "operative/1", "1.", "Endorses", "Endorses the recommendations"
                        + " contained in the report CTOC/COP/WG.3/2021/3 and decision 4/2 of the Conference;")
                .build());
        assertFalse(g.contains(Node.ANY, Untoc.endorses, Node.ANY), "untoc:endorses ranges over recommendations");
        assertTrue(g.contains(DOC, Untoc.cites, id("cop/decision/4/2")));
        assertTrue(g.contains(DOC, Untoc.citesDocument, id("document/CTOC/COP/WG.3/2021/3")));
    }

    @Test
    void aCitedActIsKnownByWhatTheCitationSaysOfIt() {
        Graph g = extract(TestDocs.resolution("9/9", "T")
                .block(BlockType.PREAMBULAR_CLAUSE, "preamble/1", null, "Recalling", "Recalling its decision 2/2 of"
                        + " 19 October 2005, entitled “Implementation of the international cooperation provisions”,")
                .build());
        Node act = id("cop/decision/2/2");
        assertTrue(g.contains(act, Terms.TYPE, Untoc.Decision));
        assertTrue(g.contains(act, Untoc.number, NodeFactory.createLiteralString("2/2")));
        assertTrue(g.contains(act, Untoc.issuedBy, id("cop")));
        assertTrue(g.contains(act, Terms.TITLE,
                NodeFactory.createLiteralLang("Implementation of the international cooperation provisions", "en")));
    }

    @Test
    void ibidWithAPinpointRepeatsThePreviousDocumentWithTheNewPin() {
        Graph g = extract(TestDocs.resolution("9/9", "T")
                .block(BlockType.PREAMBULAR_CLAUSE, "preamble/1", null, "Noting", "Noting the report,", "1")
                .block(BlockType.PREAMBULAR_CLAUSE, "preamble/2", null, "Noting also", "Noting also the findings,", "2")
                .footnote("1", "See CTOC/COP/2020/3, para. 4.")
                .footnote("2", "Ibid., para. 9.")
                .build());
        Node ref = id("cop/resolution/9/9/preamble/2/ref/1");
        assertTrue(g.contains(ref, Untoc.target, id("document/CTOC/COP/2020/3")));
        assertTrue(g.contains(ref, Untoc.pinpoint, NodeFactory.createLiteralString("para. 9")));
    }

    @Test
    void citationsInTheTitleAreTheDocumentsOwn() {
        Graph g = extract(TestDocs.resolution("9/9", "Implementation of article 16 of the Convention")
                .block(BlockType.TITLE, "title", "Resolution 9/9", null, "Implementation of article 16 of the Convention")
                .build());
        assertTrue(g.contains(DOC, Untoc.citesProvision, id("untoc/article/16")));
        assertTrue(g.contains(id("cop/resolution/9/9/ref/1"), Untoc.inParagraph, DOC));
    }
}
