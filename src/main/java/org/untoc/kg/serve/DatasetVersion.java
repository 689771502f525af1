package org.untoc.kg.serve;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The version of the data behind /sparql and every other address answered from the data (the validators of
 * publish.ConditionalGetFilter): a tag that changes whenever a write transaction commits, and when that was seen. For TDB2 it counts commits on the database's transaction coordinator, so every writer is seen — the
 * loader, the embedded Fuseki's update and graph-store endpoints alike — at no cost per query; the database is
 * locked to this process, so no other process can write behind its back. A random epoch per start keeps tags
 * from two runs apart.
 */
public final class DatasetVersion {
    /**
     * One version.
     *
     * @param tag changes with every committed write
     * @param modified no earlier than the last write (second precision, as HTTP dates are)
     */
    public record Stamp(String tag, Instant modified) {}

    private final String epoch = UUID.randomUUID().toString().substring(0, 8);
    private final DatasetGraph tdb2;
    private TransactionCoordinator followed;
    private long commits;
    private Stamp current;

    private DatasetVersion(DatasetGraph tdb2) {
        this.tdb2 = tdb2;
        this.current = stamp();
    }

    /** Follows commits on a TDB2 dataset. */
    public static DatasetVersion of(DatasetGraph tdb2) {
        DatasetVersion version = new DatasetVersion(tdb2);
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
        return new Stamp(epoch + "-" + commits, Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
    }
}
