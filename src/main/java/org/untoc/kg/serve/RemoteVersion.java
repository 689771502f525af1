package org.untoc.kg.serve;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.untoc.kg.lineage.WorkLineage;
import org.untoc.kg.store.RemoteStore;

/**
 * The {@link DatasetVersion} of a remote store, which others may write to and which has no commit counter to ask.
 * It is a fingerprint of the store, asked for at most once per {@code untoc.store.remote.version-check}:
 * <ul>
 *   <li>the names of the named graphs, each with its {@code prov:wasDerivedFrom} sources (a document graph names
 *       its source by content hash, so a changed document is a changed source);</li>
 *   <li>the size of the work-lineage graph, which every load rewrites.</li>
 * </ul>
 * Both are cheap at any size: graph names come from the graph index (no scan of the quads), the sources from the
 * predicate index, one row per graph; only the work-lineage graph is counted. Writes made by this process through
 * the {@link RemoteStore} are seen at once: each one moves the version and forces a new fingerprint.
 *
 * <p>What it can miss: a write by another client that changes neither, e.g. an update that edits triples inside an
 * existing graph without touching its {@code prov:wasDerivedFrom} (the loader never does that). Such a change is
 * never seen until something the fingerprint covers changes too, or this process writes, or restarts (a random
 * epoch per start keeps tags from two runs apart); every other change of another client is seen within the
 * interval. Where other clients write so, turn the HTTP validators off with {@code untoc.store.remote.validators:
 * false}.
 *
 * <p>{@code modified} is when this process first saw the fingerprint change, so a Last-Modified is never earlier
 * than the change it stands for (at worst one interval late, which only costs a client a full answer).
 *
 * <p>With an interval, the fingerprint is asked for on a background thread once per interval, never by a request:
 * the HTTP validators read the version on Netty's event loop, which must not wait on a remote store. Only the first
 * use asks in line. With a zero interval (tests, tools) every use asks in line.
 */
final class RemoteVersion implements DatasetVersion {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteVersion.class);

    /** Each graph with its sources, in a fixed order, as one hash; GRAPH ?g {} lists graphs without a scan. */
    static final String GRAPHS = """
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT (COUNT(?entry) AS ?graphs) (SHA256(GROUP_CONCAT(?entry; separator="\\n")) AS ?hash) WHERE {
              { SELECT ?entry WHERE {
                  GRAPH ?g { }
                  OPTIONAL { GRAPH ?g { ?g prov:wasDerivedFrom ?src } }
                  BIND(CONCAT(STR(?g), " ", COALESCE(STR(?src), "")) AS ?entry)
                } ORDER BY ?entry }
            }""";
    static final String LINEAGE_SIZE = "SELECT (COUNT(*) AS ?edges) WHERE { GRAPH <" + WorkLineage.GRAPH
            + "> { ?s ?p ?o } }";

    private final String epoch = UUID.randomUUID().toString().substring(0, 8);
    private final RemoteStore store;
    private final Duration timeout;
    private final long intervalNanos;
    private String fingerprint;
    private long writesSeen;
    private long changes;
    private Stamp current;
    private ScheduledExecutorService refresher;

    RemoteVersion(RemoteStore store, Duration timeout, Duration interval) {
        this.store = store;
        this.timeout = timeout;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public synchronized Stamp current() {
        // Read before the fingerprint: a write that ends while it is asked for is counted again at the next call.
        long writes = store.writes();
        if (current == null || intervalNanos == 0) {
            refresh(fingerprint(), writes);
            if (intervalNanos > 0 && refresher == null) {
                startRefreshing();
            }
        } else if (writes != writesSeen) {
            // This process wrote: a new version at once, without asking (the next check folds the new fingerprint).
            bump();
            writesSeen = writes;
        }
        return current;
    }

    /** Stops the background check. */
    @Override
    public synchronized void close() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    private void startRefreshing() {
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "untoc-remote-version");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, intervalNanos / 1_000_000);
        refresher.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            long writes = store.writes();
            String seen = fingerprint();
            synchronized (this) {
                refresh(seen, writes);
            }
        } catch (RuntimeException e) {
            // An unreachable store keeps the last version; the next check tries again.
            LOG.debug("remote dataset version check failed: {}", e.toString());
        }
    }

    private void refresh(String seen, long writes) {
        if (current == null || !seen.equals(fingerprint) || (intervalNanos == 0 && writes != writesSeen)) {
            bump();
        }
        fingerprint = seen;
        writesSeen = writes;
    }

    private void bump() {
        changes++;
        current = new Stamp(epoch + "-" + changes, Stamp.secondAfter(Instant.now()));
    }

    private String fingerprint() {
        String graphs = store.query(QueryFactory.create(GRAPHS), timeout, qe -> {
            ResultSet rs = qe.execSelect();
            if (!rs.hasNext()) {
                return "none";
            }
            QuerySolution s = rs.next();
            return text(s.get("graphs")) + "-" + text(s.get("hash"));
        });
        String edges = store.query(QueryFactory.create(LINEAGE_SIZE), timeout, qe -> {
            ResultSet rs = qe.execSelect();
            return rs.hasNext() ? text(rs.next().get("edges")) : "0";
        });
        return graphs + "-" + edges;
    }

    private static String text(RDFNode n) {
        return n == null ? "" : n.asLiteral().getLexicalForm();
    }
}
