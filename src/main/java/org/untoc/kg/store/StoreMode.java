package org.untoc.kg.store;

/** Where the knowledge graph is kept. */
public enum StoreMode {
    /** A TDB2 database in the data directory, served by an embedded Fuseki. */
    EMBEDDED,
    /** An external SPARQL 1.1 store, written through SPARQL Update / Graph Store Protocol. */
    REMOTE
}
