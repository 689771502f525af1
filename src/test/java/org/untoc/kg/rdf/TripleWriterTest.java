package org.untoc.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.untoc.kg.vocab.Untoc;

class TripleWriterTest {
    private static final String S = "https://w3id.org/untoc/id/cop/resolution/11/1";

    @Test
    void writesTypedLiteralsTextsInEnglishAndSkipsWhatTheTextDoesNotSay() {
        Graph g = GraphFactory.createDefaultGraph();
        new TripleWriter(StreamRDFLib.graph(g))
                .type(S, Untoc.Resolution)
                .text(S, Terms.TITLE, "Implementation")
                .string(S, Untoc.number, "11/1")
                .integer(S, Untoc.order, 3)
                .date(S, Terms.DATE, "2022-10-21")
                .iri(S, Untoc.issuedBy, "https://w3id.org/untoc/id/cop")
                .text(S, Untoc.text, null)
                .string(S, Untoc.label, " ")
                .iri(S, Untoc.partOf, null);
        var s = NodeFactory.createURI(S);
        assertTrue(g.contains(s, Terms.TYPE, Untoc.Resolution));
        assertTrue(g.contains(s, Terms.TITLE, NodeFactory.createLiteralLang("Implementation", "en")));
        assertTrue(g.contains(s, Untoc.number, NodeFactory.createLiteralString("11/1")));
        assertTrue(g.contains(s, Untoc.order, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)));
        assertTrue(g.contains(s, Terms.DATE, NodeFactory.createLiteralDT("2022-10-21", XSDDatatype.XSDdate)));
        assertTrue(g.contains(s, Untoc.issuedBy, NodeFactory.createURI("https://w3id.org/untoc/id/cop")));
        assertEquals(6, g.size(), "null and blank values write nothing");
    }

    @Test
    void announcesTheProjectPrefixes() {
        Graph g = GraphFactory.createDefaultGraph();
        Prefixes.emit(StreamRDFLib.graph(g));
        assertEquals(Untoc.NS, g.getPrefixMapping().getNsPrefixURI("untoc"));
        assertEquals("https://w3id.org/untoc/id/", g.getPrefixMapping().getNsPrefixURI("id"));
        assertEquals(Terms.DCTERMS, g.getPrefixMapping().getNsPrefixURI("dcterms"));
        assertEquals(Terms.PROV, g.getPrefixMapping().getNsPrefixURI("prov"));
    }
}
