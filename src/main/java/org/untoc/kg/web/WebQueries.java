package org.untoc.kg.web;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.untoc.kg.query.NamedQuery;
import org.untoc.kg.util.ClasspathResources;

/**
 * The queries behind the pages, from {@code web/*.rq}: the same header format as the named queries, and the
 * same binding by syntax-tree substitution, so a path or a form value can never alter a query's structure.
 */
public final class WebQueries {
    private final Map<String, NamedQuery> queries;

    private WebQueries(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** Loads every {@code web/*.rq}; a malformed file fails here, named. */
    public static WebQueries load() {
        Map<String, NamedQuery> byName = new TreeMap<>();
        try {
            for (ClasspathResources.Resource r : ClasspathResources.list("web", ".rq")) {
                String name = r.name().substring(0, r.name().length() - 3);
                byName.put(name, NamedQuery.parse(name, r.readString()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the page queries under web/: " + e.getMessage(), e);
        }
        return new WebQueries(byName);
    }

    /** The query {@code web/NAME.rq} with its parameters bound. */
    public Query bind(String name, Map<String, String> values) {
        NamedQuery q = queries.get(name);
        if (q == null) {
            throw new IllegalStateException("no page query web/" + name + ".rq on the classpath");
        }
        return q.bind(values);
    }
}
