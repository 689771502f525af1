package org.untoc.kg.web;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The representations of a resource at {@code /id/...}, each with its media type, {@code ?format=} key and RDF syntax. */
public enum Representation {
    // Declaration order is the server's preference when the client likes several equally (e.g. Accept: */*).
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    HTML("text/html", "html", null),
    JSON_LD("application/ld+json", "jsonld", Lang.JSONLD),
    RDF_XML("application/rdf+xml", "rdf", Lang.RDFXML),
    N_TRIPLES("application/n-triples", "nt", Lang.NTRIPLES);

    public final String mediaType;
    public final String formatKey;
    /** The RDF syntax, or null for the HTML page. */
    public final Lang lang;

    Representation(String mediaType, String formatKey, Lang lang) {
        this.mediaType = mediaType;
        this.formatKey = formatKey;
        this.lang = lang;
    }

    /** The representation named by a {@code ?format=} value (its key or its media type). */
    public static Optional<Representation> byFormat(String format) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            if (r.formatKey.equals(f) || r.mediaType.equals(f)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
