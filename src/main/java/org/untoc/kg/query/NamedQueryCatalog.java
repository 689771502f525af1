package org.untoc.kg.query;

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
        return load("queries");
    }

    /** Loads every {@code .rq} file under a classpath folder; a malformed file fails here, named. */
    public static NamedQueryCatalog load(String folder) {
        ClasspathResources resources = new ClasspathResources(NamedQueryCatalog.class.getClassLoader());
        Map<String, NamedQuery> byName = new TreeMap<>();
        for (String path : resources.list(folder, n -> n.endsWith(".rq"))) {
            String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".rq".length());
            byName.put(name, NamedQuery.parse(name, resources.read(path)));
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
