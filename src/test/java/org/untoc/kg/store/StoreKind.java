package org.untoc.kg.store;

/** The two store implementations every store-facing test runs against. */
public enum StoreKind {
    EMBEDDED,
    REMOTE
}
