package org.untoc.kg.serve;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.untoc.kg.lineage.LineageIndex;
import org.untoc.kg.lineage.LineageIndexes;

/**
 * Builds the lineage index when the HTTP server has started (after the first-start load), on a thread of its
 * own, so the first lineage request does not pay for it. Later versions are rebuilt on first use.
 */
@Singleton
@Requires(beans = LineageIndexes.class)
public class LineageIndexWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(LineageIndexWarmup.class);
    private final LineageIndexes indexes;

    public LineageIndexWarmup(LineageIndexes indexes) {
        this.indexes = indexes;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        Thread t = new Thread(() -> {
            try {
                LineageIndex index = indexes.current();
                LOG.info("lineage index: {} works, {} citesWork edges, read from the {} in {} ms", index.size(),
                        index.edgeCount(), index.origin() == LineageIndex.Origin.SNAPSHOT ? "snapshot" : "store",
                        index.buildNanos() / 1_000_000);
            } catch (RuntimeException e) {
                // Not fatal: the first request builds it again and reports the failure to its caller.
                LOG.warn("lineage index not built at start: {}", e.toString());
            }
        }, "lineage-index-warmup");
        t.setDaemon(true);
        t.start();
    }
}
