package org.untoc.kg.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.DatasetFactory;
import org.untoc.kg.load.CorpusBootstrap;
import org.untoc.kg.pipeline.PipelineFactory;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreFactory;
import org.untoc.kg.store.Tdb2Store;

/**
 * The built-in corpus and reference data loaded as {@code serve} loads them on first start (standard pipeline,
 * derived graphs), into an in-memory TDB2 store shared by the reading-room tests; environment "corpus-web-test".
 */
@Factory
@Requires(env = "corpus-web-test")
class Corpus {
    private static Tdb2Store store;

    /** Loaded once per test run: parsing the corpus is the slow part. */
    static synchronized Tdb2Store store() {
        if (store == null) {
            Tdb2Store s = Tdb2Store.inMemory();
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
            var report = new CorpusBootstrap(s, PipelineFactory.standardPipeline(), PipelineFactory.standardDerivedGraphs())
                    .loadIfEmpty(out, out);
            if (report == null || s.isEmpty()) {
                throw new IllegalStateException("the corpus did not load:\n" + log.toString(StandardCharsets.UTF_8));
            }
            store = s;
        }
        return store;
    }

    static QueryRunner runner() {
        return new DatasetQueryRunner(DatasetFactory.wrap(store().datasetGraph()), Duration.ofSeconds(30));
    }

    /** The store every bean reads (indexes, dataset version), the same the runner queries. */
    @Singleton
    @Replaces(value = KnowledgeStore.class, factory = StoreFactory.class)
    KnowledgeStore knowledgeStore() {
        return store();
    }

    @Singleton
    @Replaces(QueryRunner.class)
    QueryRunner queryRunner() {
        return runner();
    }
}
