package org.untoc.kg.bench;

import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.pipeline.DocumentPipeline;

/**
 * Wraps a pipeline to split extraction time into read + normalise + parse (the pipeline's {@code process}) and
 * extract (the document's {@code emit}, which the loader buffers in memory). Both are summed over the loader's
 * worker threads, which run at once.
 */
final class StageTimer implements DocumentPipeline {
    private final DocumentPipeline inner;
    private final LongAdder parseNanos = new LongAdder();
    private final LongAdder emitNanos = new LongAdder();

    StageTimer(DocumentPipeline inner) {
        this.inner = inner;
    }

    @Override
    public DocumentGraph process(Path file) throws DocumentException {
        long t0 = System.nanoTime();
        DocumentGraph doc = inner.process(file);
        parseNanos.add(System.nanoTime() - t0);
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
                doc.emit(sink);
                emitNanos.add(System.nanoTime() - t1);
            }
        };
    }

    double parseSeconds() {
        return parseNanos.sum() / 1e9;
    }

    double extractSeconds() {
        return emitNanos.sum() / 1e9;
    }
}
