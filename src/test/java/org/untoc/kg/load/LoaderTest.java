package org.untoc.kg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;

/** The loader against real stores (embedded TDB2 and a standalone Fuseki), with the test pipeline. */
@ExtendWith(TestStores.class)
class LoaderTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void eachDocumentLoadsIntoItsOwnGraphWithProgress(StoreKind kind, TestStores stores) throws IOException {
        KnowledgeStore store = stores.open(kind);
        Path dir = stores.tempDir();
        Path a = write(dir.resolve("a.txt"), "Title A\nline two\n");
        Path b = write(dir.resolve("sub/b.md"), "Title B\n");

        LoadReport report = load(store, List.of(dir));

        assertTrue(report.allLoaded(), err.toString());
        assertEquals(2, report.loaded());
        assertEquals(List.of(TestPipeline.graphOf(a), TestPipeline.graphOf(b)), store.graphs());
        String progress = out.toString(StandardCharsets.UTF_8);
        assertTrue(progress.contains("[1/2] test a … 6 triples"), progress);
        assertTrue(progress.contains("[2/2] test b … 4 triples"), progress);
        assertTrue(progress.contains("loaded 2 of 2 documents, 10 triples"), progress);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aDocumentThatFailsToParseWritesNothingAndTheOthersLoad(StoreKind kind, TestStores stores)
            throws IOException {
        KnowledgeStore store = stores.open(kind);
        Path dir = stores.tempDir();
        Path good = write(dir.resolve("1-good.txt"), "Good\n");
        Path bad = write(dir.resolve("2-bad.txt"), "Bad\nfine\n!FAIL\n");
        Path good2 = write(dir.resolve("3-good.txt"), "Good too\n");

        LoadReport report = load(store, List.of(dir));

        assertFalse(report.allLoaded());
        assertEquals(2, report.loaded());
        assertEquals(List.of(TestPipeline.graphOf(good), TestPipeline.graphOf(good2)), store.graphs());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains(bad + ":3: test pipeline: unparseable line"), errors);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aDocumentThatFailsWhileWritingLeavesItsPreviousGraph(StoreKind kind, TestStores stores)
            throws IOException {
        KnowledgeStore store = stores.open(kind);
        Path dir = stores.tempDir();
        Path doc = write(dir.resolve("doc.txt"), "Version 1\n");
        load(store, List.of(doc));
        Map<String, Graph> before = StoreSnapshot.of(store);

        write(doc, "Version 2\nmore\n!FAIL-ON-WRITE\nlast\n");
        LoadReport report = load(store, List.of(doc));

        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).contains("doc.txt"), report.failures().toString());
        assertTrue(StoreSnapshot.isomorphic(before, StoreSnapshot.of(store)), "old graph must survive");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void loadingTwiceGivesAnIsomorphicDataset(StoreKind kind, TestStores stores) throws IOException {
        KnowledgeStore store = stores.open(kind);
        Path dir = stores.tempDir();
        write(dir.resolve("a.txt"), "A\nx\n");
        write(dir.resolve("b.txt"), "B\ny\n");
        write(dir.resolve("c.ttl"), "@prefix ex: <http://example.org/> . ex:s ex:p [ ex:q 1 ] .\n");

        load(store, List.of(dir));
        Map<String, Graph> first = StoreSnapshot.of(store);
        load(store, List.of(dir));
        Map<String, Graph> second = StoreSnapshot.of(store);

        assertEquals(3, first.size());
        assertTrue(StoreSnapshot.isomorphic(first, second), "second load changed the dataset");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aChangedDocumentReplacesOnlyItsOwnGraph(StoreKind kind, TestStores stores) throws IOException {
        KnowledgeStore store = stores.open(kind);
        Path dir = stores.tempDir();
        Path a = write(dir.resolve("a.txt"), "A\nold line\n");
        Path b = write(dir.resolve("b.txt"), "B\n");
        load(store, List.of(dir));
        Map<String, Graph> before = StoreSnapshot.of(store);

        write(a, "A\nnew line\nanother\n");
        load(store, List.of(a));
        Map<String, Graph> after = StoreSnapshot.of(store);

        String ga = TestPipeline.graphOf(a);
        String gb = TestPipeline.graphOf(b);
        assertTrue(before.get(gb).isIsomorphicWith(after.get(gb)), "b must be untouched");
        assertFalse(before.get(ga).isIsomorphicWith(after.get(ga)));
        assertEquals(8, after.get(ga).size());
        assertFalse(after.get(ga).toString().contains("old line"));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void rdfFilesAreImportedAsTheyAreAndBadRdfNamesFileAndLine(StoreKind kind, TestStores stores)
            throws IOException {
        KnowledgeStore store = stores.open(kind);
        Path dir = stores.tempDir();
        write(dir.resolve("ref.nt"), "<http://example.org/a> <http://example.org/b> \"c\" .\n");
        Path broken = write(dir.resolve("broken.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b .\n");

        LoadReport report = load(store, List.of(dir));

        assertEquals(1, report.loaded());
        assertEquals(List.of("https://w3id.org/untoc/graph/file/ref"), store.graphs());
        assertTrue(report.failures().get(0).startsWith(broken + ":2: RDF syntax error"), report.failures().toString());
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aSyntaxOnlyRioReadsIsImportedThroughRio(StoreKind kind, TestStores stores) throws Exception {
        KnowledgeStore store = stores.open(kind);
        Path brf = stores.tempDir().resolve("thesaurus.brf");
        var vf = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
        try (var out = java.nio.file.Files.newOutputStream(brf)) {
            org.eclipse.rdf4j.rio.Rio.write(java.util.List.of(vf.createStatement(vf.createIRI("http://example.org/t/term"),
                    vf.createIRI("http://www.w3.org/2004/02/skos/core#prefLabel"), vf.createLiteral("extradition", "en"))),
                    out, org.eclipse.rdf4j.rio.RDFFormat.BINARY);
        }

        LoadReport report = load(store, List.of(brf));

        assertEquals(1, report.loaded(), report.failures().toString());
        assertEquals(List.of("https://w3id.org/untoc/graph/file/thesaurus"), store.graphs());
        assertTrue(store.query(org.apache.jena.query.QueryFactory.create(
                "ASK { <http://example.org/t/term> <http://www.w3.org/2004/02/skos/core#prefLabel> \"extradition\"@en }"),
                java.time.Duration.ofSeconds(30), org.apache.jena.query.QueryExecution::execAsk));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void anExplicitFileOfUnknownKindFailsClearly(StoreKind kind, TestStores stores) throws IOException {
        KnowledgeStore store = stores.open(kind);
        Path odd = write(stores.tempDir().resolve("notes.xyz"), "?");

        LoadReport report = load(store, List.of(odd));

        assertEquals(0, report.loaded());
        assertTrue(report.failures().get(0).contains("notes.xyz: unsupported file type"), report.failures().toString());
        assertTrue(store.isEmpty());
    }

    @org.junit.jupiter.api.Test
    void aMissingPathIsAUsageError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocumentFiles.collect(List.of(Path.of("no/such/dir")), new TestPipeline()));
        assertTrue(e.getMessage().contains("no/such/dir"));
    }

    private LoadReport load(KnowledgeStore store, List<Path> paths) {
        return new Loader(store, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .load(DocumentFiles.collect(paths, new TestPipeline()));
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
