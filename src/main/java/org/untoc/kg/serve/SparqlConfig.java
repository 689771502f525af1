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
 */
@ConfigurationProperties("untoc.sparql")
public record SparqlConfig(
        @Bindable(defaultValue = "30s") Duration timeout,
        @Bindable(defaultValue = "100000") int maxRows,
        @Bindable(defaultValue = "100000") int maxQueryLength,
        @Bindable(defaultValue = "4") int maxConcurrent,
        @Bindable(defaultValue = "2s") Duration queueWait,
        @Bindable(defaultValue = "") List<String> serviceAllowlist,
        @Bindable(defaultValue = "false") boolean allowPrivateServices) {

    public SparqlConfig {
        serviceAllowlist = serviceAllowlist == null ? List.of()
                : serviceAllowlist.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
