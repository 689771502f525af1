package org.untoc.kg.serve;

/** A query request the endpoint will not or cannot answer; carries the HTTP status and a message for the user. */
public class SparqlException extends RuntimeException {
    private final int status;

    public SparqlException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** HTTP status code to answer with. */
    public int status() {
        return status;
    }
}
