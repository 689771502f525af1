package org.untoc.kg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.untoc.kg.query.NamedQuery;
import org.untoc.kg.query.NamedQueryCatalog;

/**
 * Lineage queries over HTTP against our /sparql and the embedded Fuseki on the same data: latencies one at a
 * time (uncached: every request a new text; repeated: one text again and again) and throughput under concurrent
 * clients.
 */
final class QueryLoad {
    private static final String JSON = "application/sparql-results+json";
    private static final int WARMUP = 30;
    private static final long BUDGET_NANOS = 90_000_000_000L;
    /** Index requests before the lineage figures, or {@link #LINEAGE_WARMUP_NANOS}, whichever ends first. */
    private static final int LINEAGE_WARMUP = 3_000;
    private static final long LINEAGE_WARMUP_NANOS = 20_000_000_000L;

    private final NamedQuery recalling;
    private final NamedQuery ancestry;
    private final NamedQuery descendants;
    private final List<CorpusGenerator.Act> acts;
    private final SplittableRandom random;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private int distinct;

    QueryLoad(NamedQueryCatalog catalog, List<CorpusGenerator.Act> acts, long seed) {
        this.recalling = catalog.get("acts-recalling").orElseThrow();
        this.ancestry = catalog.get("ancestry").orElseThrow();
        this.descendants = catalog.get("descendants").orElseThrow();
        this.acts = acts;
        this.random = new SplittableRandom(seed);
    }

    void latencies(Figures f, String ours, String fuseki, int n) {
        measure(f, "point query 'who recalls X'", recalling, true, ours, fuseki, n);
        measure(f, "transitive ancestry query", ancestry, false, ours, fuseki, n);
    }

    private void measure(Figures f, String label, NamedQuery query, boolean old, String ours, String fuseki, int n) {
        long warm = System.nanoTime() + BUDGET_NANOS / 3;
        for (int i = 0; i < WARMUP && System.nanoTime() < warm; i++) {
            String q = text(query, pick(old));
            time(ours, q, null);
            time(fuseki, q, null);
        }
        Samples oursCold = new Samples();
        Samples fusekiCold = new Samples();
        AtomicInteger errors = new AtomicInteger();
        // Bounded in time too: at large sizes one ancestry answer can take long.
        long deadline = System.nanoTime() + BUDGET_NANOS;
        for (int i = 0; i < n && System.nanoTime() < deadline; i++) {
            String q = text(query, pick(old));
            // Alternate who goes first: both share one TDB2 database, and the second meets warmer caches.
            if (i % 2 == 0) {
                time(ours, q, oursCold, errors);
                time(fuseki, q, fusekiCold, errors);
            } else {
                time(fuseki, q, fusekiCold, errors);
                time(ours, q, oursCold, errors);
            }
        }
        String repeated = text(query, acts.get(acts.size() - 1));
        time(ours, repeated, null);
        time(fuseki, repeated, null);
        Samples oursWarm = new Samples();
        Samples fusekiWarm = new Samples();
        deadline = System.nanoTime() + BUDGET_NANOS;
        for (int i = 0; i < n && System.nanoTime() < deadline; i++) {
            time(ours, repeated, oursWarm, errors);
            time(fuseki, repeated, fusekiWarm, errors);
        }
        put(f, label + ", /sparql uncached", oursCold);
        put(f, label + ", Fuseki direct uncached", fusekiCold);
        f.put(label + ": /sparql / Fuseki uncached (p50 ratio)", "x",
                oursCold.percentileMillis(50) / fusekiCold.percentileMillis(50));
        put(f, label + ", /sparql repeated (cached)", oursWarm);
        put(f, label + ", Fuseki direct repeated", fusekiWarm);
        f.put(label + ": Fuseki / /sparql repeated (p50 speed-up)", "x",
                fusekiWarm.percentileMillis(50) / oursWarm.percentileMillis(50));
        f.put(label + ": timed requests uncached (per endpoint)", "", oursCold.count());
        f.put(label + ": timed requests repeated (per endpoint)", "", oursWarm.count());
        f.put(label + ": answer size of the repeated query", "KB", answerBytes(ours, repeated) / 1024.0);
        f.put(label + ": failed requests", "", errors.get());
    }

    /**
     * The lineage index against Fuseki direct on the same questions, every request a new act: ancestry (recent
     * acts) and descendants (older acts), first page of 100 with the total, over /api/lineage; the same through
     * the named query and through /sparql's property function; the full ancestry of the newest act; paths
     * between a recent and an older act within 4 hops.
     *
     * <p>Each series runs on its own after a warm-up long enough for the JIT to compile the path it measures
     * (a served index answers thousands of such requests; 30 requests left it interpreted, at 5 ms where a warm
     * path takes under 1 ms). Interleaving a 1 ms request with a 40 ms Fuseki query would time the first in the
     * other's wake (GC, cold caches) rather than as a dashboard sees it.
     */
    void lineage(Figures f, String base, String fuseki, int n) {
        String api = base + "/api/lineage?direction=%s&depth=1000&limit=100&act=%s";
        AtomicInteger errors = new AtomicInteger();
        long warm = System.nanoTime() + LINEAGE_WARMUP_NANOS;
        for (int i = 0; i < LINEAGE_WARMUP && System.nanoTime() < warm; i++) {
            get(String.format(api, i % 2 == 0 ? "up" : "down", enc(pick(i % 2 == 1).iri())), null, errors);
        }
        for (int i = 0; i < WARMUP; i++) {
            time(fuseki, text(ancestry, pick(false)), null, errors);
        }
        Samples up = series(n, s -> get(String.format(api, "up", enc(pick(false).iri())), s, errors));
        Samples upList = series(n, s -> get(String.format(api, "up", enc(pick(false).iri())) + "&edges=false", s, errors));
        Samples upWire = onTheWire(n, base, "up", false, errors);
        Samples upFuseki = series(n, s -> time(fuseki, text(ancestry, pick(false)), s, errors));
        Samples down = series(n, s -> get(String.format(api, "down", enc(pick(true).iri())), s, errors));
        Samples downWire = onTheWire(n, base, "down", true, errors);
        Samples downFuseki = series(n, s -> time(fuseki, text(descendants, pick(true)), s, errors));
        Samples named = series(n, s -> get(base + "/api/queries/ancestry?act=" + enc(pick(false).iri()), s, errors));
        Samples function = series(n, s -> time(base + "/sparql", "PREFIX untoc: <https://w3id.org/untoc/ontology#>"
                + " SELECT ?ancestor WHERE { ?ancestor untoc:ancestorOf (<" + pick(false).iri() + ">) } LIMIT "
                + (10_000_000 + distinct++), s, errors));
        put(f, "lineage index: ancestry, first 100 + total, /api/lineage uncached", up);
        put(f, "lineage index: ancestry, first 100 + total, list only (edges=false), uncached", upList);
        put(f, "lineage index: ancestry, first 100 + total, on the wire (kept-alive socket, no client library)", upWire);
        put(f, "lineage index: ancestry, Fuseki direct uncached (ancestry.rq)", upFuseki);
        f.put("lineage index: ancestry speed-up over Fuseki direct (p50)", "x",
                upFuseki.percentileMillis(50) / up.percentileMillis(50));
        put(f, "lineage index: descendants, first 100 + total, /api/lineage uncached", down);
        put(f, "lineage index: descendants, first 100 + total, on the wire (kept-alive socket, no client library)", downWire);
        put(f, "lineage index: descendants, Fuseki direct uncached (descendants.rq)", downFuseki);
        f.put("lineage index: descendants speed-up over Fuseki direct (p50)", "x",
                downFuseki.percentileMillis(50) / down.percentileMillis(50));
        put(f, "lineage index: ancestry named query /api/queries/ancestry (index, all rows)", named);
        put(f, "lineage index: ancestry via untoc:ancestorOf on /sparql uncached", function);
        f.put("lineage index: timed requests per figure", "", up.count());

        CorpusGenerator.Act newest = acts.get(acts.size() - 1);
        String full = base + "/api/lineage?direction=up&depth=1000&limit=100000&act=" + enc(newest.iri());
        Samples whole = series(Math.min(n, 100), BUDGET_NANOS / 3, s -> get(full, s, errors));
        put(f, "lineage index: full ancestry of the newest act, JSON with edges", whole);
        f.put("lineage index: full ancestry of the newest act, works", "", ancestorsOf(full));
        f.put("lineage index: full ancestry of the newest act, answer size with edges", "KB", bytes(full) / 1024.0);
        Samples list = series(Math.min(n, 100), BUDGET_NANOS / 3, s -> get(full + "&edges=false", s, errors));
        put(f, "lineage index: full ancestry of the newest act, JSON, edges=false", list);
        f.put("lineage index: full ancestry of the newest act, answer size, edges=false", "KB",
                bytes(full + "&edges=false") / 1024.0);

        java.util.function.Consumer<Samples> path = s -> get(base + "/api/lineage?direction=up&depth=4&limit=100&act="
                + enc(pick(false).iri()) + "&to=" + enc(pick(true).iri()), s, errors);
        series(LINEAGE_WARMUP / 10, BUDGET_NANOS / 9, path);
        Samples paths = series(n, BUDGET_NANOS / 3, path);
        put(f, "lineage index: paths A -> B within 4 hops (first 100)", paths);
        f.put("lineage index: failed requests", "", errors.get());
    }

    /**
     * The first page of lineage timed as {@link WireTimer} sees it: the service's time plus the loopback's, without
     * the Java client's; the same questions as the series timed through {@code HttpClient}.
     */
    private Samples onTheWire(int n, String base, String direction, boolean older, AtomicInteger errors) {
        Samples samples = new Samples();
        URI uri = URI.create(base);
        String path = (uri.getRawPath() == null ? "" : uri.getRawPath()) + "/api/lineage?direction=" + direction
                + "&depth=1000&limit=100&act=";
        try (WireTimer wire = new WireTimer(uri)) {
            long deadline = System.nanoTime() + BUDGET_NANOS;
            for (int i = 0; i < n && System.nanoTime() < deadline; i++) {
                long nanos = wire.get(path + enc(pick(older).iri()));
                if (nanos < 0) {
                    errors.incrementAndGet();
                } else {
                    samples.add(nanos);
                }
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        }
        return samples;
    }

    private static Samples series(int n, java.util.function.Consumer<Samples> request) {
        return series(n, BUDGET_NANOS, request);
    }

    /** Up to {@code n} timed requests, bounded by {@code budgetNanos}. */
    private static Samples series(int n, long budgetNanos, java.util.function.Consumer<Samples> request) {
        Samples samples = new Samples();
        long deadline = System.nanoTime() + budgetNanos;
        for (int i = 0; i < n && System.nanoTime() < deadline; i++) {
            request.accept(samples);
        }
        return samples;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private long get(String url, Samples samples, AtomicInteger errors) {
        return timed(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET().build(), samples, errors);
    }

    private byte[] body(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            return new byte[0];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new byte[0];
        }
    }

    private long bytes(String url) {
        return body(url).length;
    }

    private int ancestorsOf(String url) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body(url)).path("total").asInt(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void put(Figures f, String label, Samples s) {
        f.put(label + " p50", "ms", s.percentileMillis(50));
        f.put(label + " p99", "ms", s.percentileMillis(99));
    }

    void concurrent(Figures f, String ours, String fuseki, int clients, double seconds, int maxRequests) {
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            CorpusGenerator.Act act = acts.get(random.nextInt(acts.size()));
            pool.add(recalling.bind(Map.of("act", act.iri())).serialize());
            pool.add(ancestry.bind(Map.of("act", act.iri())).serialize());
        }
        for (String[] target : new String[][] {{"/sparql", ours}, {"Fuseki direct", fuseki}}) {
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(MachineInfo.usedHeapBytes(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            long t0 = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                Thread t = new Thread(() -> {
                    int i = offset;
                    while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                        if (time(target[1], pool.get(i++ % pool.size()), null, errors) >= 0) {
                            done.incrementAndGet();
                        }
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            sampler.interrupt();
            String label = "concurrent " + clients + " clients, " + target[0];
            f.put(label + ": queries/s", "q/s", done.get() / elapsed);
            f.put(label + ": failed or refused (503)", "", errors.get());
            f.put(label + ": heap peak while serving", "MB", peak.get() / 1048576.0);
        }
    }

    private CorpusGenerator.Act pick(boolean old) {
        // "Who recalls X" is asked of acts others recall (the older half); ancestry of recent acts (long chains).
        int half = Math.max(1, acts.size() / 2);
        return old ? acts.get(random.nextInt(half)) : acts.get(acts.size() - 1 - random.nextInt(half));
    }

    private String text(NamedQuery query, CorpusGenerator.Act act) {
        // A distinct LIMIT above any answer makes each text new to a cache without changing the answer.
        return query.bind(Map.of("act", act.iri())).serialize() + "\nLIMIT " + (10_000_000 + distinct++);
    }

    private long answerBytes(String url, String query) {
        try {
            return http.send(request(url, query), HttpResponse.BodyHandlers.ofByteArray()).body().length;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpRequest request(String url, String query) {
        return HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", JSON).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private long time(String url, String query, Samples samples) {
        return time(url, query, samples, new AtomicInteger());
    }

    /** Sends one query and reads the whole answer; returns nanoseconds, or -1 on a failure (counted). */
    private long time(String url, String query, Samples samples, AtomicInteger errors) {
        return timed(request(url, query), samples, errors);
    }

    /** Sends the request and reads the whole answer; returns nanoseconds, or -1 on a failure (counted). */
    private long timed(HttpRequest request, Samples samples, AtomicInteger errors) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
                return -1;
            }
            if (samples != null) {
                samples.add(nanos);
            }
            return nanos;
        } catch (IOException e) {
            errors.incrementAndGet();
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.incrementAndGet();
            return -1;
        }
    }
}
