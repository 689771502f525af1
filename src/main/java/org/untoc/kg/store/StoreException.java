package org.untoc.kg.store;

/** The store refused or failed an operation; the message says which store and what to do about it. */
public class StoreException extends RuntimeException {
    private final boolean retryable;

    public StoreException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    public StoreException(String message) {
        this(message, null, false);
    }

    /** True for failures worth retrying: the store could not be reached or answered with a 5xx. */
    public boolean retryable() {
        return retryable;
    }
}
