package org.untoc.kg.structure;

import org.untoc.kg.pipeline.DefaultDocumentParser;
import org.untoc.kg.pipeline.DocumentParser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document cut anywhere (a truncated download) parses as far as it goes: no error, unique paths, and once the
 * cut leaves its head intact, the same kind and the same blocks as the whole text up to the cut.
 */
class TruncationTest {
    private static final int CUTS = 9;
    private final DocumentParser parser = new DefaultDocumentParser();

    @TempDir
    Path dir;

    static Stream<Arguments> cuts() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/corpus"))) {
            List<Path> corpus = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            return corpus.stream().flatMap(file -> IntStream.rangeClosed(1, CUTS)
                    .mapToObj(i -> Arguments.of(file, i * 10)));
        }
    }

    @ParameterizedTest(name = "{0} cut at {1}%")
    @MethodSource("cuts")
    void parsesAsFarAsItGoes(Path file, int percent) throws Exception {
        List<String> lines = Files.readAllLines(file);
        int keep = Math.max(1, lines.size() * percent / 100);
        Path cut = dir.resolve(file.getFileName());
        Files.writeString(cut, String.join("\n", lines.subList(0, keep)));

        ParsedDocument whole = parser.parse(file);
        ParsedDocument part = parser.parse(cut);

        assertFalse(part.blocks().isEmpty());
        Set<String> paths = new HashSet<>();
        part.blocks().stream().map(Block::path).filter(p -> p != null)
                .forEach(p -> assertEquals(true, paths.add(p), "duplicate path " + p));
        if (percent >= 50) {
            assertEquals(whole.kind(), part.kind());
            // The last two blocks may be cut short or not yet joined with their continuation.
            int n = Math.max(0, part.blocks().size() - 2);
            assertEquals(outline(whole.blocks().subList(0, n)), outline(part.blocks().subList(0, n)));
        }
    }

    private static String outline(List<Block> blocks) {
        return blocks.stream().map(b -> b.type() + "|" + b.path() + "|" + b.label() + "|" + b.verb())
                .collect(Collectors.joining("\n"));
    }
}
