package org.untoc.kg.lineage;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;

/**
 * The lineage index of the current dataset version: built on first use, rebuilt on the first use after the
 * version changed (a load, an update through Fuseki, a compaction). Readers share one immutable index; one
 * rebuild at a time, and callers that arrive during it wait for it rather than start another.
 */
public final class LineageIndexes {
    private final Function<Query, ResultSet> select;
    private final Supplier<String> version;
    private volatile LineageIndex current;

    /**
     * @param select runs a SELECT over the store, results fully read
     * @param version the dataset version now; a different value means the index must be rebuilt
     */
    public LineageIndexes(Function<Query, ResultSet> select, Supplier<String> version) {
        this.select = select;
        this.version = version;
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
                index = LineageIndexReader.read(select, now);
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
