package org.untoc.kg.publish;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.untoc.kg.serve.DatasetVersion;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;

/**
 * What the HTTP side knows of the data's freshness: the {@link DatasetVersion} (changes with every committed write)
 * and the {@link DatasetStatistics} of that version, computed once per version instead of once per request.
 *
 * <p>On a remote store others write to there is no cheap, exact version: no stamp, so no validators are sent (as
 * for /sparql, see ResultCache) and the statistics are computed on each request.
 */
@Singleton
public class DatasetState {
    private final KnowledgeStore store;
    private final DatasetVersion version;
    private volatile Computed computed;

    private record Computed(String tag, DatasetStatistics statistics) {}

    public DatasetState(KnowledgeStore store) {
        this.store = store;
        this.version = store instanceof Tdb2Store tdb2 ? DatasetVersion.of(tdb2.datasetGraph()) : null;
    }

    /** The current version, or empty when the store has none. */
    public Optional<DatasetVersion.Stamp> stamp() {
        return version == null ? Optional.empty() : Optional.of(version.current());
    }

    /** The statistics of the current version. */
    public DatasetStatistics statistics(Duration timeout) {
        Optional<DatasetVersion.Stamp> stamp = stamp();
        if (stamp.isEmpty()) {
            return DatasetStatistics.of(store, timeout);
        }
        Computed c = computed;
        if (c != null && c.tag().equals(stamp.get().tag())) {
            return c.statistics();
        }
        // Read after the stamp: if a write lands in between, these figures are fresher than the tag they are kept
        // under, and the next request, seeing a new tag, computes them again.
        DatasetStatistics statistics = DatasetStatistics.of(store, timeout);
        computed = new Computed(stamp.get().tag(), statistics);
        return statistics;
    }

    /**
     * The Last-Modified of a version as sent now: the stamp's time (rounded up to the second, so never earlier than
     * the write) but never later than now, since a Last-Modified after the response's Date is an error (RFC 9110
     * §8.8.2.1).
     */
    public static Instant lastModified(Instant modified, Instant now) {
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        return modified.isAfter(second) ? second : modified;
    }
}
