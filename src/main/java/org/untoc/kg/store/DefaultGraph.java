package org.untoc.kg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;

/**
 * What an external store's default graph is. Every query of the service ("which acts recall 3/2?") is asked of
 * the default graph and expects it to be the union of the named graphs (one per document); a store configured
 * otherwise — a stock {@code jena-fuseki-server --tdb2} — answers such queries with nothing, silently. So the
 * store is asked once, with one ASK each way, and each query is then sent so that it is answered right, or the
 * store is refused with the setting to change.
 */
public enum DefaultGraph {
    /** The union of the named graphs (perhaps with triples of its own): queries are sent as they are. */
    UNION,
    /**
     * Separate from the named graphs, but the store knows its union graph by the name Apache Jena gives it
     * ({@code <urn:x-arq:UnionGraph>}, TDB and TDB2): each query that names no dataset of its own is evaluated
     * inside {@code GRAPH <urn:x-arq:UnionGraph>}; a nested {@code GRAPH ?g} still ranges over the named graphs.
     */
    SEPARATE_REWRITTEN,
    /** Separate, and no union graph to rewrite to: the store is refused (see {@link #refusal}). */
    SEPARATE,
    /** Not known yet: the store holds no named graph, so there is nothing to compare. Asked again later. */
    UNKNOWN;

    /** Apache Jena's name of the union of the named graphs (TDB, TDB2, in-memory datasets). */
    public static final Node JENA_UNION_GRAPH = Quad.unionGraph;

    /** Does a triple of some named graph show in the default graph? One sample triple, not a scan of the store. */
    static final String NAMED_IN_DEFAULT =
            "ASK { { SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1 } ?s ?p ?o }";
    /** The other way: does the default graph hold a triple that no named graph has (triples of its own)? */
    static final String DEFAULT_OUTSIDE_NAMED =
            "ASK { { SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 1 } FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }";
    /** Is there any named graph to compare with? */
    static final String HAS_NAMED = "ASK { GRAPH ?g { ?s ?p ?o } }";
    /** Does the store know Jena's union graph? (A store that does not sees an empty graph of that name.) */
    static final String JENA_UNION_GRAPH_ANSWERS = "ASK { GRAPH <" + Quad.unionGraph.getURI() + "> { ?s ?p ?o } }";

    /**
     * The query as it must be sent: unchanged, or, over {@link #SEPARATE_REWRITTEN}, with its pattern evaluated
     * inside Jena's union graph. A query that names its own dataset (FROM / FROM NAMED, or default-graph-uri)
     * is left as written: it says which graphs it means.
     */
    public Query prepare(Query query) {
        if (this != SEPARATE_REWRITTEN || query.hasDatasetDescription() || query.getQueryPattern() == null) {
            return query;
        }
        Query copy = query.cloneQuery();
        Element pattern = copy.getQueryPattern();
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementNamedGraph(JENA_UNION_GRAPH, pattern));
        copy.setQueryPattern(group);
        return copy;
    }

    /** The message a refused store gets: what is wrong, and the setting that makes the default graph the union. */
    public static String refusal(String store, boolean jenaUnionGraph) {
        return store + ": its default graph is not the union of the named graphs, so every query of untoc-kg (which"
                + " asks the default graph) would answer nothing. Configure the store so that the default graph is the"
                + " union of the named graphs — Apache Jena Fuseki: `tdb2:unionDefaultGraph true` on the TDB2 dataset"
                + " of the configuration file, or `--set tdb:unionDefaultGraph=true` on the `fuseki-server --tdb2`"
                + " command line; other stores: see src/docs/scale-out.md"
                + (jenaUnionGraph ? " — or set untoc.store.remote.default-graph=AUTO, and each query is sent inside the"
                        + " store's union graph <urn:x-arq:UnionGraph>." : ".");
    }
}
