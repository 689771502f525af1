package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in a folder given to {@code load}: one to a file outside it ({@code notes.txt -> /etc/passwd})
 * once loaded that file into a public graph with exit 0. Links out of the folder are not followed, and the load
 * says so; links inside it are; a link loop is called a loop.
 */
class SymlinkLoadTest {
    @TempDir
    Path dir;

    @Test
    void aLinkOutOfTheFolderIsRefusedAndNamed() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(LoaderBadInputTest.GOOD, docs.resolve("good.txt"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Private notes: the password is hunter2.\n");
        Files.createSymbolicLink(docs.resolve("notes.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(docs.resolve("secret.txt"), secret);
        Files.createDirectories(docs.resolve("sub"));
        Files.createSymbolicLink(docs.resolve("sub/good-again.txt"), Path.of("../good.txt"));
        Files.createSymbolicLink(docs.resolve("loop-a.txt"), Path.of("loop-b.txt"));
        Files.createSymbolicLink(docs.resolve("loop-b.txt"), Path.of("loop-a.txt"));
        Path data = dir.resolve("data");

        Cli cli = Cli.run(List.of("load", "--data", data.toString(), docs.toString()));

        assertEquals(1, cli.code(), cli.toString());
        assertTrue(cli.err().contains("FAILED " + docs.resolve("notes.txt")) && cli.err().contains("leads out of the folder"),
                cli.toString());
        assertTrue(cli.err().contains("FAILED " + docs.resolve("secret.txt")), cli.toString());
        assertTrue(cli.err().contains("loop-a.txt") && cli.err().contains("symbolic link loop"), cli.toString());
        assertFalse(cli.err().contains("dangling"), "a loop is not a dangling link: " + cli);
        Map<String, Graph> graphs = Cli.snapshot(data);
        String everything = graphs.values().stream().map(g -> g.find().toList().toString())
                .reduce("", String::concat);
        assertFalse(everything.contains("root:") || everything.contains("hunter2"), "nothing from outside was loaded");
        // the link inside the folder was followed: the good text is in (once, as the same document)
        assertTrue(cli.out().contains("loaded 2 of"), cli.toString());
    }

    @Test
    void aFileNamedOnTheCommandLineIsReadThoughItIsALink() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path link = docs.resolve("chosen.txt");
        Files.createSymbolicLink(link, LoaderBadInputTest.GOOD.toAbsolutePath());
        Cli cli = Cli.run(List.of("load", "--data", dir.resolve("data").toString(), link.toString()));
        assertEquals(0, cli.code(), cli.toString());
    }
}
