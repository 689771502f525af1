package org.untoc.kg.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.apache.jena.query.DatasetFactory;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreFactory;
import org.untoc.kg.store.Tdb2Store;

/**
 * Binds the service to the test graph: the store every bean reads (the lineage and search indexes, the dataset
 * version, the statistics) and the web layer's runner over the very same dataset, as the service binds both to its
 * store. Replacing the runner alone left the indexes reading the configured, empty store.
 */
@Factory
@Requires(env = "web-test")
class TestStore {

    @Singleton
    @Replaces(value = KnowledgeStore.class, factory = StoreFactory.class)
    KnowledgeStore knowledgeStore() {
        return Fixture.store();
    }

    // Replaces the service's runner too, once both live in one application.
    @Singleton
    @Replaces(QueryRunner.class)
    QueryRunner queryRunner(KnowledgeStore store) {
        return new DatasetQueryRunner(DatasetFactory.wrap(((Tdb2Store) store).datasetGraph()), Duration.ofSeconds(20));
    }
}
