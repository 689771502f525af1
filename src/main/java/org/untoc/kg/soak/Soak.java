package org.untoc.kg.soak;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs concurrent clients against a service's /sparql for a bounded time and number of requests, mixing light and
 * heavy queries, while sampling the service's heap through its /metrics endpoint; prints what it saw.
 */
public final class Soak {
    /** Share of requests that are heavy. */
    private static final int HEAVY_EVERY = 5;
    private static final Pattern MEASUREMENT = Pattern.compile("\"statistic\"\\s*:\\s*\"VALUE\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.Ee+-]+)");

    private final URI base;
    private final int clients;
    private final Duration duration;
    private final long maxRequests;
    private final Duration pollEvery;
    private final HttpClient http;

    private final Map<QueryClass, Latencies> latencies = new EnumMap<>(QueryClass.class);
    private final Map<QueryClass, LongAdder> busy = new EnumMap<>(QueryClass.class);
    private final Map<QueryClass, LongAdder> errors = new EnumMap<>(QueryClass.class);
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    private final List<long[]> memory = new ArrayList<>();
    private final AtomicLong issued = new AtomicLong();

    /**
     * @param base the service root, e.g. http://127.0.0.1:8080 (its /sparql is queried, its /metrics polled)
     */
    public Soak(URI base, int clients, Duration duration, long maxRequests, Duration pollEvery) {
        this.base = base;
        this.clients = clients;
        this.duration = duration;
        this.maxRequests = maxRequests;
        this.pollEvery = pollEvery;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (QueryClass c : QueryClass.values()) {
            latencies.put(c, new Latencies());
            busy.put(c, new LongAdder());
            errors.put(c, new LongAdder());
        }
    }

    /** Runs the soak and prints its report; returns the number of errors (busy answers are not errors). */
    public long run(PrintWriter out) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        out.printf(Locale.ROOT, "soak: %d clients, at most %s and %d requests, against %s%n", clients,
                duration, maxRequests, base);
        out.flush();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        pool.submit(() -> pollMemory(started, deadline));
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> client(deadline));
        }
        pool.shutdown();
        // Requests still in flight at the deadline finish or time out on their own timeout.
        if (!pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        sampleMemory(started);
        double seconds = (System.nanoTime() - started) / 1e9;
        return report(out, seconds);
    }

    private void client(long deadline) {
        while (System.nanoTime() < deadline) {
            long n = issued.getAndIncrement();
            if (n >= maxRequests) {
                return;
            }
            QueryClass kind = n % HEAVY_EVERY == HEAVY_EVERY - 1 ? QueryClass.HEAVY : QueryClass.LIGHT;
            send(kind, kind.query(n / HEAVY_EVERY));
        }
    }

    private void send(QueryClass kind, String query) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .GET().build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            int status = response.statusCode();
            if (status == 200) {
                latencies.get(kind).add(ms);
            } else if (status == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                // The concurrency limit turning a query away is the service protecting itself, not a failure.
                busy.get(kind).increment();
            } else {
                error(kind, "HTTP " + status);
            }
        } catch (IOException e) {
            error(kind, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void error(QueryClass kind, String what) {
        errors.get(kind).increment();
        errorKinds.computeIfAbsent(kind + " " + what, k -> new LongAdder()).increment();
    }

    private void pollMemory(long started, long deadline) {
        while (System.nanoTime() < deadline && issued.get() < maxRequests) {
            sampleMemory(started);
            try {
                Thread.sleep(pollEvery.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sampleMemory(long started) {
        long used = metric("jvm.memory.used");
        long max = metric("jvm.memory.max");
        synchronized (memory) {
            memory.add(new long[] {(System.nanoTime() - started) / 1_000_000, used, max});
        }
    }

    /** A heap gauge from Micronaut's /metrics endpoint, in bytes; -1 when the service does not publish it. */
    private long metric(String name) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/metrics/" + name + "?tag=area:heap"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = MEASUREMENT.matcher(r.body());
            return r.statusCode() == 200 && m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private long report(PrintWriter out, double seconds) {
        long total = 0;
        long allErrors = 0;
        out.printf(Locale.ROOT, "%-6s %8s %8s %6s %6s %8s %8s %8s %8s%n", "class", "requests", "ok", "busy",
                "errors", "p50 ms", "p90 ms", "p99 ms", "max ms");
        for (QueryClass c : QueryClass.values()) {
            Latencies l = latencies.get(c);
            long requests = l.count() + busy.get(c).sum() + errors.get(c).sum();
            total += requests;
            allErrors += errors.get(c).sum();
            out.printf(Locale.ROOT, "%-6s %8d %8d %6d %6d %8d %8d %8d %8d%n", c.name().toLowerCase(Locale.ROOT),
                    requests, l.count(), busy.get(c).sum(), errors.get(c).sum(), l.percentile(50), l.percentile(90),
                    l.percentile(99), l.percentile(100));
        }
        errorKinds.forEach((k, v) -> out.println("  error: " + k + " × " + v.sum()));
        out.printf(Locale.ROOT, "%d requests in %.1f s (%.0f/s), %d errors%n", total, seconds, total / seconds,
                allErrors);
        out.println("heap over time (s, used MB, max MB):");
        long peak = -1;
        synchronized (memory) {
            for (long[] sample : memory) {
                out.printf(Locale.ROOT, "  %6.1f %8s %8s%n", sample[0] / 1000.0, mb(sample[1]), mb(sample[2]));
                peak = Math.max(peak, sample[1]);
            }
        }
        out.println("heap peak: " + (peak < 0 ? "unknown (no /metrics)" : mb(peak) + " MB"));
        out.flush();
        return allErrors;
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
