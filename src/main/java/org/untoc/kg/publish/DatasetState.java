package org.untoc.kg.publish;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.untoc.kg.serve.DatasetVersion;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;

/**
 * What the HTTP side knows of the data's freshness: the {@link DatasetVersion} (exact over TDB2; over a remote store
 * a fingerprint asked for at most once per {@code untoc.store.remote.version-check}, see RemoteVersion for what it
 * can miss) and the {@link DatasetStatistics} of that version, computed once per version instead of once per
 * request.
 *
 * <p>With {@code untoc.store.remote.validators: false} a remote store has no stamp here: no validators are sent and
 * the statistics are computed on each request. So is it while the remote store cannot be asked.
 */
@Singleton
public class DatasetState {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetState.class);
    private final KnowledgeStore store;
    private final DatasetVersion version;
    private volatile Computed computed;

    private record Computed(String tag, DatasetStatistics statistics) {}

    public DatasetState(KnowledgeStore store, DatasetVersion version,
                        @Value("${untoc.store.remote.validators:true}") boolean remoteValidators) {
        this.store = store;
        this.version = store instanceof Tdb2Store || remoteValidators ? version : null;
    }

    /** The current version, or empty when the store has none. */
    public Optional<DatasetVersion.Stamp> stamp() {
        if (version == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(version.current());
        } catch (RuntimeException e) {
            // The remote store is down or slow: answer without validators; the request itself will say what is wrong.
            LOG.debug("no dataset version now: {}", e.toString());
            return Optional.empty();
        }
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
