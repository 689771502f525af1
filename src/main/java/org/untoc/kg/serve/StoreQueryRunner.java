package org.untoc.kg.serve;

import jakarta.inject.Singleton;
import java.util.function.Function;
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
    private final QueryGuard guard;
    private final QuerySlots slots;
    private final MemoryGuard memory;

    public StoreQueryRunner(KnowledgeStore store, SparqlConfig config, ServicePolicy servicePolicy, QueryGuard guard,
            QuerySlots slots, MemoryGuard memory) {
        this.store = store;
        this.config = config;
        this.servicePolicy = servicePolicy;
        this.guard = guard;
        this.slots = slots;
        this.memory = memory;
    }

    /** Runs the query as /sparql runs one: the same checks, the same slots, the same memory guard. */
    private <T> T run(Query query, Function<QueryExecution, T> reader) {
        try {
            servicePolicy.check(query);
            guard.check(query);
            try (QuerySlots.Slot slot = slots.acquire()) {
                return store.query(query, config.timeout(),
                        qe -> SparqlQueryService.watched(memory, qe, () -> reader.apply(qe)));
            }
        } catch (SparqlException e) {
            throw new QueryRunner.Refused(e.status(), e.getMessage());
        }
    }

    @Override
    public ResultSetRewindable select(Query query) {
        return run(query, qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    @Override
    public boolean ask(Query query) {
        return run(query, QueryExecution::execAsk);
    }

    @Override
    public Model graph(Query query) {
        return run(query, qe -> query.isDescribeType() ? qe.execDescribe() : qe.execConstruct());
    }
}
