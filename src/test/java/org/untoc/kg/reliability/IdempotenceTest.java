package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.untoc.kg.load.DocumentFiles;
import org.untoc.kg.load.LoadReport;
import org.untoc.kg.load.Loader;
import org.untoc.kg.load.StoreSnapshot;
import org.untoc.kg.pipeline.DocumentPipeline;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;

/** The built-in corpus through the real pipeline, into each kind of store: loads are repeatable and local. */
@ExtendWith(TestStores.class)
class IdempotenceTest {
    private static final Path CORPUS = Path.of("src/main/resources/corpus");
    private final DocumentPipeline pipeline = RealPipeline.create();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void loadingTheCorpusTwiceGivesAnIsomorphicDataset(StoreKind kind, TestStores stores) throws IOException {
        KnowledgeStore store = stores.open(kind);
        Path docs = corpusCopy(stores);

        assertTrue(load(store, docs).allLoaded(), err.toString());
        Map<String, Graph> first = StoreSnapshot.of(store);
        assertTrue(load(store, docs).allLoaded(), err.toString());

        assertEquals(5, first.size(), first.keySet().toString());
        assertTrue(StoreSnapshot.isomorphic(first, StoreSnapshot.of(store)), "the second load changed the dataset");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aChangedDocumentReplacesItsOwnGraphAndOnlyIt(StoreKind kind, TestStores stores) throws IOException {
        KnowledgeStore store = stores.open(kind);
        Path docs = corpusCopy(stores);
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.sorted().toList();
        }
        assertTrue(load(store, docs).allLoaded(), err.toString());
        Map<String, Graph> before = StoreSnapshot.of(store);

        Path changed = docs.resolve(files.get(2).getFileName());
        String graph = pipelineGraph(changed);
        Files.writeString(changed, Files.readString(changed)
                + "\n\nA closing sentence added to the document in a later revision.\n");
        assertTrue(load(store, changed).allLoaded(), err.toString());
        Map<String, Graph> after = StoreSnapshot.of(store);

        assertEquals(before.keySet(), after.keySet());
        for (String g : before.keySet()) {
            if (g.equals(graph)) {
                assertFalse(before.get(g).isIsomorphicWith(after.get(g)), "the changed document's graph changed");
                assertTrue(after.get(g).find().toList().stream().anyMatch(t -> t.getObject().isLiteral()
                        && t.getObject().getLiteralLexicalForm().contains("later revision")));
            } else {
                assertTrue(before.get(g).isIsomorphicWith(after.get(g)), "untouched: " + g);
            }
        }
    }

    /** The five corpus texts (not the folder's README) in a folder of their own. */
    private static Path corpusCopy(TestStores stores) throws IOException {
        Path docs = stores.tempDir();
        try (Stream<Path> s = Files.list(CORPUS)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, docs.resolve(f.getFileName()));
            }
        }
        return docs;
    }

    private String pipelineGraph(Path file) {
        try {
            return pipeline.process(file).graphIri();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private LoadReport load(KnowledgeStore store, Path path) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Loader(store, quiet, new PrintStream(err, true, StandardCharsets.UTF_8))
                .load(DocumentFiles.collect(List.of(path), pipeline));
    }
}
