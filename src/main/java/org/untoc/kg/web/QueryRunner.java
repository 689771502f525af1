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
}
