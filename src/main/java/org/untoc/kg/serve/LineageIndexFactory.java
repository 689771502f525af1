package org.untoc.kg.serve;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.untoc.kg.lineage.LineageIndexes;
import org.untoc.kg.lineage.LineagePropertyFunction;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;
import org.untoc.kg.web.QueryRunner;

/**
 * The service's lineage index: read through the web layer's {@link QueryRunner} (the store, under the endpoint's
 * limits), rebuilt when the {@link DatasetVersion} moves, and offered to SPARQL as {@code untoc:ancestorOf} /
 * {@code untoc:descendantOf} on the embedded dataset (so /sparql and the embedded Fuseki both have it).
 */
@Factory
public class LineageIndexFactory {

    @Singleton
    @Requires(beans = QueryRunner.class)
    LineageIndexes lineageIndexes(KnowledgeStore store, QueryRunner runner, DatasetVersion version) {
        return indexes(store, runner::select, version);
    }

    /**
     * The lineage index over a store, read with {@code select}, following the store's version; over TDB2 the
     * property functions are registered on its dataset.
     */
    public static LineageIndexes indexes(KnowledgeStore store, Function<Query, ResultSet> select,
            DatasetVersion version) {
        LineageIndexes indexes = new LineageIndexes(select, () -> version.current().tag());
        if (store instanceof Tdb2Store tdb2) {
            LineagePropertyFunction.register(tdb2.datasetGraph().getContext(), indexes);
        }
        return indexes;
    }
}
