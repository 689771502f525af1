package org.untoc.kg.serve;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.untoc.kg.store.KnowledgeStore;

/** The application's one {@link DatasetVersion}, shared by everything that follows the data's changes. */
@Factory
public class DatasetVersionFactory {

    /** Closed with the context: a remote store's version stops its background check. */
    @Singleton
    @Bean(preDestroy = "close")
    DatasetVersion datasetVersion(KnowledgeStore store, SparqlConfig config,
            @Value("${untoc.store.remote.version-check:5s}") Duration remoteCheck) {
        return DatasetVersion.of(store, config.timeout(), remoteCheck);
    }
}
