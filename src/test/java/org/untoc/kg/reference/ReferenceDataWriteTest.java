package org.untoc.kg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regeneration command writes every dataset as Turtle that reads back to the same graph, byte-stable. */
class ReferenceDataWriteTest {
    @Test
    void writesEveryDatasetReadablyAndDeterministically(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        ReferenceData.main(new String[] {"ontology/sources", first.toString()});
        ReferenceData.main(new String[] {"ontology/sources", second.toString()});
        for (ReferenceDataset d : ReferenceData.DATASETS) {
            Path written = first.resolve(d.fileName());
            Graph read = RDFDataMgr.loadGraph(written.toString());
            assertTrue(read.isIsomorphicWith(d.generate(Path.of("ontology/sources")).getGraph()), d.fileName());
            assertEquals(Files.readString(written), Files.readString(second.resolve(d.fileName())),
                    d.fileName() + " is not written the same way twice");
        }
    }
}
