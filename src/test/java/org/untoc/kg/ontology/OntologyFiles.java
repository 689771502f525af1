package org.untoc.kg.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/** The ontology and the checked-in reference data, as files and as one Jena model. */
final class OntologyFiles {
    static final Path ONTOLOGY_DIR = Path.of("ontology");
    static final Path ONTOLOGY = ONTOLOGY_DIR.resolve("untoc.ttl");
    static final Path SHAPES = ONTOLOGY_DIR.resolve("shapes.ttl");
    static final Path REFERENCE_DIR = ONTOLOGY_DIR.resolve("reference");
    static final Path VIOLATIONS_DIR = ONTOLOGY_DIR.resolve("violations");

    private OntologyFiles() {}

    /** Reference data files, sorted so failures are reproducible. */
    static List<Path> referenceFiles() {
        return list(REFERENCE_DIR, ".ttl");
    }

    static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ontology alone. */
    static Model ontology() {
        return RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    /** The ontology merged with every reference data file. */
    static Model ontologyAndReference() {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, ONTOLOGY.toString());
        for (Path p : referenceFiles()) RDFDataMgr.read(m, p.toString());
        return m;
    }
}
