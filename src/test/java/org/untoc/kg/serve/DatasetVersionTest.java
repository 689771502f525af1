package org.untoc.kg.serve;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.store.Tdb2Store;

/** The version behind the result cache follows writes, also after a compaction swapped the database's storage. */
class DatasetVersionTest {
    @TempDir
    Path dir;

    @Test
    void writesAfterACompactionStillChangeTheVersion() {
        try (Tdb2Store store = new Tdb2Store(dir.resolve("tdb2"))) {
            DatasetVersion version = DatasetVersion.of(store.datasetGraph());
            write(store, "urn:g:1");
            store.compact();
            String afterCompaction = version.current().tag();
            write(store, "urn:g:2");
            assertNotEquals(afterCompaction, version.current().tag(), "a write after the compaction went unseen");
            String before = version.current().tag();
            write(store, "urn:g:3");
            assertNotEquals(before, version.current().tag());
        }
    }

    private static void write(Tdb2Store store, String graph) {
        store.replaceGraph(graph, sink -> sink.triple(Triple.create(NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createURI(graph))));
    }
}
