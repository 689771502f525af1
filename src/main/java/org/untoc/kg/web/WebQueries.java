package org.untoc.kg.web;

import java.util.Map;
import org.apache.jena.query.Query;
import org.untoc.kg.query.NamedQuery;
import org.untoc.kg.query.NamedQueryCatalog;

/**
 * The queries behind the pages, from {@code web/*.rq}: the same header format as the named queries, and the
 * same binding by syntax-tree substitution, so a path or a form value can never alter a query's structure.
 */
public final class WebQueries {
    private final NamedQueryCatalog queries;

    private WebQueries(NamedQueryCatalog queries) {
        this.queries = queries;
    }

    /** Loads every {@code web/*.rq}; a malformed file fails here, named. */
    public static WebQueries load() {
        return new WebQueries(NamedQueryCatalog.load("web"));
    }

    /** The query {@code web/NAME.rq} with its parameters bound. */
    public Query bind(String name, Map<String, String> values) {
        NamedQuery q = queries.get(name)
                .orElseThrow(() -> new IllegalStateException("no page query web/" + name + ".rq on the classpath"));
        return q.bind(values);
    }
}
