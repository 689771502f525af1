package org.untoc.kg.load;

import java.util.List;

/**
 * What a load did.
 *
 * @param loaded documents written to the store
 * @param failures one message per document that was not written (names the file)
 * @param triples triples written in total
 * @param stages where the time went
 */
public record LoadReport(int loaded, List<String> failures, long triples, Stages stages) {
    /** True when every document was written. */
    public boolean allLoaded() {
        return failures.isEmpty();
    }

    /**
     * Seconds spent in each stage of a load.
     *
     * @param extract read, parse and extract, summed over the worker threads (they run in parallel, so this can
     *     exceed the wall-clock total)
     * @param waitForExtract time the writer waited for the next document to be extracted
     * @param write store writes: deletes, adds and commits
     * @param derived recomputing the derived graphs
     * @param compact compacting the store
     * @param statistics computing the dataset version
     * @param total wall-clock time of the whole load
     * @param bulk whether the documents went through the store's bulk loader (a first load into an empty store)
     */
    public record Stages(double extract, double waitForExtract, double write, double derived, double compact,
            double statistics, double total, boolean bulk) {}
}
