package org.untoc.kg.extract.entity;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.untoc.kg.vocab.Untoc;

/** Writes triples to a {@link StreamRDF} with IRIs given as strings; one place for literal datatypes. */
public final class Triples {
    public static final Node TYPE = RDF.type.asNode();
    public static final Node LABEL = RDFS.label.asNode();
    public static final Node TITLE = DCTerms.title.asNode();

    private final StreamRDF out;

    public Triples(StreamRDF out) {
        this.out = out;
    }

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** Natural-language text from a document: tagged {@code @en}, as every extractor writes it. */
    public static Node text(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    public static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    public static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    public static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    public static Node decimal(double d) {
        return NodeFactory.createLiteralDT(new java.math.BigDecimal(d).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** Adds (s, p, o). */
    public Triples add(String s, Node p, Node o) {
        out.triple(Triple.create(iri(s), p, o));
        return this;
    }

    /** Adds (s, p, &lt;o&gt;). */
    public Triples link(String s, Node p, String o) {
        return add(s, p, iri(o));
    }

    /** Adds (s, rdf:type, c). */
    public Triples type(String s, Node c) {
        return add(s, TYPE, c);
    }

    /** Types an entity as what it is; names a node only the text knows (uncurated or unresolved) by its written name. */
    public Triples entity(Entity e) {
        switch (e.kind()) {
            case STATE -> type(e.iri(), Untoc.State);
            case ORGANIZATION -> {
                type(e.iri(), Untoc.Organization);
                if (e.party()) type(e.iri(), Untoc.Party);
                if ("regional economic integration organization".equals(e.type())) {
                    type(e.iri(), Untoc.RegionalEconomicIntegrationOrganization);
                }
            }
            case TOOL -> type(e.iri(), Untoc.Tool);
            case UNRESOLVED -> type(e.iri(), Untoc.UnresolvedEntity);
        }
        if (!e.curated()) {
            add(e.iri(), Untoc.curated, bool(false));
            add(e.iri(), LABEL, string(e.name()));
        }
        return this;
    }
}
