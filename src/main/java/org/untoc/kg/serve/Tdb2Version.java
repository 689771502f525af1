package org.untoc.kg.serve;

import java.time.Instant;
import java.util.UUID;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The {@link DatasetVersion} of a TDB2 database: it counts commits on the database's transaction coordinator, so
 * every writer is seen — the loader, the embedded Fuseki's update and graph-store endpoints alike — at no cost per
 * query; the database is locked to this process, so no other process can write behind its back. Exact. A random
 * epoch per start keeps tags from two runs apart.
 */
final class Tdb2Version implements DatasetVersion {

    private final String epoch = UUID.randomUUID().toString().substring(0, 8);
    private final DatasetGraph tdb2;
    private TransactionCoordinator followed;
    private long commits;
    private Stamp current;

    private Tdb2Version(DatasetGraph tdb2) {
        this.tdb2 = tdb2;
        this.current = stamp();
    }

    /** Follows commits on a TDB2 dataset. */
    static Tdb2Version of(DatasetGraph tdb2) {
        Tdb2Version version = new Tdb2Version(tdb2);
        version.follow(TDBInternal.getTransactionCoordinator(tdb2));
        return version;
    }

    private void follow(TransactionCoordinator coordinator) {
        TransactionListener listener = new TransactionListener() {
            @Override
            public void notifyCommitFinish(Transaction transaction) {
                // Bumped only once the commit is visible: a reader that sees the new tag also sees the new data.
                if (transaction.getMode() == ReadWrite.WRITE) {
                    bump();
                }
            }
        };
        // A started coordinator takes new listeners only in exclusive mode (it waits for running transactions).
        coordinator.modifyConfig(() -> coordinator.addListener(listener));
        followed = coordinator;
    }

    /**
     * The current version. A compaction (the loader runs one after each load) moves the database to new storage
     * with a new transaction coordinator, which knows nothing of the listener: follow the new one, and count the
     * move as a change, or writes after it would leave cached answers stale.
     */
    @Override
    public synchronized Stamp current() {
        TransactionCoordinator now = TDBInternal.getTransactionCoordinator(tdb2);
        if (now != followed) {
            follow(now);
            bump();
        }
        return current;
    }

    synchronized void bump() {
        commits++;
        current = stamp();
    }

    private Stamp stamp() {
        return new Stamp(epoch + "-" + commits, Stamp.secondAfter(Instant.now()));
    }
}
