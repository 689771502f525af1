package org.untoc.kg.serve;

import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The query slots of the service, shared by /sparql, the named queries and the pages: at most
 * {@code max-concurrent} queries run at once, and one client (remote address) holds at most
 * {@code max-per-client} of them, so that a client sending slow queries cannot turn every other client away.
 */
@Singleton
public class QuerySlots {
    private final SparqlConfig config;
    private final Semaphore slots;
    private final Map<String, Semaphore> perClient = new HashMap<>();
    /** Requests of each client holding or waiting for a slot. */
    private final Map<String, Integer> users = new HashMap<>();

    public QuerySlots(SparqlConfig config) {
        this.config = config;
        this.slots = new Semaphore(Math.max(1, config.maxConcurrent()), true);
    }

    /** A slot held until closed. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes a slot for the client of the current HTTP request, or throws 503 after the queue wait. */
    public Slot acquire() {
        String client = currentClient();
        Semaphore mine;
        synchronized (perClient) {
            mine = perClient.computeIfAbsent(client, k -> new Semaphore(config.maxPerClient(), true));
            users.merge(client, 1, Integer::sum);
        }
        long deadline = System.nanoTime() + config.queueWait().toNanos();
        boolean own = false;
        boolean shared = false;
        try {
            own = mine.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!own) {
                throw new SparqlException(503, "too many concurrent queries from " + client + " (limit "
                        + config.maxPerClient() + " per client, of " + config.maxConcurrent()
                        + "); try again when one has answered");
            }
            shared = slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!shared) {
                throw new SparqlException(503, "too many concurrent queries (limit " + config.maxConcurrent()
                        + "); try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparqlException(503, "interrupted while waiting for a query slot");
        } finally {
            if (!shared) {
                release(client, mine, own);
            }
        }
        return () -> {
            slots.release();
            release(client, mine, true);
        };
    }

    private void release(String client, Semaphore mine, boolean held) {
        if (held) {
            mine.release();
        }
        synchronized (perClient) {
            // The last user of a client's semaphore takes it away: the map holds only clients with queries now.
            if (users.merge(client, -1, Integer::sum) <= 0) {
                users.remove(client);
                perClient.remove(client);
            }
        }
    }

    /** The remote address of the HTTP request being served on this thread; "local" outside a request. */
    static String currentClient() {
        return ServerRequestContext.currentRequest()
                .map(r -> r.getRemoteAddress().getAddress())
                .map(a -> a == null ? "unknown" : a.getHostAddress())
                .orElse("local");
    }
}
