package org.untoc.kg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.untoc.kg.util.Sha256;

/** The embedded store: a TDB2 database whose default graph is the union of its named graphs. */
public final class Tdb2Store implements KnowledgeStore {
    private final Path dir;
    /** Replaced only after a failed bulk load into the empty database (see {@link #bulkLoad}). */
    private DatasetGraph dsg;

    /** A TDB2 database in memory, for tests and one-off runs: the same engine and transactions, nothing on disk. */
    public static Tdb2Store inMemory() {
        return new Tdb2Store(DatabaseMgr.createDatasetGraph());
    }

    private Tdb2Store(DatasetGraph inMemory) {
        this.dir = null;
        this.dsg = inMemory;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public Tdb2Store(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.dir);
            this.dsg = DatabaseMgr.connectDatasetGraph(this.dir.toString());
        } catch (Exception e) {
            // The usual cause is a second process (a running `serve`) holding the database lock.
            throw new StoreException("cannot open the TDB2 database in " + this.dir + ": " + e.getMessage()
                    + " (is `untoc-kg serve` running on it? then load through its Fuseki with --endpoint)", e, false);
        }
        // Queries see every named graph through the default graph, as the public contract says.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** The database's directory; empty for a database in memory. */
    public Optional<Path> directory() {
        return Optional.ofNullable(dir);
    }

    /**
     * A fingerprint of the data as it stands on disk; empty in memory. TDB2 writes its indexes copy-on-write and,
     * at every commit that changes one, records the index's new root and limits in a small state file (so does the
     * node table, for its end): any change to the data changes a state file, and the same data read again — a
     * restart, a write that changed nothing — leaves them as they were. The name and file-system identity of the
     * current storage generation tell a compacted or recreated database from the old one. Reads a dozen files of
     * 24 bytes each, no transaction.
     */
    public Optional<String> onDiskState() {
        if (dir == null) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            Optional<Path> generation = entries.filter(p -> p.getFileName().toString().matches("Data-\\d+"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
            if (generation.isEmpty()) {
                return Optional.empty();
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            BasicFileAttributes attributes = Files.readAttributes(generation.get(), BasicFileAttributes.class);
            content.writeBytes((generation.get().getFileName() + "|" + attributes.fileKey() + "|" + attributes.creationTime())
                    .getBytes(StandardCharsets.UTF_8));
            List<Path> states;
            try (Stream<Path> files = Files.list(generation.get())) {
                states = files.filter(p -> p.toString().endsWith(".bpt") || p.toString().endsWith(".bdf")).sorted().toList();
            }
            for (Path state : states) {
                content.writeBytes(state.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                content.writeBytes(Files.readAllBytes(state));
            }
            return Optional.of(Sha256.hex(content.toByteArray(), 16));
        } catch (IOException e) {
            // Unknown state: callers keep nothing rather than risk keeping something stale.
            return Optional.empty();
        }
    }

    /** The dataset, for the embedded Fuseki that serves the same database. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    @Override
    public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        Node g = GraphSink.graphNode(graphIri);
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            writer.accept(new GraphSink(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject())));
        });
    }

    /** All the graphs in one write transaction: one commit (journal write and sync) for the whole batch. */
    @Override
    public void replaceGraphs(List<GraphWrite> writes) {
        Txn.executeWrite(dsg, () -> {
            for (GraphWrite w : writes) {
                Node g = GraphSink.graphNode(w.graphIri());
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                w.writer().accept(new GraphSink(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject())));
            }
        });
    }

    @Override
    public boolean batchesAtomically() {
        return true;
    }

    @Override
    public boolean bulkLoads() {
        return true;
    }

    /**
     * Jena's TDB2 bulk loader: it builds the indexes in sorted bulk, several times faster than transactional adds,
     * and leaves no stale blocks to compact. The sequential loader, always: the phased and parallel ones buffer
     * more than a 512 MB heap holds at 14 million quads, and when a quad fails in their data thread the thread
     * feeding them waits for ever.
     */
    @Override
    public void bulkLoad(Consumer<StreamRDF> quads) {
        if (!isEmpty()) {
            throw new IllegalStateException("bulk load into " + describe() + ": the database is not empty");
        }
        MonitorOutput silent = (fmt, args) -> { };
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, silent);
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            quads.accept(stream);
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            reopenEmpty();
            throw e;
        }
    }

    /**
     * After a failed bulk load the transaction is aborted, yet this process's view of the database is not sound:
     * later writes landed in some indexes and not others (Jena 5.6). The database was empty before, so it is
     * opened again from disk, or made afresh in memory.
     */
    private void reopenEmpty() {
        TDBInternal.expel(dsg);
        dsg = dir == null ? DatabaseMgr.createDatasetGraph() : DatabaseMgr.connectDatasetGraph(dir.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @Override
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    @Override
    public List<String> graphs() {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (n.isURI()) {
                    out.add(n.getURI());
                }
            });
            out.sort(null);
            return out;
        });
    }

    @Override
    public <T> T query(Query query, Duration timeout, Function<QueryExecution, T> reader) {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraph target = dsg;
            Query q = query;
            if (query.hasDatasetDescription()) {
                // FROM / FROM NAMED (or the protocol's default-graph-uri / named-graph-uri) pick graphs of this
                // store; the description is then applied here, not again by the engine.
                target = DynamicDatasets.dynamicDataset(DatasetDescription.create(query), dsg, false);
                q = query.cloneQuery();
                q.getGraphURIs().clear();
                q.getNamedGraphURIs().clear();
            }
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(target))
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return reader.apply(qe);
            }
        });
    }

    /** Rewrites the live data into a new generation of the database and deletes the old one (on disk only). */
    @Override
    public void compact() {
        if (dir != null) {
            DatabaseMgr.compact(dsg, true);
        }
    }

    @Override
    public String describe() {
        return dir == null ? "in-memory TDB2 database" : "TDB2 database " + dir;
    }

    @Override
    public void close() {
        // Expel releases the database (and its lock) so the same directory can be reopened in this JVM.
        TDBInternal.expel(dsg);
    }
}
