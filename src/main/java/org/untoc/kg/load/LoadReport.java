package org.untoc.kg.load;

import java.util.List;

/**
 * What a load did.
 *
 * @param loaded documents written to the store
 * @param failures one message per document that was not written (names the file)
 * @param triples triples written in total
 */
public record LoadReport(int loaded, List<String> failures, long triples) {
    /** True when every document was written. */
    public boolean allLoaded() {
        return failures.isEmpty();
    }
}
