package org.untoc.kg.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;

/**
 * The dataset version as the web layer sees it through its {@link QueryRunner} (any store): a hash of every named
 * graph's name and size, as VoID and the loader compute it. Counting the graphs is a scan, so it is asked at most
 * once per {@code recheck}; a load is seen by the search within that time.
 */
public final class DatasetFingerprint implements Supplier<String> {
    private final QueryRunner runner;
    private final WebQueries queries;
    private final long recheckNanos;
    private final LongSupplier clock;
    private String current;
    private long checkedAt;

    public DatasetFingerprint(QueryRunner runner, WebQueries queries, Duration recheck) {
        this(runner, queries, recheck, System::nanoTime);
    }

    DatasetFingerprint(QueryRunner runner, WebQueries queries, Duration recheck, LongSupplier clock) {
        this.runner = runner;
        this.queries = queries;
        this.recheckNanos = recheck.toNanos();
        this.clock = clock;
    }

    @Override
    public synchronized String get() {
        long now = clock.getAsLong();
        if (current == null || now - checkedAt >= recheckNanos) {
            current = compute();
            checkedAt = now;
        }
        return current;
    }

    private String compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ResultSetRewindable rs = runner.select(queries.bind("dataset-version", Map.of()));
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                sha.update((s.getResource("graph").getURI() + " " + s.getLiteral("triples").getLong() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
