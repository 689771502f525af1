package org.untoc.kg.serve;

import jakarta.inject.Singleton;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.web.QueryRunner;

/** The web layer's queries, run against the application's store under the endpoint's time limit. */
@Singleton
public class StoreQueryRunner implements QueryRunner {
    private final KnowledgeStore store;
    private final SparqlConfig config;

    public StoreQueryRunner(KnowledgeStore store, SparqlConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public ResultSetRewindable select(Query query) {
        return store.query(query, config.timeout(), qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    @Override
    public boolean ask(Query query) {
        return store.query(query, config.timeout(), QueryExecution::execAsk);
    }

    @Override
    public Model graph(Query query) {
        return store.query(query, config.timeout(), qe -> query.isDescribeType() ? qe.execDescribe() : qe.execConstruct());
    }
}
