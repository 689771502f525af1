package org.untoc.kg.web;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

/** Runs a parsed SPARQL query against the knowledge graph, within the store's time limit, and hands back detached results. */
public interface QueryRunner {

    /** Runs a SELECT query; the results are fully read so no transaction stays open. */
    ResultSetRewindable select(Query query);

    /** Runs an ASK query. */
    boolean ask(Query query);

    /** Runs a CONSTRUCT or DESCRIBE query into a fresh in-memory model. */
    Model graph(Query query);

    /** The store's policy refused the query (e.g. a SERVICE endpoint not allowed); carries the HTTP status to answer. */
    final class Refused extends RuntimeException {
        private final int status;

        public Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        /** HTTP status for the refusal (403 for a forbidden SERVICE). */
        public int status() {
            return status;
        }
    }
}
