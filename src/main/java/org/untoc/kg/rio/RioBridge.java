package org.untoc.kg.rio;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;

/**
 * Converts RDF4J values and statements to Jena nodes, triples and quads.
 *
 * <p>One bridge per parsed source: each RDF4J blank node gets one fresh Jena blank node, the same one every time it
 * recurs in that source, so blank-node structure survives and labels from two sources never collide. Not
 * thread-safe.
 */
public final class RioBridge {
    private final Map<String, Node> blankNodes = new HashMap<>();

    /** A Jena node for an RDF4J value: IRI, blank node, literal or (RDF-star) triple term. */
    public Node node(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return blankNodes.computeIfAbsent(b.getID(), id -> NodeFactory.createBlankNode());
        if (v instanceof Literal l) return literal(l);
        if (v instanceof org.eclipse.rdf4j.model.Triple t) {
            return NodeFactory.createTripleTerm(node(t.getSubject()), node(t.getPredicate()), node(t.getObject()));
        }
        throw new IllegalArgumentException("unsupported RDF4J value: " + v);
    }

    private static Node literal(Literal l) {
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        String datatype = l.getDatatype().stringValue();
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(datatype));
    }

    /** The statement as a Jena triple, its context ignored. */
    public Triple triple(Statement st) {
        return Triple.create(node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
    }

    /** The statement as a Jena quad; no context means the default graph. */
    public Quad quad(Statement st) {
        Resource context = st.getContext();
        Node graph = context == null ? Quad.defaultGraphIRI : node(context);
        return Quad.create(graph, node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
    }
}
