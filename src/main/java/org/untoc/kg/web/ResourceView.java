package org.untoc.kg.web;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What a resource page shows: the resource's own statements, the statements pointing at it, and their provenance
 * (source graphs and the qualified references with the paragraph each was read from).
 */
public record ResourceView(String iri, List<Statement> outgoing, List<Statement> incoming, List<Mention> mentions,
                           List<Source> sources) {

    public ResourceView {
        outgoing = List.copyOf(outgoing);
        incoming = List.copyOf(incoming);
        mentions = List.copyOf(mentions);
        sources = List.copyOf(sources);
    }

    /** One triple next to the resource: {@code other} is the object (outgoing) or the subject (incoming). */
    public record Statement(String property, Node other, String otherLabel, String graph) {}

    /** A qualified reference to the resource; any field but {@code reference} may be null. */
    public record Mention(String reference, String graph, String relation, String referenceText, String paragraph,
                          String paragraphText) {}

    /** A named graph stating something about the resource, and the document and file it was extracted from. */
    public record Source(String graph, long statements, String document, String sourceFile) {}

    /** True if the store knows nothing about this IRI. */
    public boolean isEmpty() {
        return outgoing.isEmpty() && incoming.isEmpty() && mentions.isEmpty();
    }
}
