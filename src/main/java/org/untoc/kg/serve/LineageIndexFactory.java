package org.untoc.kg.serve;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.apache.jena.query.ResultSet;
import org.untoc.kg.lineage.LineageIndex;
import org.untoc.kg.lineage.LineageIndexReader;
import org.untoc.kg.lineage.LineageIndexes;
import org.untoc.kg.lineage.LineageSnapshot;
import org.untoc.kg.lineage.LineagePropertyFunction;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;
import org.untoc.kg.web.QueryRunner;

/**
 * The service's lineage index, for the web layer's {@link QueryRunner} users: read from the store, rebuilt when the {@link DatasetVersion} moves, and offered to SPARQL as {@code untoc:ancestorOf} /
 * {@code untoc:descendantOf} on the embedded dataset (so /sparql and the embedded Fuseki both have it).
 */
@Factory
public class LineageIndexFactory {
    /** The lineage index of a TDB2 database is kept in this file inside the database's directory. */
    public static final String SNAPSHOT_FILE = "lineage-index.snapshot";

    /**
     * Read straight from the store, streamed, under the endpoint's time limit: the build is the service's own
     * query, not a visitor's, so it needs no query slot or guard, and a copy of every row is what it must avoid.
     */
    @Singleton
    @Requires(beans = QueryRunner.class)
    LineageIndexes lineageIndexes(KnowledgeStore store, SparqlConfig config, DatasetVersion version) {
        return indexes(store, streamed(store, config.timeout()), version);
    }

    /** The rows of a SELECT over the store, handed over while the query runs. */
    public static LineageIndexReader.Rows streamed(KnowledgeStore store, Duration timeout) {
        return (query, row) -> store.query(query, timeout, qe -> {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                row.accept(rs.nextBinding());
            }
            return null;
        });
    }

    /**
     * The lineage index over a store, read with {@code rows}, following the store's version; over TDB2 the
     * property functions are registered on its dataset, and a database on disk keeps a snapshot of the index in its
     * directory, so a start over the same data reads one file instead of the store.
     */
    public static LineageIndexes indexes(KnowledgeStore store, LineageIndexReader.Rows rows, DatasetVersion version) {
        LineageIndexes indexes = new LineageIndexes(rows, () -> version.current().tag(), snapshot(store));
        if (store instanceof Tdb2Store tdb2) {
            LineagePropertyFunction.register(tdb2.datasetGraph().getContext(), indexes);
        }
        return indexes;
    }

    /**
     * Reads the lineage index of the store as it is now and keeps it beside the database, for a load to call while
     * its data is still in the page cache: the first start after it then reads one file (0.1 s at 10,000 documents)
     * instead of scanning the store (2.5 s after the bench's load). Null where no snapshot is kept (a remote store,
     * a database in memory).
     */
    public static LineageIndex keep(KnowledgeStore store, Duration timeout) {
        LineageSnapshot snapshot = snapshot(store);
        if (snapshot == null) {
            return null;
        }
        return snapshot.readOrBuild("load", () -> LineageIndexReader.read(streamed(store, timeout), "load"));
    }

    /** Where the index of a TDB2 database on disk is kept between starts; null for other stores. */
    public static LineageSnapshot snapshot(KnowledgeStore store) {
        return store instanceof Tdb2Store tdb2 ? tdb2.directory()
                .map(dir -> new LineageSnapshot(dir.resolve(SNAPSHOT_FILE), tdb2::onDiskState)).orElse(null) : null;
    }
}
