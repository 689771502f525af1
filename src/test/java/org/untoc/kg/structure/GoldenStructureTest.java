package org.untoc.kg.structure;

import org.untoc.kg.pipeline.DefaultDocumentParser;
import org.untoc.kg.pipeline.DocumentParser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: each input (the five corpus texts and the fixtures in {@code structure/golden/}) parses to the
 * structure dump stored next to it as {@code NAME.expected}. Run with {@code -Dgolden.update=true} to rewrite the
 * expected files, then review the diff line by line before committing. PDF-extracted inputs also have a
 * {@code NAME.fulltext}: every block's whole text, since their repairs can happen anywhere in a block.
 */
class GoldenStructureTest {
    private static final Path CORPUS = Path.of("src/main/resources/corpus");
    private static final Path GOLDEN = Path.of("src/test/resources/structure/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final DocumentParser parser = new DefaultDocumentParser();

    static Stream<Arguments> inputs() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            corpus.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .forEach(p -> cases.add(Arguments.of(p, GOLDEN.resolve("corpus").resolve(expectedName(p)))));
        }
        try (Stream<Path> fixtures = Files.list(GOLDEN)) {
            fixtures.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".expected") && !p.toString().endsWith(".fulltext")).sorted()
                    .forEach(p -> cases.add(Arguments.of(p, GOLDEN.resolve(expectedName(p)))));
        }
        return cases.stream();
    }

    private static String expectedName(Path input) {
        String name = input.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')) + ".expected";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesToTheExpectedStructure(Path input, Path expected) throws Exception {
        ParsedDocument doc = parser.parse(input);
        String actual = StructureDump.of(doc);
        if (doc.shape() == TextShape.PDF_EXTRACT) {
            // PDF repairs (broken words, hyphens, joined lines) happen anywhere in a block: compare whole texts too.
            compare(input, fullTextFile(expected), fullText(doc));
        }
        compare(input, expected, actual);
    }

    private static Path fullTextFile(Path expected) {
        String name = expected.getFileName().toString();
        return expected.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".fulltext");
    }

    private static String fullText(ParsedDocument doc) {
        StringBuilder out = new StringBuilder();
        doc.blocks().forEach(b -> out.append(b.path()).append('|').append(b.text()).append('\n'));
        doc.footnotes().values().forEach(f -> out.append("footnote ").append(f.marker()).append('|')
                .append(f.text()).append('\n'));
        return out.toString();
    }

    private static void compare(Path input, Path expected, String actual) throws IOException {
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), "missing " + expected + " (run with -Dgolden.update=true and review it)");
        String want = Files.readString(expected, StandardCharsets.UTF_8);
        if (!want.equals(actual)) {
            fail(input + ": " + firstDifference(want, actual));
        }
        assertEquals(want, actual);
    }

    private static String firstDifference(String want, String got) {
        String[] w = want.split("\n", -1);
        String[] g = got.split("\n", -1);
        for (int i = 0; i < Math.max(w.length, g.length); i++) {
            String a = i < w.length ? w[i] : "<end>";
            String b = i < g.length ? g[i] : "<end>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + "\n expected: " + a + "\n   actual: " + b;
            }
        }
        return "no line differs";
    }
}
