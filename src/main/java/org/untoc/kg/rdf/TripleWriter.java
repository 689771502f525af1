package org.untoc.kg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Writes triples with IRI subjects to a {@link StreamRDF}: one method per kind of object, so extractors never build
 * literals by hand and never make blank nodes (output must be deterministic, see the pipeline contract).
 *
 * <p>Null or blank objects are skipped silently: an extractor states what the text says and nothing when it says
 * nothing.
 */
public final class TripleWriter {
    /** Language of every text taken from the corpus. */
    public static final String LANG = "en";

    private final StreamRDF out;

    public TripleWriter(StreamRDF out) {
        this.out = out;
    }

    /** The stream written to. */
    public StreamRDF stream() {
        return out;
    }

    /** {@code s rdf:type cls}. */
    public TripleWriter type(String s, Node cls) {
        return node(s, Terms.TYPE, cls);
    }

    /** {@code s p <o>} with an IRI object. */
    public TripleWriter iri(String s, Node p, String o) {
        if (o == null) return this;
        return node(s, p, NodeFactory.createURI(o));
    }

    /** {@code s p o} with any node object (an ontology term, say). */
    public TripleWriter node(String s, Node p, Node o) {
        if (s == null || o == null) return this;
        out.triple(Triple.create(NodeFactory.createURI(s), p, o));
        return this;
    }

    /** Natural-language text from a document: a string tagged {@code @en}. */
    public TripleWriter text(String s, Node p, String text) {
        if (isBlank(text)) return this;
        return node(s, p, NodeFactory.createLiteralLang(text, LANG));
    }

    /** A code or identifier (symbol, label, number "11/1"): an xsd:string. */
    public TripleWriter string(String s, Node p, String value) {
        if (isBlank(value)) return this;
        return node(s, p, NodeFactory.createLiteralString(value));
    }

    /**
     * A UN document symbol, and the document's page on the UN documents system ({@code https://undocs.org/{symbol}}),
     * where anyone can read the text the symbol names.
     */
    public TripleWriter symbol(String s, String symbol) {
        if (isBlank(symbol)) return this;
        return string(s, Untoc.symbol, symbol).iri(s, RDFS.seeAlso.asNode(), Ids.undocs(symbol));
    }

    /**
     * The symbols of one document: a joint document has two ("CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4"). The
     * document {@code s} carries them all, and is {@code owl:sameAs} the IRI each further symbol names on its own,
     * so a text that cites one half alone reaches the same document.
     */
    public TripleWriter symbols(String s, java.util.List<String> symbols) {
        symbols.forEach(symbol -> symbol(s, symbol));
        // Only a document named by its first symbol is the document of the others; an act is not its text's symbol.
        if (!symbols.isEmpty() && Ids.document(symbols.get(0)).equals(s)) {
            symbols.stream().skip(1).map(Ids::document).filter(o -> !o.equals(s))
                    .forEach(o -> iri(s, OWL.sameAs.asNode(), o));
        }
        return this;
    }

    /** An xsd:integer. */
    public TripleWriter integer(String s, Node p, long value) {
        return node(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    /** An xsd:date from an ISO date (yyyy-MM-dd). */
    public TripleWriter date(String s, Node p, String isoDate) {
        if (isBlank(isoDate)) return this;
        return node(s, p, NodeFactory.createLiteralDT(isoDate, XSDDatatype.XSDdate));
    }

    /** An xsd:date. */
    public TripleWriter date(String s, Node p, java.time.LocalDate date) {
        if (date == null) return this;
        return date(s, p, date.toString());
    }

    /** An xsd:boolean. */
    public TripleWriter bool(String s, Node p, boolean value) {
        return node(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    /** An xsd:decimal rounded to four places (a score), written in plain notation so equal scores compare equal. */
    public TripleWriter decimal(String s, Node p, double value) {
        String lexical = new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
        return node(s, p, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal));
    }

    private static boolean isBlank(String v) {
        return v == null || v.isBlank();
    }
}
