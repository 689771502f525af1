package org.untoc.kg.soak;

import java.util.List;

/** A kind of query the soak sends: light ones a browsing user makes, heavy ones that scan and join the store. */
enum QueryClass {
    LIGHT(List.of(
            "ASK { ?s ?p ?o }",
            "SELECT * { ?s ?p ?o } LIMIT 10",
            "SELECT ?g { GRAPH ?g { } } LIMIT 20")),
    HEAVY(List.of(
            "SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)",
            "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?b ?q ?c }",
            "SELECT ?s ?o { ?s ?p ?o FILTER(REGEX(STR(?o), \"[Cc]onvention.*[Pp]rotocol\")) } LIMIT 200"));

    private final List<String> queries;

    QueryClass(List<String> queries) {
        this.queries = queries;
    }

    /** The n-th query of this class, cycling. */
    String query(long n) {
        return queries.get((int) (n % queries.size()));
    }
}
