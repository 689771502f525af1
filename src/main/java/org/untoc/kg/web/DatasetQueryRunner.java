package org.untoc.kg.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;

/** A {@link QueryRunner} over a Jena {@link Dataset} (in-memory or TDB2), each query in its own read transaction. */
public final class DatasetQueryRunner implements QueryRunner {
    private final Dataset dataset;
    private final Duration timeout;

    public DatasetQueryRunner(Dataset dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    @Override
    public ResultSetRewindable select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query)) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
    }

    @Override
    public boolean ask(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query)) {
                return qe.execAsk();
            }
        });
    }

    @Override
    public Model graph(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query)) {
                Model out = ModelFactory.createDefaultModel();
                return query.isDescribeType() ? qe.execDescribe(out) : qe.execConstruct(out);
            }
        });
    }

    private QueryExecution execution(Query query) {
        return QueryExecution.dataset(dataset).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }
}
