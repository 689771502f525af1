package org.untoc.kg.rio;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RioImport picks the syntax from the file extension; the same data written by Jena in each syntax reads back equal. */
class RioImportFormatsTest {
    private static final Path SOURCE = Path.of("src/test/resources/org/untoc/kg/rio/blank-nodes.trig");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"data.trig,TRIG", "data.nq,NQUADS", "data.jsonld,JSONLD"})
    void readsDatasetSyntaxes(String name, String lang, @TempDir Path dir) throws IOException {
        DatasetGraph original = jenaRead(SOURCE.toString());
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file)) {
            // Flat TriG: Jena's pretty TriG writer may inline a blank node per graph that the graphs share.
            if (lang.equals("TRIG")) RDFDataMgr.write(os, original, org.apache.jena.riot.RDFFormat.TRIG_FLAT);
            else RDFDataMgr.write(os, original, langOf(lang));
        }
        DatasetGraph read = DatasetGraphFactory.create();
        new RioImport().parse(file, StreamRDFLib.dataset(read));
        assertTrue(IsoMatcher.isomorphic(original, read), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"data.ttl,TURTLE", "data.nt,NTRIPLES", "data.rdf,RDFXML"})
    void readsGraphSyntaxes(String name, String lang, @TempDir Path dir) throws IOException {
        DatasetGraph original = DatasetGraphFactory.create();
        RDFDataMgr.read(original.getDefaultGraph(), Path.of("ontology/untoc.ttl").toString());
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, original.getDefaultGraph(), langOf(lang));
        }
        DatasetGraph read = DatasetGraphFactory.create();
        new RioImport().parse(file, StreamRDFLib.dataset(read));
        assertTrue(IsoMatcher.isomorphic(original.getDefaultGraph(), read.getDefaultGraph()), name);
    }

    @Test
    void anUnknownExtensionIsAClearError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("data.xyz"), "");
        RioImportException e = assertThrows(RioImportException.class,
                () -> new RioImport().parse(file, StreamRDFLib.sinkNull()));
        assertTrue(e.getMessage().contains("data.xyz"), e.getMessage());
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TRIG" -> Lang.TRIG;
            case "NQUADS" -> Lang.NQUADS;
            case "JSONLD" -> Lang.JSONLD;
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "RDFXML" -> Lang.RDFXML;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Jena's reading, into a plain (non-transactional) dataset, which logs nothing per triple. */
    static DatasetGraph jenaRead(String file) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFDataMgr.read(d, file);
        return d;
    }
}
