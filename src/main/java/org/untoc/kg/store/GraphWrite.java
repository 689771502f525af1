package org.untoc.kg.store;

import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;

/**
 * One named graph to replace: its IRI and the writer that emits its new content.
 *
 * @param graphIri the graph replaced
 * @param writer emits every triple of the graph's new content
 */
public record GraphWrite(String graphIri, Consumer<StreamRDF> writer) {}
