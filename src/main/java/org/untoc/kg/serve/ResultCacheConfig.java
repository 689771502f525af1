package org.untoc.kg.serve;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code untoc.sparql.cache.*}: the result cache of /sparql.
 *
 * @param enabled whether results are cached at all
 * @param maxEntries most results kept
 * @param maxBytes most result bytes kept in total; a larger single result is not cached
 */
@ConfigurationProperties("untoc.sparql.cache")
public record ResultCacheConfig(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "2000") int maxEntries,
        @Bindable(defaultValue = "33554432") long maxBytes) {}
