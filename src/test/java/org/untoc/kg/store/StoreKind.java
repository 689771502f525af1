package org.untoc.kg.store;

/** The two store implementations every store-facing test runs against. */
public enum StoreKind {
    /** TDB2 in a temp dir. */
    EMBEDDED,
    /** The standalone Fuseki process, written through the Graph Store Protocol. */
    REMOTE,
    /** The same Fuseki, written through SPARQL Update only (a store without a graph-store endpoint). */
    REMOTE_UPDATE
}
