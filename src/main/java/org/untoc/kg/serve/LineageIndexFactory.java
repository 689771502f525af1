package org.untoc.kg.serve;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.untoc.kg.lineage.LineageIndexes;
import org.untoc.kg.lineage.LineagePropertyFunction;
import org.untoc.kg.lineage.WorkLineage;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;
import org.untoc.kg.web.QueryRunner;

/**
 * The service's lineage index: read through the web layer's {@link QueryRunner} (the store, under the endpoint's
 * limits), rebuilt when the dataset version moves, and offered to SPARQL as {@code untoc:ancestorOf} /
 * {@code untoc:descendantOf} on the embedded dataset (so /sparql and the embedded Fuseki both have it).
 *
 * <p>The version: over TDB2, the commit count of {@link DatasetVersion} (exact and free). A remote store has no
 * such counter and others may write to it, so a fingerprint of what the index is read from — the content-addressed
 * sources of the document graphs and the size of the work-lineage graph, which every load rewrites — is asked
 * for at most once per {@code untoc.lineage.remote-check}; a load is seen within that interval.
 */
@Factory
public class LineageIndexFactory {
    static final String REMOTE_FINGERPRINT = """
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX untoc: <https://w3id.org/untoc/ontology#>
            SELECT (COUNT(?src) AS ?sources) (SHA256(GROUP_CONCAT(STR(?src); separator=" ")) AS ?hash) ?edges WHERE {
              { GRAPH ?g { ?g prov:wasDerivedFrom ?src } }
              { SELECT (COUNT(*) AS ?edges) WHERE { GRAPH <%s> { ?s ?p ?o } } }
            } GROUP BY ?edges""".formatted(WorkLineage.GRAPH);

    @Singleton
    @Requires(beans = QueryRunner.class)
    LineageIndexes lineageIndexes(KnowledgeStore store, QueryRunner runner, SparqlConfig config,
            @Value("${untoc.lineage.remote-check:5s}") Duration remoteCheck) {
        return indexes(store, runner::select, config.timeout(), remoteCheck);
    }

    /**
     * The lineage index over a store, read with {@code select}, following the store's version; over TDB2 the
     * property functions are registered on its dataset.
     *
     * @param remoteCheck how often a remote store's fingerprint is asked for (zero: on every use)
     */
    public static LineageIndexes indexes(KnowledgeStore store, Function<Query, ResultSet> select, Duration timeout,
            Duration remoteCheck) {
        Supplier<String> version;
        if (store instanceof Tdb2Store tdb2) {
            DatasetVersion v = DatasetVersion.of(tdb2.datasetGraph());
            version = () -> v.current().tag();
        } else {
            version = new RemoteFingerprint(store, timeout, remoteCheck);
        }
        LineageIndexes indexes = new LineageIndexes(select, version);
        if (store instanceof Tdb2Store tdb2) {
            LineagePropertyFunction.register(tdb2.datasetGraph().getContext(), indexes);
        }
        return indexes;
    }

    /** The remote store's fingerprint, asked for at most once per interval (zero: every time). */
    static final class RemoteFingerprint implements Supplier<String> {
        private final KnowledgeStore store;
        private final Duration timeout;
        private final long intervalNanos;
        private String last;
        private long checked;

        RemoteFingerprint(KnowledgeStore store, Duration timeout, Duration interval) {
            this.store = store;
            this.timeout = timeout;
            this.intervalNanos = interval.toNanos();
        }

        @Override
        public synchronized String get() {
            long now = System.nanoTime();
            if (last == null || now - checked >= intervalNanos) {
                last = store.query(QueryFactory.create(REMOTE_FINGERPRINT), timeout, qe -> {
                    ResultSet rs = qe.execSelect();
                    if (!rs.hasNext()) {
                        return "empty";
                    }
                    QuerySolution s = rs.next();
                    return text(s.get("sources")) + "-" + text(s.get("edges")) + "-" + text(s.get("hash"));
                });
                checked = now;
            }
            return last;
        }

        private static String text(RDFNode n) {
            return n == null ? "" : n.asLiteral().getLexicalForm();
        }
    }
}
