package org.untoc.kg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checked-in files under {@code ontology/reference/} are exactly what the generators make from
 * {@code ontology/sources/}: regenerate with {@code ReferenceData} after changing a source.
 */
class ReferenceDataUpToDateTest {
    static final Path SOURCES = Path.of("ontology/sources");
    static final Path REFERENCE = Path.of("ontology/reference");
    /** Reference files curated by other packages, not generated here. */
    static final Set<String> NOT_GENERATED_HERE = Set.of("organizations.ttl");

    static Stream<ReferenceDataset> datasets() {
        return ReferenceData.DATASETS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void checkedInFileEqualsAFreshGeneration(ReferenceDataset dataset) {
        Path file = REFERENCE.resolve(dataset.fileName());
        assertTrue(Files.exists(file), file + " is missing; run org.untoc.kg.reference.ReferenceData");
        Graph checkedIn = RDFDataMgr.loadGraph(file.toString());
        Graph fresh = dataset.generate(SOURCES).getGraph();
        if (!checkedIn.isIsomorphicWith(fresh)) {
            Set<String> onlyCheckedIn = difference(checkedIn, fresh);
            Set<String> onlyFresh = difference(fresh, checkedIn);
            assertEquals(onlyFresh, onlyCheckedIn, file + " differs from a fresh generation; run "
                    + "org.untoc.kg.reference.ReferenceData (left: only in a fresh generation)");
        }
    }

    @Test
    void everyFileUnderReferenceIsGeneratedOrCuratedElsewhere() throws IOException {
        Set<String> expected = new TreeSet<>(NOT_GENERATED_HERE);
        ReferenceData.DATASETS.forEach(d -> expected.add(d.fileName()));
        try (Stream<Path> files = Files.list(REFERENCE)) {
            Set<String> unexpected = files.map(p -> p.getFileName().toString())
                    .filter(n -> !expected.contains(n)).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), unexpected, "files under ontology/reference/ that no generator makes");
        }
    }

    private static Set<String> difference(Graph a, Graph b) {
        Set<String> out = new TreeSet<>();
        for (Triple t : a.find().toList()) if (!b.contains(t)) out.add(t.toString());
        return out;
    }
}
