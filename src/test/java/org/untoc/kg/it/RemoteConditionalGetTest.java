package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.RemoteStore;
import org.untoc.kg.store.StoreKind;

/**
 * The conditional GET cases over a remote store (the standalone Fuseki, written through SPARQL Update), whose
 * version is a fingerprint asked for at most once per {@code untoc.store.remote.version-check}: the service's own
 * writes are seen at once (the inherited cases), another client's within the interval (here).
 */
class RemoteConditionalGetTest extends ConditionalGetTest {
    private static final long CHECK_MILLIS = 1500;

    @Override
    StoreKind kind() {
        return StoreKind.REMOTE_UPDATE;
    }

    @Override
    Map<String, Object> properties() {
        return Map.of("untoc.store.remote.version-check", CHECK_MILLIS + "ms");
    }

    @Test
    void aGraphAddedByAnotherClientChangesTheValidatorsWithinTheCheckInterval() throws Exception {
        String path = "/id/cop/decision/3/2";
        String etag = send(path, "GET", null, null).headers().firstValue("ETag").orElseThrow();
        // Not through the service's store: the service learns of it only by asking the store.
        KnowledgeStore other = new RemoteStore(stores.fuseki().config().withoutGraphStore());
        String graph = "https://w3id.org/untoc/graph/test/other-client";
        write(other, graph, "c");
        try {
            Thread.sleep(CHECK_MILLIS + 500);
            HttpResponse<byte[]> after = send(path, "GET", "If-None-Match", etag);
            assertEquals(200, after.statusCode(), "another client added a graph: the old tag no longer matches");
            assertNotEquals(etag, after.headers().firstValue("ETag").orElse(null));
        } finally {
            write(other, graph, null);
            other.close();
            Thread.sleep(CHECK_MILLIS + 1100);
        }
    }
}
