package org.untoc.kg.store;

/** The external store's default graph is not the union of the named graphs, and no query could be sent right. */
public final class DefaultGraphRefusedException extends StoreException {
    public DefaultGraphRefusedException(String message) {
        super(message, null, false);
    }
}
