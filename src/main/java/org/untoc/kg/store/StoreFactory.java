package org.untoc.kg.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the one {@link KnowledgeStore} of the application, as {@code untoc.store.mode} says. */
@Factory
public class StoreFactory {
    /** The configured store; closed with the application context. */
    @Singleton
    @Bean(preDestroy = "close")
    public KnowledgeStore knowledgeStore(StoreConfig store, RemoteStoreConfig remote) {
        return switch (store.mode()) {
            case EMBEDDED -> new Tdb2Store(store.tdb2Dir());
            case REMOTE -> new RemoteStore(remote);
        };
    }
}
