package org.untoc.kg.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** A StreamRDF that puts every triple (and every quad, whatever graph it names) into one target graph. */
final class GraphSink extends StreamRDFBase {
    private final Consumer<Triple> target;
    private long count;

    GraphSink(Consumer<Triple> target) {
        this.target = target;
    }

    @Override
    public void triple(Triple triple) {
        target.accept(triple);
        count++;
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }

    long count() {
        return count;
    }

    static Node graphNode(String graphIri) {
        return org.apache.jena.graph.NodeFactory.createURI(graphIri);
    }
}
