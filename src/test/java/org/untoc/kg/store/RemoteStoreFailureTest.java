package org.untoc.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How the remote store fails: clearly, after retrying only what is worth retrying, and never half-written. */
@ExtendWith(TestStores.class)
class RemoteStoreFailureTest {
    private static final String GRAPH = "https://w3id.org/untoc/graph/test/failure";

    @Test
    void wrongPasswordIsAClearErrorAndNotRetried(TestStores stores) {
        StandaloneFuseki fuseki = stores.fuseki();
        fuseki.clear();
        RemoteStoreConfig good = fuseki.config();
        RemoteStoreConfig wrong = new RemoteStoreConfig(good.queryUrl(), good.updateUrl(), good.graphStoreUrl(),
                StandaloneFuseki.USER, "not-the-password", good.connectTimeout(), good.requestTimeout(), 3,
                Duration.ofSeconds(2));
        try (RemoteStore store = new RemoteStore(wrong)) {
            long started = System.nanoTime();
            StoreException e = assertThrows(StoreException.class,
                    () -> store.replaceGraph(GRAPH, sink -> KnowledgeStoreContractTest.triples(sink, "x", 2)));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertTrue(e.getMessage().contains("401"), e.getMessage());
            assertTrue(e.getMessage().contains("password"), e.getMessage());
            assertTrue(millis < 2000, "401 must not be retried with backoff, took " + millis + " ms");
            assertTrue(store.isEmpty(), "reading is open; nothing was written");
        }
    }

    @Test
    void unreachableStoreIsRetriedWithBackoffThenReported() throws Exception {
        int port = StandaloneFuseki.freePort();
        RemoteStoreConfig config = RemoteStoreConfig.forDataset("http://127.0.0.1:" + port + "/untoc", null, null)
                .withTiming(Duration.ofSeconds(1), Duration.ofSeconds(5), 3, Duration.ofMillis(100));
        try (RemoteStore store = new RemoteStore(config)) {
            long started = System.nanoTime();
            StoreException e = assertThrows(StoreException.class,
                    () -> store.replaceGraph(GRAPH, sink -> KnowledgeStoreContractTest.triples(sink, "x", 2)));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertTrue(e.getMessage().contains("cannot reach"), e.getMessage());
            assertTrue(e.getMessage().contains("gave up after 4 attempts"), e.getMessage());
            // Backoff 100 + 200 + 400 ms between the four attempts.
            assertTrue(millis >= 700, "retried too fast: " + millis + " ms");
        }
    }

    @Test
    void serverErrorsAreRetriedAndCounted() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer failing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        failing.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(502, -1);
            exchange.close();
        });
        failing.start();
        try (RemoteStore store = new RemoteStore(RemoteStoreConfig.forDataset(
                "http://127.0.0.1:" + failing.getAddress().getPort() + "/untoc", null, null)
                .withTiming(Duration.ofSeconds(1), Duration.ofSeconds(5), 2, Duration.ofMillis(20)))) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.replaceGraph(GRAPH, sink -> KnowledgeStoreContractTest.triples(sink, "x", 1)));
            assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
            assertEquals(3, calls.get(), "one attempt and two retries");
        } finally {
            failing.stop(0);
        }
    }

    @Test
    void slowGraphStoreTimesOutClearlyAndLeavesNoGraph(TestStores stores) throws Exception {
        StandaloneFuseki fuseki = stores.fuseki();
        fuseki.clear();
        // A graph-store endpoint that takes the request and never answers in time; reads go to the real Fuseki.
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger calls = new AtomicInteger();
        slow.createContext("/", exchange -> {
            calls.incrementAndGet();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.start();
        RemoteStoreConfig real = fuseki.config();
        RemoteStoreConfig config = new RemoteStoreConfig(real.queryUrl(), real.updateUrl(),
                "http://127.0.0.1:" + slow.getAddress().getPort() + "/untoc/data", real.user(), real.password(),
                Duration.ofSeconds(1), Duration.ofMillis(500), 3, Duration.ofMillis(50));
        try (RemoteStore store = new RemoteStore(config)) {
            long started = System.nanoTime();
            StoreException e = assertThrows(StoreTimeoutException.class,
                    () -> store.replaceGraph(GRAPH, sink -> KnowledgeStoreContractTest.triples(sink, "x", 50)));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            assertTrue(millis < 2500, "should give up at the request timeout, took " + millis + " ms");
            assertEquals(1, calls.get(), "a timeout is not retried");
            assertFalse(store.graphs().contains(GRAPH));
            assertEquals(List.of(), store.graphs());
        } finally {
            slow.stop(0);
        }
    }
}
