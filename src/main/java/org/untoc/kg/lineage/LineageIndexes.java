package org.untoc.kg.lineage;

import java.util.function.Supplier;

/**
 * The lineage index of the current dataset version: built on first use, rebuilt on the first use after the
 * version changed (a load, an update through Fuseki, a compaction); read from a {@link LineageSnapshot} instead
 * when one was kept for the same data. Readers share one immutable index; one
 * rebuild at a time, and callers that arrive during it wait for it rather than start another.
 */
public final class LineageIndexes {
    private final LineageIndexReader.Rows rows;
    private final Supplier<String> version;
    private final LineageSnapshot snapshot;
    private volatile LineageIndex current;

    /**
     * @param rows runs a SELECT over the store
     * @param version the dataset version now; a different value means the index must be rebuilt
     */
    public LineageIndexes(LineageIndexReader.Rows rows, Supplier<String> version) {
        this(rows, version, null);
    }

    /**
     * @param rows runs a SELECT over the store
     * @param version the dataset version now; a different value means the index must be rebuilt
     * @param snapshot where the index of unchanged data is kept between starts, or null for none
     */
    public LineageIndexes(LineageIndexReader.Rows rows, Supplier<String> version, LineageSnapshot snapshot) {
        this.rows = rows;
        this.version = version;
        this.snapshot = snapshot;
    }

    /** The index of the data as it is now. */
    public LineageIndex current() {
        LineageIndex index = current;
        if (index != null && index.version().equals(version.get())) {
            return index;
        }
        synchronized (this) {
            // The version is read before the build: a write during the build leaves a newer version, so the
            // next call builds again rather than keep an index older than its tag.
            String now = version.get();
            index = current;
            if (index == null || !index.version().equals(now)) {
                index = snapshot == null ? LineageIndexReader.read(rows, now)
                        : snapshot.readOrBuild(now, () -> LineageIndexReader.read(rows, now));
                current = index;
            }
            return index;
        }
    }

    /** The index last built, without checking the version (null before the first build). */
    public LineageIndex lastBuilt() {
        return current;
    }
}
