package org.untoc.kg.web;

import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The hand-written test graph {@code web/lineage-fixture.trig}, loaded like the service loads its store: an
 * in-memory TDB2 dataset, one named graph per source, the default graph the union of them.
 */
final class Fixture {
    static final String ID = "https://w3id.org/untoc/id/";
    static final PublicBase BASE = new PublicBase(PublicBase.DEFAULT, "");

    private Fixture() {}

    static Dataset dataset() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        ds.begin(org.apache.jena.query.TxnType.WRITE);
        RDFDataMgr.read(ds, Fixture.class.getClassLoader().getResource("web/lineage-fixture.trig").toString());
        ds.commit();
        ds.end();
        return ds;
    }

    static QueryRunner runner() {
        return new DatasetQueryRunner(dataset(), Duration.ofSeconds(20));
    }
}
