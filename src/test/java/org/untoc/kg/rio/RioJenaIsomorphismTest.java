package org.untoc.kg.rio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every RDF file of the project is read alike by two independent parsers: RDF4J Rio (through {@link RioImport})
 * and Jena RIOT. Their datasets must be isomorphic, blank nodes included; a file that one rejects must be rejected
 * by the other too (negative fixtures are allowed, disagreement is not).
 */
class RioJenaIsomorphismTest {
    private static final Set<String> EXTENSIONS = Set.of(".ttl", ".trig", ".nq", ".nt");
    private static final List<Path> ROOTS =
            List.of(Path.of("ontology"), Path.of("src/test/resources"), Path.of("src/main/resources"));

    static Stream<Path> rdfFiles() throws IOException {
        Stream<Path> all = Stream.empty();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).filter(RioJenaIsomorphismTest::isRdf).sorted().toList();
            }
            all = Stream.concat(all, files.stream());
        }
        return all;
    }

    private static boolean isRdf(Path p) {
        String name = p.getFileName().toString();
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    @Test
    void findsTheProjectsRdfFiles() throws IOException {
        List<Path> files = rdfFiles().toList();
        assertTrue(files.contains(Path.of("ontology/untoc.ttl")), files.toString());
        assertTrue(files.contains(Path.of("ontology/shapes.ttl")), files.toString());
        assertTrue(files.size() > 20, "found only " + files.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfFiles")
    void rioAndJenaReadTheSameDataset(Path file) {
        DatasetGraph jena = null;
        RuntimeException jenaError = null;
        try {
            jena = jenaRead(file.toString());
        } catch (RuntimeException e) {
            jenaError = e;
        }
        DatasetGraph rio = DatasetGraphFactory.create();
        RuntimeException rioError = null;
        try {
            new RioImport().parse(file, StreamRDFLib.dataset(rio));
        } catch (RuntimeException e) {
            rioError = e;
        }
        if (jenaError != null || rioError != null) {
            if (jenaError == null || rioError == null) {
                fail("only one parser rejects " + file + ": jena=" + jenaError + " rio=" + rioError);
            }
            return;
        }
        assertTrue(IsoMatcher.isomorphic(jena, rio), file + ": Rio and Jena read different datasets");
    }

    @Test
    void blankNodesSurviveTheBridge() {
        Path file = Path.of("src/test/resources/org/untoc/kg/rio/blank-nodes.trig");
        DatasetGraph rio = DatasetGraphFactory.create();
        new RioImport().parse(file, StreamRDFLib.dataset(rio));
        DatasetGraph jena = jenaRead(file.toString());
        assertTrue(IsoMatcher.isomorphic(jena, rio));
        assertFalse(rio.getDefaultGraph().isEmpty());
        assertTrue(rio.listGraphNodes().hasNext(), "named graph kept");
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() {
        Path file = Path.of("src/test/resources/org/untoc/kg/rio/syntax-error.ttl");
        RioImportException e = org.junit.jupiter.api.Assertions.assertThrows(RioImportException.class,
                () -> new RioImport().parse(file, StreamRDFLib.sinkNull()));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.line() == 4, "line " + e.line() + ": " + e.getMessage());
    }

    /** Jena's reading, into a plain (non-transactional) dataset, which logs nothing per triple. */
    static DatasetGraph jenaRead(String file) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFDataMgr.read(d, file);
        return d;
    }
}
