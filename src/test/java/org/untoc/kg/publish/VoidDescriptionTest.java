package org.untoc.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** The VoID model itself, without a service: dump links and formats, counts, subsets. */
class VoidDescriptionTest {
    private static final String VOID = VoidDescription.VOID;

    @Test
    void dumpLinksNameTheFilesAndTheirFormatsAndSubsetsNameTheirGraphs() {
        DatasetStatistics stats = new DatasetStatistics(Map.of("https://w3id.org/untoc/graph/a", 3L,
                "https://w3id.org/untoc/graph/b", 2L), 4, "0123456789abcdef");
        Model v = VoidDescription.build(stats, "http://localhost:8080", DatasetDumps.MEDIA_TYPES,
                Instant.parse("2026-01-02T03:04:05Z"), "untoc-kg");
        Resource ds = v.getResource(VoidDescription.DATASET);
        Map<String, String> dumps = v.listObjectsOfProperty(ds, v.createProperty(VOID, "dataDump")).toList().stream()
                .collect(Collectors.toMap(n -> n.asResource().getURI(),
                        n -> n.asResource().getProperty(DCTerms.format).getString()));
        assertEquals(Map.of("http://localhost:8080/dumps/untoc-kg.nq.gz", "application/n-quads",
                "http://localhost:8080/dumps/untoc-kg.trig.gz", "application/trig"), dumps);
        assertEquals(4, ds.getProperty(v.createProperty(VOID, "triples")).getLong(), "distinct triples of the union");
        assertEquals("2026-01-02T03:04:05Z", ds.getProperty(DCTerms.modified).getString());
        Set<String> graphs = v.listObjectsOfProperty(ds, v.createProperty(VOID, "subset")).toList().stream()
                .map(n -> n.asResource().getPropertyResourceValue(v.createProperty(ServiceDescription.SD, "name")).getURI()
                        + " " + n.asResource().getProperty(v.createProperty(VOID, "triples")).getLong())
                .collect(Collectors.toSet());
        assertEquals(Set.of("https://w3id.org/untoc/graph/a 3", "https://w3id.org/untoc/graph/b 2"), graphs);
        assertFalse(v.contains(null, v.createProperty(VOID, "graphs")), "void:graphs is not a VoID term");
    }
}
