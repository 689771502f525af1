package org.untoc.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.serve.SparqlConfig;

/** Configuration records bind from properties (as from application.yml, env vars or flags) with their defaults. */
class StoreConfigTest {
    @Test
    void defaultsAreEmbeddedInDataWithThirtySecondQueries(@TempDir Path dir) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("untoc.store.data", dir.toString())).start()) {
            StoreConfig store = context.getBean(StoreConfig.class);
            assertEquals(StoreMode.EMBEDDED, store.mode());
            assertInstanceOf(Tdb2Store.class, context.getBean(KnowledgeStore.class));
            SparqlConfig sparql = context.getBean(SparqlConfig.class);
            assertEquals(Duration.ofSeconds(30), sparql.timeout());
            assertEquals(List.of(), sparql.serviceAllowlist());
            assertEquals(4, sparql.maxConcurrent());
        }
    }

    @Test
    void lowerCaseRemoteModeSelectsTheRemoteStore() {
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "untoc.store.mode", "remote",
                "untoc.store.remote.query-url", "http://127.0.0.1:1/ds/query",
                "untoc.store.remote.graph-store-url", "http://127.0.0.1:1/ds/data",
                "untoc.store.remote.user", "u",
                "untoc.store.remote.password", "p",
                "untoc.store.remote.retries", "7")).start()) {
            assertEquals(StoreMode.REMOTE, context.getBean(StoreConfig.class).mode());
            RemoteStoreConfig remote = context.getBean(RemoteStoreConfig.class);
            assertEquals(7, remote.retries());
            assertEquals("u", remote.user());
            KnowledgeStore store = context.getBean(KnowledgeStore.class);
            assertInstanceOf(RemoteStore.class, store);
            assertTrue(store.describe().contains("127.0.0.1:1/ds/query"));
        }
    }
}
