package org.untoc.kg.serve;

import jakarta.inject.Singleton;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.web.QueryRunner;

/**
 * The web layer's queries (named queries, pages, lineage), run against the application's store under the
 * endpoint's time limit and its SERVICE policy: a named query's parameter can name a SERVICE endpoint, so the
 * REST API is held to the same federation rules as /sparql.
 */
@Singleton
public class StoreQueryRunner implements QueryRunner {
    private final KnowledgeStore store;
    private final SparqlConfig config;
    private final ServicePolicy servicePolicy;

    public StoreQueryRunner(KnowledgeStore store, SparqlConfig config, ServicePolicy servicePolicy) {
        this.store = store;
        this.config = config;
        this.servicePolicy = servicePolicy;
    }

    private void checkServices(Query query) {
        try {
            servicePolicy.check(query);
        } catch (SparqlException e) {
            throw new QueryRunner.Refused(e.status(), e.getMessage());
        }
    }

    @Override
    public ResultSetRewindable select(Query query) {
        checkServices(query);
        return store.query(query, config.timeout(), qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    @Override
    public boolean ask(Query query) {
        checkServices(query);
        return store.query(query, config.timeout(), QueryExecution::execAsk);
    }

    @Override
    public Model graph(Query query) {
        checkServices(query);
        return store.query(query, config.timeout(), qe -> query.isDescribeType() ? qe.execDescribe() : qe.execConstruct());
    }
}
