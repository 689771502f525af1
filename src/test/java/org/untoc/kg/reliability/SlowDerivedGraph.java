package org.untoc.kg.reliability;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.load.DerivedGraph;
import org.untoc.kg.store.KnowledgeStore;

/**
 * A derived graph that takes a minute, first of all: with {@code untoc.test.slow-derived=true} a load's documents
 * are written and its derived graphs are not yet, for long enough to kill the process right there.
 */
@Singleton
@Requires(property = "untoc.test.slow-derived", value = "true")
class SlowDerivedGraph implements DerivedGraph, Ordered {
    static final String COMPUTING = "untoc-test: slow derived graph computing";

    @Override
    public String graphIri() {
        return "https://w3id.org/untoc/graph/test/slow-derived";
    }

    @Override
    public Consumer<StreamRDF> compute(KnowledgeStore store) {
        System.out.println(COMPUTING);
        System.out.flush();
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sink -> { };
    }

    @Override
    public int getOrder() {
        return Integer.MIN_VALUE;
    }
}
