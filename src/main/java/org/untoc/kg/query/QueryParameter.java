package org.untoc.kg.query;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One parameter of a named query, declared in its header as
 * {@code # param: name | iri|string|integer|date | required|optional | example | description}.
 */
public record QueryParameter(String name, Type type, boolean required, String example, String description) {

    /** Value types a parameter can take; each turns user input into an RDF term, never into query text. */
    public enum Type {
        IRI, STRING, INTEGER, DATE;

        static Type parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** Converts a raw request value into the RDF term bound to this parameter's variable. */
    public Node toNode(String raw) {
        String value = raw.strip();
        switch (type) {
            case IRI -> {
                URI uri;
                try {
                    uri = new URI(value);
                } catch (Exception e) {
                    throw new IllegalArgumentException("parameter '" + name + "' is not an IRI: " + abbreviate(value));
                }
                // Only absolute http(s) IRIs: nothing else names a resource of this dataset or its neighbours.
                String scheme = uri.getScheme();
                if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new IllegalArgumentException("parameter '" + name + "' must be an absolute http(s) IRI");
                }
                return NodeFactory.createURI(uri.toString());
            }
            case INTEGER -> {
                try {
                    return NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value)), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("parameter '" + name + "' must be an integer");
                }
            }
            case DATE -> {
                try {
                    return NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
                } catch (Exception e) {
                    throw new IllegalArgumentException("parameter '" + name + "' must be a date yyyy-MM-dd");
                }
            }
            default -> {
                return NodeFactory.createLiteralString(raw);
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
