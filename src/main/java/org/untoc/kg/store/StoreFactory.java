package org.untoc.kg.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the one {@link KnowledgeStore} of the application, as {@code untoc.store.mode} says. */
@Factory
public class StoreFactory {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFactory.class);

    /**
     * The configured store; closed with the application context. An external store is checked at once for what
     * its default graph is ({@link RemoteStore#checkDefaultGraph}), so {@code serve} and {@code load} refuse a
     * store that would answer every query with nothing before they start; an unreachable store is checked again
     * at its first query instead (the service starts and retries, as for any outage).
     */
    @Singleton
    @Bean(preDestroy = "close")
    public KnowledgeStore knowledgeStore(StoreConfig store, RemoteStoreConfig remote,
            @Value("${untoc.store.remote.default-graph:AUTO}") DefaultGraphPolicy defaultGraph) {
        return switch (store.mode()) {
            case EMBEDDED -> new Tdb2Store(store.tdb2Dir());
            case REMOTE -> {
                RemoteStore remoteStore = new RemoteStore(remote, defaultGraph);
                try {
                    remoteStore.checkDefaultGraph(true);
                } catch (DefaultGraphRefusedException e) {
                    throw e;
                } catch (StoreException e) {
                    // Unreachable, or no right to write the probe graph: asked again at the first query.
                    LOG.warn("cannot check the default graph of {} now: {}", remoteStore.describe(), e.getMessage());
                }
                yield remoteStore;
            }
        };
    }
}
