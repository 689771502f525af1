package org.untoc.kg.query;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.untoc.kg.util.ClasspathResources;

/** The named queries shipped in {@code queries/*.rq}, by name. */
public final class NamedQueryCatalog {
    private final Map<String, NamedQuery> queries;

    private NamedQueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** Loads every {@code .rq} file under the classpath folder {@code queries/}. */
    public static NamedQueryCatalog load() {
        Map<String, NamedQuery> byName = new TreeMap<>();
        try {
            for (ClasspathResources.Resource r : ClasspathResources.list("queries", ".rq")) {
                String name = r.name().substring(0, r.name().length() - 3);
                byName.put(name, NamedQuery.parse(name, r.readString()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the named queries: " + e.getMessage(), e);
        }
        return new NamedQueryCatalog(byName);
    }

    /** All queries, sorted by name. */
    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    /** The query with this name, if any. */
    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }
}
