package org.untoc.kg.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.bench.CorpusGenerator;
import org.untoc.kg.lineage.LineageIndex.Direction;
import org.untoc.kg.lineage.LineageIndex.Origin;
import org.untoc.kg.load.DocumentFiles;
import org.untoc.kg.load.LoadReport;
import org.untoc.kg.load.Loader;
import org.untoc.kg.pipeline.PipelineFactory;
import org.untoc.kg.serve.DatasetVersion;
import org.untoc.kg.serve.LineageIndexFactory;
import org.untoc.kg.store.Tdb2Store;
import org.untoc.kg.vocab.Untoc;

/**
 * The lineage index kept beside a TDB2 database: a start over the same data reads it back as the same index (every
 * array, fact and walk in the same order), across a restart; any change to the data — a write, a compaction — or a
 * damaged file makes the next start read the store again, never answer from the old file.
 */
class LineageSnapshotTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void aStartOverTheSameDataReadsTheSnapshotAndAnyChangeReadsTheStore() throws IOException {
        Path db = temp.resolve("tdb2");
        Path corpus = temp.resolve("corpus");
        CorpusGenerator.fromBuiltInCorpus().generate(30, 7, corpus);
        Path snapshot = db.resolve(LineageIndexFactory.SNAPSHOT_FILE);

        Tdb2Store store = new Tdb2Store(db);
        load(store, corpus);
        LineageIndex built = start(store);
        assertEquals(Origin.STORE, built.origin(), "no snapshot yet");
        assertTrue(Files.size(snapshot) > 0, "the snapshot is written beside the database");
        assertTrue(built.edgeCount() > 30, "the generated texts cite each other: " + built.edgeCount());

        LineageIndex again = start(store);
        assertEquals(Origin.SNAPSHOT, again.origin(), "the same data: read from the snapshot");
        assertSnapshotOf(built, again);

        store.close();
        store = new Tdb2Store(db);
        LineageIndex afterRestart = start(store);
        assertEquals(Origin.SNAPSHOT, afterRestart.origin(), "a restart over the same data reads the snapshot");
        assertSnapshotOf(built, afterRestart);

        // A new edge written behind the index's back (as an update through Fuseki would): the state moved.
        String citing = built.iri(0);
        String cited = built.iri(built.size() - 1);
        Tdb2Store writable = store;
        Txn.executeWrite(writable.datasetGraph(), () -> writable.datasetGraph().add(NodeFactory.createURI(WorkLineage.GRAPH),
                NodeFactory.createURI(citing), Untoc.citesWork, NodeFactory.createURI(cited)));
        LineageIndex changed = start(store);
        assertEquals(Origin.STORE, changed.origin(), "changed data: read from the store");
        assertTrue(changed.verb(changed.id(citing), changed.id(cited)) != null, "the new edge is in the index");
        assertEquals(Origin.SNAPSHOT, start(store).origin(), "and kept for the next start");

        store.compact();
        assertEquals(Origin.STORE, start(store).origin(), "a compacted database is a new generation");

        Files.write(snapshot, java.util.Arrays.copyOf(Files.readAllBytes(snapshot), (int) Files.size(snapshot) / 2));
        LineageIndex afterDamage = start(store);
        assertEquals(Origin.STORE, afterDamage.origin(), "a damaged snapshot is read from the store again");
        assertSameIndex(changed, afterDamage);
        assertEquals(Origin.SNAPSHOT, start(store).origin(), "and written whole again");

        // One flipped bit in the middle (inside an IRI or an array) is caught by the checksum, not read as data.
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length / 2] ^= 0x04;
        Files.write(snapshot, bytes);
        LineageIndex afterFlip = start(store);
        assertEquals(Origin.STORE, afterFlip.origin(), "a flipped bit is read from the store again");
        assertSameIndex(changed, afterFlip);
        store.close();
    }

    @Test
    void anInMemoryDatabaseKeepsNoSnapshot() {
        Tdb2Store store = Tdb2Store.inMemory();
        assertTrue(store.onDiskState().isEmpty());
        assertEquals(Origin.STORE, start(store).origin());
        assertEquals(Origin.STORE, start(store).origin());
    }

    /** A service start: a new index holder over the store, asked once. */
    private static LineageIndex start(Tdb2Store store) {
        return LineageIndexFactory.indexes(store, LineageIndexFactory.streamed(store, TIMEOUT),
                DatasetVersion.of(store, TIMEOUT, Duration.ZERO)).current();
    }

    /** The same works, facts, edges and walks, compared by IRI (two reads of a store may number works apart). */
    private static void assertSameIndex(LineageIndex expected, LineageIndex actual) {
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.edgeCount(), actual.edgeCount());
        assertNotEquals(0, expected.size());
        for (int node = 0; node < expected.size(); node++) {
            String iri = expected.iri(node);
            int other = actual.id(iri);
            assertEquals(expected.facts(node), actual.facts(other), iri);
            assertEquals(expected.year(node), actual.year(other));
            assertEquals(cited(expected, node), cited(actual, other));
            for (Direction d : Direction.values()) {
                assertEquals(walk(expected, node, d), walk(actual, other, d), d + " from " + iri);
            }
        }
        assertEquals(expected.approximateBytes(), actual.approximateBytes());
    }

    /** A snapshot is the index it was written from, down to the works' numbers and the order of their edges. */
    private static void assertSnapshotOf(LineageIndex built, LineageIndex read) {
        assertSameIndex(built, read);
        for (int node = 0; node < built.size(); node++) {
            assertEquals(built.iri(node), read.iri(node));
            assertEquals(citedInOrder(built, node), citedInOrder(read, node));
        }
    }

    private static List<String> walk(LineageIndex index, int node, Direction d) {
        return index.walk(node, d, Integer.MAX_VALUE, Verb.all()).stream()
                .map(h -> index.iri(h.node()) + " " + h.depth()).toList();
    }

    private static java.util.Set<String> cited(LineageIndex index, int node) {
        return new java.util.TreeSet<>(citedInOrder(index, node));
    }

    private static List<String> citedInOrder(LineageIndex index, int node) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < index.outDegree(node); k++) {
            out.add(index.iri(index.cited(node, k)) + " " + index.citedVerb(node, k));
        }
        return out;
    }

    private static void load(Tdb2Store store, Path corpus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        LoadReport report = new Loader(store, print, print, List.of(new WorkLineage()), Loader.Options.defaults())
                .load(DocumentFiles.collect(List.of(corpus), PipelineFactory.standardPipeline()));
        assertTrue(report.failures().isEmpty(), out.toString(StandardCharsets.UTF_8));
    }
}
