package org.untoc.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.untoc.kg.extract.TestDocs.id;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Untoc;

class StructureExtractorTest {
    private static final Node DOC = id("cop/resolution/9/9");

    private static ParsedDocument resolution() {
        return TestDocs.resolution("9/9", "Strengthening international cooperation")
                .block(BlockType.TITLE, null, null, null, "Strengthening international cooperation")
                .block(BlockType.PREAMBLE_INTRO, "preamble", null, null, "The Conference of the Parties to the United"
                        + " Nations Convention against Transnational Organized Crime,")
                .block(BlockType.PREAMBULAR_CLAUSE, "preamble/1", null, "Recalling also", "Recalling also its decision 3/2,", "1")
                .block(BlockType.OPERATIVE_PARAGRAPH, "operative/1", "1.", "Endorses", "Endorses the recommendations"
                        + " set out in the annex to the present resolution.")
                .block(BlockType.ANNEX_HEADING, "annex", "Annex", null, "Recommendations of the Working Group")
                .blockUnder(BlockType.HEADING, "annex/heading/1", null, "Joint investigations", "Annex")
                .block(BlockType.RECOMMENDATION, "annex/recommendation/a", "(a)", null, "States parties should…")
                .block(BlockType.TEXT, null, null, null, "V.22-01234")
                .footnote("1", "United Nations, Treaty Series, vol. 2225, No. 39574.")
                .build();
    }

    @Test
    void theDocumentIsTheActItsTextStatesItselfToBe() {
        Graph g = TestDocs.run(new StructureExtractor(), resolution());
        assertTrue(g.contains(DOC, Terms.TYPE, Untoc.Resolution));
        assertTrue(g.contains(DOC, Terms.TYPE, Untoc.Act));
        assertTrue(g.contains(DOC, Terms.TITLE, NodeFactory.createLiteralLang("Strengthening international cooperation", "en")));
        assertTrue(g.contains(DOC, Untoc.number, NodeFactory.createLiteralString("9/9")));
        assertTrue(g.contains(DOC, Untoc.issuedBy, id("cop")));
        assertTrue(g.contains(DOC, Untoc.session, id("cop/session/9")));
    }

    @Test
    void eachBlockIsAResourceWithItsKindPlaceOrderLabelVerbAndText() {
        Graph g = TestDocs.run(new StructureExtractor(), resolution());
        Node clause = id("cop/resolution/9/9/preamble/1");
        assertTrue(g.contains(clause, Terms.TYPE, Untoc.PreambularClause));
        assertTrue(g.contains(clause, Untoc.partOf, DOC), "clauses belong to the act, not to its opening line");
        assertTrue(g.contains(clause, Untoc.order, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)));
        assertTrue(g.contains(clause, Untoc.verb, NodeFactory.createLiteralLang("Recalling also", "en")));
        assertTrue(g.contains(clause, Untoc.text, NodeFactory.createLiteralLang("Recalling also its decision 3/2,", "en")));
        Node operative = id("cop/resolution/9/9/operative/1");
        assertTrue(g.contains(operative, Terms.TYPE, Untoc.OperativeClause));
        assertTrue(g.contains(operative, Untoc.label, NodeFactory.createLiteralString("1.")));
        Node annex = id("cop/resolution/9/9/annex");
        assertTrue(g.contains(annex, Terms.TYPE, Untoc.Annex));
        Node heading = id("cop/resolution/9/9/annex/heading/1");
        assertTrue(g.contains(heading, Untoc.partOf, annex));
        assertTrue(g.contains(heading, Untoc.heading, NodeFactory.createLiteralLang("Annex", "en")));
        // Running text without a number is named by its words, not by its line (which moves with the layout).
        List<Node> unnumbered = g.find(Node.ANY, Terms.TYPE, Untoc.Paragraph).mapWith(Triple::getSubject)
                .filterKeep(n -> n.getURI().contains("/text/")).toList();
        assertFalse(unnumbered.isEmpty());
        for (Node p : unnumbered) {
            String text = g.find(p, Untoc.text, Node.ANY).next().getObject().getLiteralLexicalForm();
            assertEquals(id("cop/resolution/9/9/text/" + NamesByWords.key(text)).getURI(), p.getURI(), text);
        }
    }

    @Test
    void recommendationsAreLeftToTheirOwnExtractor() {
        Graph g = TestDocs.run(new StructureExtractor(), resolution());
        assertFalse(g.contains(id("cop/resolution/9/9/annex/recommendation/a"), Node.ANY, Node.ANY));
    }

    @Test
    void footnotesAndTheSourceTextAreRecorded() {
        ParsedDocument doc = resolution();
        Graph g = TestDocs.run(new StructureExtractor(), doc);
        // Named by its words, the marker as printed its label: a compilation numbers notes through.
        List<Node> footnotes = g.find(Node.ANY, Terms.TYPE, Untoc.Footnote).mapWith(Triple::getSubject).toList();
        assertEquals(1, footnotes.size(), footnotes.toString());
        Node footnote = footnotes.get(0);
        String noteText = g.find(footnote, Untoc.text, Node.ANY).next().getObject().getLiteralLexicalForm();
        assertEquals(id("cop/resolution/9/9/footnote/" + NamesByWords.key(noteText)), footnote);
        assertTrue(g.contains(footnote, Untoc.label, NodeFactory.createLiteralString("1")));
        assertTrue(g.contains(id("cop/resolution/9/9/preamble/1"), Untoc.hasFootnote, footnote));
        Node source = id("source/" + TestDocs.SHA);
        // The graph's own provenance is the pipeline's, once per file (DefaultDocumentPipelineTest).
        assertTrue(!g.contains(NodeFactory.createURI(DocumentIris.graph(doc)), Terms.WAS_DERIVED_FROM, source));
        assertTrue(g.contains(source, Terms.TYPE, Untoc.SourceText));
        assertTrue(g.contains(source, Untoc.sourceFile, NodeFactory.createLiteralString("test-doc.txt")));
        assertTrue(g.contains(source, Untoc.sha256, NodeFactory.createLiteralString(TestDocs.SHA)));
        assertTrue(g.contains(source, Untoc.textOf, DOC));
    }

    @Test
    void aReportIsTypedAndCarriesItsSymbolAndDate() {
        Graph g = TestDocs.run(new StructureExtractor(), TestDocs.report("CTOC/COP/WG.3/2021/3")
                .block(BlockType.PARAGRAPH, "paragraph/1", "1.", null, "In its decision 2/2, …")
                .block(BlockType.SUBPARAGRAPH, "paragraph/1/a", "(a)", null, "…")
                .build());
        Node doc = id("document/CTOC/COP/WG.3/2021/3");
        assertTrue(g.contains(doc, Terms.TYPE, Untoc.Report));
        assertTrue(g.contains(doc, Untoc.symbol, NodeFactory.createLiteralString("CTOC/COP/WG.3/2021/3")));
        assertTrue(g.contains(doc, Terms.DATE, NodeFactory.createLiteralDT("2021-04-01", XSDDatatype.XSDdate)));
        assertTrue(g.contains(id("document/CTOC/COP/WG.3/2021/3/paragraph/1/a"), Untoc.partOf,
                id("document/CTOC/COP/WG.3/2021/3/paragraph/1")));
    }

    /**
     * Fixture of a fixed bug: a GA resolution as issued gave its act the distribution date as its date. Its date is
     * the day its own text says it was adopted, when it says so, and never the distribution date.
     */
    @Test
    void anActTakesItsAdoptionDateNeverTheDistributionDateOfItsText() {
        Node act = id("ga/resolution/55/25");
        Graph undated = TestDocs.run(new StructureExtractor(), issued(null));
        assertTrue(undated.contains(act, Untoc.symbol, NodeFactory.createLiteralString("A/RES/55/25")));
        assertTrue(undated.contains(act, Untoc.issuedBy, id("ga")));
        assertFalse(undated.contains(act, Terms.DATE, Node.ANY));
        Graph dated = TestDocs.run(new StructureExtractor(), issued("2000-11-15"));
        assertEquals(List.of(NodeFactory.createLiteralDT("2000-11-15", XSDDatatype.XSDdate)),
                dated.find(act, Terms.DATE, Node.ANY).mapWith(t -> t.getObject()).toList());
    }

    /** An act the text gives no number (a draft standing alone) is an act all the same: no issue date for it. */
    @Test
    void anUnnumberedActDoesNotTakeTheDistributionDateEither() {
        ParsedDocument draft = new ParsedDocument(java.nio.file.Path.of("/tmp/draft.txt"), TestDocs.SHA,
                org.untoc.kg.structure.TextShape.PLAIN, org.untoc.kg.structure.DocumentKind.RESOLUTION,
                new org.untoc.kg.structure.DocumentIdentity("ga", null, null, List.of(), "Title", "2031-05-30", null, 3),
                List.of(), java.util.Map.of());
        Graph g = TestDocs.run(new StructureExtractor(), draft);
        assertFalse(g.find(Node.ANY, Terms.DATE, Node.ANY).hasNext(), g.toString());
    }

    private static ParsedDocument issued(String adopted) {
        return new ParsedDocument(java.nio.file.Path.of("/tmp/a-res-55-25.txt"), TestDocs.SHA,
                org.untoc.kg.structure.TextShape.PLAIN, org.untoc.kg.structure.DocumentKind.RESOLUTION,
                new org.untoc.kg.structure.DocumentIdentity("ga", "resolution", "55/25", java.util.List.of("A/RES/55/25"),
                        "United Nations Convention against Transnational Organized Crime", "2001-01-08", adopted, 15),
                java.util.List.of(), java.util.Map.of());
    }
}
