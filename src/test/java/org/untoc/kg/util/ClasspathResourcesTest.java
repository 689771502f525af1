package org.untoc.kg.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resources are listed from a jar (how the fat jar ships corpus and ontology) and from a folder alike. */
class ClasspathResourcesTest {
    @Test
    void readsResourcesInsideAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("r.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("ontology/a.ttl", "ontology/shapes/b.ttl", "ontology/notes.md",
                    "corpus/x.txt")) {
                out.putNextEntry(new JarEntry(name));
                out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ClasspathResources resources = new ClasspathResources(loader);

            assertEquals("content of ontology/a.ttl", resources.read("ontology/a.ttl"));
        }
    }

    @Test
    void listsResourcesInsideAJarWithDirectoryEntries(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("r.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("ontology/", "ontology/shapes/", "ontology/a.ttl", "ontology/shapes/b.ttl",
                    "ontology/notes.md", "corpus/", "corpus/x.txt")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ClasspathResources resources = new ClasspathResources(loader);
            assertEquals(List.of("ontology/a.ttl", "ontology/shapes/b.ttl"),
                    List.copyOf(resources.list("ontology", n -> n.endsWith(".ttl"))));
            assertEquals(List.of("corpus/x.txt"), List.copyOf(resources.list("corpus", n -> n.endsWith(".txt"))));
        }
    }

    @Test
    void listsTheBuiltInCorpusFromTheBuildOutput() {
        ClasspathResources resources = new ClasspathResources(getClass().getClassLoader());
        var corpus = resources.list("corpus", n -> n.endsWith(".txt"));
        assertEquals(5, corpus.size(), corpus.toString());
        assertTrue(corpus.first().startsWith("corpus/000_"));
    }

    @Test
    void ontologyGraphNamesFollowTheResourcePath() {
        assertEquals("https://w3id.org/untoc/graph/ontology/untoc", org.untoc.kg.load.CorpusBootstrap.ontologyGraph("ontology/untoc.ttl"));
        assertEquals("https://w3id.org/untoc/graph/ontology/shapes/untoc-shapes",
                org.untoc.kg.load.CorpusBootstrap.ontologyGraph("ontology/shapes/untoc-shapes.ttl"));
    }
}
