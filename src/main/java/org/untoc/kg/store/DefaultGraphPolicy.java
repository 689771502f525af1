package org.untoc.kg.store;

/** {@code untoc.store.remote.default-graph}: what to do when an external store's default graph is not the union. */
public enum DefaultGraphPolicy {
    /** Check at start; answer over Jena's union graph where the store has one, else refuse the store. */
    AUTO,
    /** Check at start and refuse a store whose default graph is not the union, naming the setting to change. */
    REQUIRE_UNION,
    /** Do not check: the operator vouches that the default graph is the union (saves the ASKs at start). */
    ASSUME_UNION
}
