package org.untoc.kg.web;

import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.untoc.kg.lineage.WorkLineage;
import org.untoc.kg.store.Tdb2Store;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The hand-written test graph {@code web/lineage-fixture.trig}, loaded like the service loads its store: an
 * in-memory TDB2 dataset, one named graph per source, the default graph the union of them, the derived work
 * lineage computed over them.
 */
final class Fixture {
    static final String ID = "https://w3id.org/untoc/id/";
    static final PublicBase BASE = new PublicBase(PublicBase.DEFAULT, "");

    private Fixture() {}

    static Dataset dataset() {
        return DatasetFactory.wrap(store().datasetGraph());
    }

    /** A new store holding the test graph. */
    static Tdb2Store store() {
        Tdb2Store store = Tdb2Store.inMemory();
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg,
                Fixture.class.getClassLoader().getResource("web/lineage-fixture.trig").toString()));
        // The derived work lineage, as the loader computes it after a load: the lineage index reads it.
        WorkLineage lineage = new WorkLineage();
        store.replaceGraph(lineage.graphIri(), lineage.compute(store));
        return store;
    }

    static QueryRunner runner() {
        return new DatasetQueryRunner(dataset(), Duration.ofSeconds(20));
    }
}
