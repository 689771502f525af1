package org.untoc.kg.bench;

import java.nio.file.Path;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.pipeline.DocumentPipeline;

/**
 * Wraps a pipeline to split ingest time into stages: read + normalise + parse (the pipeline's {@code process}),
 * extraction (the document's {@code emit}, less the time spent inside the store's sink) and the store's adds.
 * What the loader's total has beyond these is the store transaction (begin, delete, commit).
 */
final class StageTimer implements DocumentPipeline {
    private final DocumentPipeline inner;
    long parseNanos;
    long emitNanos;
    long storeNanos;

    StageTimer(DocumentPipeline inner) {
        this.inner = inner;
    }

    @Override
    public DocumentGraph process(Path file) throws DocumentException {
        long t0 = System.nanoTime();
        DocumentGraph doc = inner.process(file);
        parseNanos += System.nanoTime() - t0;
        return new DocumentGraph() {
            @Override
            public String graphIri() {
                return doc.graphIri();
            }

            @Override
            public String label() {
                return doc.label();
            }

            @Override
            public void emit(StreamRDF sink) {
                long t1 = System.nanoTime();
                doc.emit(timed(sink));
                emitNanos += System.nanoTime() - t1;
            }
        };
    }

    private StreamRDF timed(StreamRDF sink) {
        return new StreamRDFWrapper(sink) {
            @Override
            public void triple(Triple triple) {
                long t = System.nanoTime();
                super.triple(triple);
                storeNanos += System.nanoTime() - t;
            }

            @Override
            public void quad(Quad quad) {
                long t = System.nanoTime();
                super.quad(quad);
                storeNanos += System.nanoTime() - t;
            }
        };
    }

    double parseSeconds() {
        return parseNanos / 1e9;
    }

    double extractSeconds() {
        return (emitNanos - storeNanos) / 1e9;
    }

    double storeAddSeconds() {
        return storeNanos / 1e9;
    }
}
