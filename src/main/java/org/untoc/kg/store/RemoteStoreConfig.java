package org.untoc.kg.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code untoc.store.remote.*}: an external SPARQL 1.1 store. Query, update and graph-store URLs are separate
 * because stores publish them separately (Fuseki: /ds/query, /ds/update, /ds/data).
 *
 * @param queryUrl SPARQL 1.1 Protocol query endpoint
 * @param updateUrl SPARQL 1.1 Update endpoint; writes go here (one DROP+INSERT DATA request per graph) only when
 *     no graph-store URL is configured
 * @param graphStoreUrl SPARQL 1.1 Graph Store Protocol endpoint (whole-graph PUT makes replacement atomic)
 * @param user basic-auth user for writes and queries, or none
 * @param password basic-auth password
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one write or store-internal query may take
 * @param retries how many times a connection failure or 5xx is retried
 * @param initialBackoff first wait between retries; doubles each retry
 */
@ConfigurationProperties("untoc.store.remote")
public record RemoteStoreConfig(
        @Nullable String queryUrl,
        @Nullable String updateUrl,
        @Nullable String graphStoreUrl,
        @Nullable String user,
        @Nullable String password,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "120s") Duration requestTimeout,
        @Bindable(defaultValue = "4") int retries,
        @Bindable(defaultValue = "250ms") Duration initialBackoff) {

    /** Endpoint URLs of a Fuseki-style dataset base URL (…/ds → …/ds/query, …/ds/update, …/ds/data). */
    public static RemoteStoreConfig forDataset(String base, String user, String password) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return new RemoteStoreConfig(b + "/query", b + "/update", b + "/data", user, password,
                Duration.ofSeconds(5), Duration.ofSeconds(120), 4, Duration.ofMillis(250));
    }

    /** A copy that writes through SPARQL Update instead of the Graph Store Protocol. */
    public RemoteStoreConfig withoutGraphStore() {
        return new RemoteStoreConfig(queryUrl, updateUrl, null, user, password, connectTimeout, requestTimeout,
                retries, initialBackoff);
    }

    /** A copy with other timing, for callers that need short waits. */
    public RemoteStoreConfig withTiming(Duration connect, Duration request, int retryCount, Duration backoff) {
        return new RemoteStoreConfig(queryUrl, updateUrl, graphStoreUrl, user, password, connect, request,
                retryCount, backoff);
    }
}
