package org.untoc.kg.serve;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.RemoteStore;
import org.untoc.kg.store.Tdb2Store;

/**
 * The version of the data behind every address answered from it: the validators of publish.ConditionalGetFilter,
 * the statistics of publish.DatasetState, the /sparql result cache, the lineage index and the search index. A tag
 * that changes when the data does, and when that was seen. Exact over TDB2 ({@link Tdb2Version}); over a remote
 * store a fingerprint asked for at most once per interval ({@link RemoteVersion}, which says what it can miss).
 */
public interface DatasetVersion {
    /**
     * One version.
     *
     * @param tag changes with every change of the data that the version sees
     * @param modified no earlier than that change (second precision, as HTTP dates are)
     */
    record Stamp(String tag, Instant modified) {
        /** The end of the second {@code seen} falls in: an HTTP date no earlier than the change. */
        static Instant secondAfter(Instant seen) {
            return seen.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        }
    }

    /** The current version. */
    Stamp current();

    /** Stops whatever the version runs in the background; nothing by default. */
    default void close() {}

    /** Follows commits on a TDB2 dataset. */
    static DatasetVersion of(DatasetGraph tdb2) {
        return Tdb2Version.of(tdb2);
    }

    /**
     * The version of a store: TDB2's commits, or a remote store's fingerprint.
     *
     * @param timeout of one fingerprint query
     * @param remoteCheck how often a remote store's fingerprint is asked for (zero: on every use)
     */
    static DatasetVersion of(KnowledgeStore store, Duration timeout, Duration remoteCheck) {
        if (store instanceof Tdb2Store tdb2) {
            return of(tdb2.datasetGraph());
        }
        if (store instanceof RemoteStore remote) {
            return new RemoteVersion(remote, timeout, remoteCheck);
        }
        throw new IllegalArgumentException("no dataset version for " + store.describe());
    }
}
