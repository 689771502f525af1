package org.untoc.kg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/** The prefixes every document graph is written with, so Turtle output stays readable. */
public final class Prefixes {
    private static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("untoc", Untoc.NS);
        ALL.put("id", Ids.ID);
        ALL.put("graph", Ids.GRAPH);
        ALL.put("rdf", Terms.RDF);
        ALL.put("rdfs", Terms.RDFS);
        ALL.put("xsd", Terms.XSD);
        ALL.put("dcterms", Terms.DCTERMS);
        ALL.put("prov", Terms.PROV);
    }

    private Prefixes() {}

    /** Prefix → namespace, in a fixed order. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }

    /** Announces all prefixes to {@code out}. */
    public static void emit(StreamRDF out) {
        ALL.forEach(out::prefix);
    }
}
