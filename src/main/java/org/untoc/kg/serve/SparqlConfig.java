package org.untoc.kg.serve;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * {@code untoc.sparql.*}: limits of the public /sparql endpoint.
 *
 * @param timeout a query is cancelled after this long
 * @param maxRows results are cut after this many rows (SELECT) or triples (CONSTRUCT/DESCRIBE)
 * @param maxQueryLength longest accepted query text, in characters
 * @param maxConcurrent queries running at once; more wait up to {@code queueWait}, then get 503
 * @param queueWait how long a query waits for a free slot
 * @param serviceAllowlist SERVICE endpoints a query may call (exact IRIs or prefixes); empty = federation off
 * @param allowPrivateServices whether an allowlisted SERVICE may resolve to a loopback or private address
 * @param maxPerClient query slots one client (remote address) may hold at once, so that one client cannot take
 *     every slot; 0 = all but one of {@code maxConcurrent}, at least one
 * @param sortSpillRows a sort holding more rows than this moves them to temporary files instead of the heap
 * @param memoryLimit share of the heap (0..1) that, still in use after a garbage collection, cancels the running
 *     queries: the server keeps answering rather than running out of memory
 */
@ConfigurationProperties("untoc.sparql")
public record SparqlConfig(
        @Bindable(defaultValue = "30s") Duration timeout,
        @Bindable(defaultValue = "100000") int maxRows,
        @Bindable(defaultValue = "100000") int maxQueryLength,
        @Bindable(defaultValue = "4") int maxConcurrent,
        @Bindable(defaultValue = "2s") Duration queueWait,
        @Bindable(defaultValue = "") List<String> serviceAllowlist,
        @Bindable(defaultValue = "false") boolean allowPrivateServices,
        @Bindable(defaultValue = "0") int maxPerClient,
        @Bindable(defaultValue = "100000") long sortSpillRows,
        @Bindable(defaultValue = "0.75") double memoryLimit) {

    @io.micronaut.core.annotation.Creator
    public SparqlConfig {
        serviceAllowlist = serviceAllowlist == null ? List.of()
                : serviceAllowlist.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (maxPerClient <= 0) {
            maxPerClient = Math.max(1, maxConcurrent - 1);
        }
        if (sortSpillRows <= 0) {
            sortSpillRows = 100_000;
        }
        if (!(memoryLimit > 0 && memoryLimit <= 1)) {
            memoryLimit = 0.75;
        }
    }

    /** The limits with the defaults of the newer settings (per-client slots, sort spill, memory limit). */
    public SparqlConfig(Duration timeout, int maxRows, int maxQueryLength, int maxConcurrent, Duration queueWait,
            List<String> serviceAllowlist, boolean allowPrivateServices) {
        this(timeout, maxRows, maxQueryLength, maxConcurrent, queueWait, serviceAllowlist, allowPrivateServices, 0,
                0, 0);
    }
}
