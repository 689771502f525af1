package org.untoc.kg.serve;

import com.sun.management.GarbageCollectionNotificationInfo;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.jena.query.QueryExecution;

/**
 * Keeps queries from taking the heap. After every garbage collection it looks at what is still in use; above
 * {@code untoc.sparql.memory-limit} of the heap it aborts the queries running then, which answer 503. A sort, a
 * GROUP BY over a cross product or a DISTINCT that would otherwise fill the heap (6.3 GB in 30 s, then
 * OutOfMemoryError for every request) is stopped, and the server goes on answering.
 */
@Singleton
public class MemoryGuard implements AutoCloseable {
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final long limitBytes;
    private final List<Runnable> unregister = new ArrayList<>();
    private final AtomicLong aborted = new AtomicLong();

    public MemoryGuard(SparqlConfig config) {
        this.limitBytes = (long) (Runtime.getRuntime().maxMemory() * config.memoryLimit());
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                afterCollection(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
    }

    /** A query being watched; {@link #close()} when it is done. */
    public final class Running implements AutoCloseable {
        private final QueryExecution execution;
        private volatile boolean abortedForMemory;

        private Running(QueryExecution execution) {
            this.execution = execution;
        }

        /** True when this query was aborted because the heap ran short. */
        public boolean abortedForMemory() {
            return abortedForMemory;
        }

        void abort() {
            abortedForMemory = true;
            execution.abort();
        }

        @Override
        public void close() {
            running.remove(this);
        }
    }

    /** Watches a query from now until the returned handle is closed. */
    public Running watch(QueryExecution execution) {
        Running r = new Running(execution);
        running.add(r);
        return r;
    }

    /** Queries aborted so far for memory. */
    public long aborted() {
        return aborted.get();
    }

    void afterCollection(long heapUsedAfterGc) {
        if (heapUsedAfterGc > limitBytes && !running.isEmpty()) {
            for (Running r : List.copyOf(running)) {
                r.abort();
                aborted.incrementAndGet();
            }
        }
    }

    private static long heapUsed(Map<String, MemoryUsage> afterGc) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pool.getType() == MemoryType.HEAP ? afterGc.get(pool.getName()) : null;
            if (u != null) {
                used += u.getUsed();
            }
        }
        return used;
    }

    @PreDestroy
    @Override
    public void close() {
        unregister.forEach(Runnable::run);
        unregister.clear();
    }
}
