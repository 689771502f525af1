package org.untoc.kg.reference;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;

/** One file of curated reference data, generated from the source files in {@code ontology/sources/}. */
public interface ReferenceDataset {
    /** The file name under {@code ontology/reference/}, e.g. "states.ttl". */
    String fileName();

    /** Generates the dataset from the source directory; the same sources always give an isomorphic model. */
    Model generate(Path sourcesDir);
}
