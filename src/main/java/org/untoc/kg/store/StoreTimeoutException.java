package org.untoc.kg.store;

/** The store did not finish in time; never retried, since trying again would only double the wait. */
public class StoreTimeoutException extends StoreException {
    public StoreTimeoutException(String message, Throwable cause) {
        super(message, cause, false);
    }
}
