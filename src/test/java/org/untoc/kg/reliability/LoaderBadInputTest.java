package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.untoc.kg.load.LoadCompletion;
import org.untoc.kg.load.StoreSnapshot;

/**
 * Bad input to {@code load}, through the command line and the real pipeline into TDB2: each bad entry sits next to
 * a good document; the load must name the bad file, write nothing of it, still load the good one, and exit 1.
 */
class LoaderBadInputTest {
    static final Path GOOD = Path.of("src/main/resources/corpus/000_8d79988d579e14f5.txt");

    /** The dataset a load of the good document alone gives. */
    private static Map<String, Graph> goodAlone;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadGoodAlone(@TempDir Path data) {
        Cli cli = Cli.run(List.of("load", "--data", data.toString(), GOOD.toString()));
        assertEquals(0, cli.code(), cli.toString());
        goodAlone = Cli.snapshot(data);
        assertFalse(goodAlone.isEmpty());
    }

    /** One kind of bad entry: how to make it, and what the error must say. */
    enum Bad {
        EMPTY("empty.txt", "empty file") {
            @Override
            void make(Path file) throws IOException {
                Files.write(file, new byte[0]);
            }
        },
        BINARY_WITH_NULS("binary.txt", "binary file") {
            @Override
            void make(Path file) throws IOException {
                Files.write(file, randomBytes(8192, true));
            }
        },
        RANDOM_BYTES_NOT_UTF8("noise.md", "not valid UTF-8") {
            @Override
            void make(Path file) throws IOException {
                Files.write(file, randomBytes(8192, false));
            }
        },
        BINARY_NAMED_PDF("scan.pdf", "PDF") {
            @Override
            void make(Path file) throws IOException {
                byte[] bytes = randomBytes(8192, true);
                System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
                Files.write(file, bytes);
            }
        },
        TRUNCATED_PDF("cut.pdf", "PDF") {
            @Override
            void make(Path file) throws IOException {
                byte[] whole = pdf("Resolution 9/1", "The Conference of the Parties,");
                Files.write(file, Arrays.copyOf(whole, whole.length / 2));
            }
        },
        TRUNCATED_DOCX("cut.docx", ".docx") {
            @Override
            void make(Path file) throws IOException {
                byte[] whole = docx("Resolution 9/1", "The Conference of the Parties,");
                Files.write(file, Arrays.copyOf(whole, whole.length / 2));
            }
        },
        TRUNCATED_TURTLE("cut.ttl", ":2: RDF syntax error") {
            @Override
            void make(Path file) throws IOException {
                Files.writeString(file, "@prefix ex: <http://example.org/> .\nex:a ex:b \"unfinished");
            }
        },
        DANGLING_SYMLINK("gone.txt", "dangling symbolic link") {
            @Override
            void make(Path file) throws IOException {
                Files.createSymbolicLink(file, file.resolveSibling("no-such-target.txt"));
            }
        },
        FIFO("pipe.txt", "not a regular file") {
            @Override
            void make(Path file) throws IOException {
                // Reading a FIFO with no writer blocks for ever: it must be refused before anything opens it.
                try {
                    Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
                    assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        },
        OVER_THE_SIZE_LIMIT("huge.txt", "file too large: 100.0 MB is over the load limit of 50.0 MB") {
            @Override
            void make(Path file) throws IOException {
                writeHundredMegabytes(file);
            }
        };

        final String name;
        final String reason;

        Bad(String name, String reason) {
            this.name = name;
            this.reason = reason;
        }

        abstract void make(Path file) throws IOException;
    }

    @ParameterizedTest
    @EnumSource(Bad.class)
    // A regression on the FIFO case blocks in open(2), which no interrupt ends: fail from another thread instead.
    @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBadEntryIsNamedWritesNothingAndTheGoodDocumentStillLoads(Bad bad) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(GOOD, docs.resolve(GOOD.getFileName()));
        Path file = docs.resolve(bad.name);
        bad.make(file);
        Path data = dir.resolve("data");

        long started = System.nanoTime();
        Cli cli = Cli.run(List.of("load", "--data", data.toString(), docs.toString()));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        assertEquals(1, cli.code(), cli.toString());
        assertTrue(cli.err().contains("FAILED " + file), cli.toString());
        assertTrue(cli.err().contains(bad.reason), cli.toString());
        assertTrue(cli.out().contains("loaded 1 of 2 documents"), cli.toString());
        assertTrue(StoreSnapshot.isomorphic(goodAlone, Cli.snapshot(data)), "exactly the good document: " + cli);
        assertTrue(seconds < 120, "took " + seconds + " s");
    }

    @Test
    void theSizeLimitIsConfigurable() throws IOException {
        Path big = dir.resolve("big.txt");
        // A 2 MB text: under the default limit, over a limit of 1 MB.
        String paragraph = Files.readString(GOOD);
        StringBuilder text = new StringBuilder();
        while (text.length() < 2 * 1024 * 1024) {
            text.append(paragraph).append("\n\n");
        }
        Files.writeString(big, text);

        Cli refused = Cli.run(List.of("load", "--data", dir.resolve("a").toString(), "--max-file-size", "1",
                big.toString()));
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains(big + ": file too large"), refused.toString());
        assertTrue(refused.err().contains("limit of 1.0 MB"), refused.toString());

        Cli loaded = Cli.run(List.of("load", "--data", dir.resolve("b").toString(), big.toString()));
        assertEquals(0, loaded.code(), loaded.toString());

        assertEquals(2, Cli.run(List.of("load", "--data", dir.resolve("c").toString(), "--max-file-size", "0",
                big.toString())).code());
    }

    @Test
    void windows1252TextIsDecodedAndLoaded() throws IOException {
        String text = Files.readString(GOOD).replace("\u00a0", " ")
                + "\n\nThe representative of Côte d’Ivoire spoke on “central authorities”.\n";
        Path legacy = dir.resolve("legacy.txt");
        Files.write(legacy, text.getBytes(Charset.forName("windows-1252")));

        Cli cli = Cli.run(List.of("load", "--data", dir.resolve("data").toString(), legacy.toString()));

        assertEquals(0, cli.code(), cli.toString());
        Map<String, Graph> graphs = Cli.snapshot(dir.resolve("data"));
        assertTrue(graphs.values().stream().anyMatch(g -> g.find().toList().stream()
                .anyMatch(t -> t.getObject().isLiteral()
                        && t.getObject().getLiteralLexicalForm().contains("Côte d’Ivoire spoke on “central"))),
                "the windows-1252 quotes and accents come through as the same characters");
    }

    @Test
    void aTextWithoutRecognisableStructureLoadsAsPlainText() throws IOException {
        Path prose = dir.resolve("prose.txt");
        Files.writeString(prose, "Some notes taken during a coffee break.\n\nNothing here is a resolution, a report"
                + " or a decision; there are no numbered paragraphs.\n");

        Cli cli = Cli.run(List.of("load", "--data", dir.resolve("data").toString(), prose.toString()));

        assertEquals(0, cli.code(), cli.toString());
        Map<String, Graph> graphs = Cli.snapshot(dir.resolve("data"));
        graphs.remove(LoadCompletion.GRAPH); // the record that the load completed
        assertEquals(1, graphs.size(), graphs.keySet().toString());
        assertTrue(graphs.values().iterator().next().find().toList().stream().anyMatch(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().contains("coffee break")), "its text is kept");
    }

    @Test
    void aTruncatedTextLoadsAsFarAsItGoes() throws IOException {
        byte[] whole = Files.readAllBytes(GOOD);
        Path cut = dir.resolve("cut.txt");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

        Cli cli = Cli.run(List.of("load", "--data", dir.resolve("data").toString(), cut.toString()));

        assertEquals(0, cli.code(), cli.toString());
        Map<String, Graph> graphs = Cli.snapshot(dir.resolve("data"));
        assertEquals(goodAlone.keySet(), graphs.keySet(), "the same document, so the same graph");
        assertTrue(graphs.values().iterator().next().size() < goodAlone.values().iterator().next().size());
    }

    @Test
    void aUtf8TextCutInsideACharacterIsStillReadAsUtf8() throws IOException {
        // Fixed bug: the half character at the end made the strict UTF-8 decoder fail and the whole text was then
        // read as windows-1252, turning every ’ and “ into mojibake (â€™).
        byte[] whole = Files.readAllBytes(GOOD);
        int lastLead = whole.length - 1;
        while ((whole[lastLead] & 0xFF) < 0xE0) {
            lastLead--;
        }
        Path cut = dir.resolve("cut-mid-character.txt");
        Files.write(cut, Arrays.copyOf(whole, lastLead + 1));

        Cli cli = Cli.run(List.of("load", "--data", dir.resolve("data").toString(), cut.toString()));

        assertEquals(0, cli.code(), cli.toString());
        List<String> literals = Cli.snapshot(dir.resolve("data")).values().stream()
                .flatMap(g -> g.find().toList().stream()).filter(t -> t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertTrue(literals.stream().anyMatch(l -> l.contains("\u201c") || l.contains("\u2019")), "real quotes kept");
        assertTrue(literals.stream().noneMatch(l -> l.contains("\u00e2\u20ac")), "no mojibake");
    }

    @Test
    void aFileThatVanishesBetweenListingAndReadingIsNamed() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(GOOD, docs.resolve(GOOD.getFileName()));
        Path vanishing = Files.writeString(docs.resolve("vanishing.txt"), "Here now.\n");
        java.util.List<org.untoc.kg.load.DocumentSource> sources =
                org.untoc.kg.load.DocumentFiles.collect(List.of(docs), RealPipeline.create());
        Files.delete(vanishing);
        var err = new java.io.ByteArrayOutputStream();

        org.untoc.kg.load.LoadReport report;
        try (var store = new org.untoc.kg.store.Tdb2Store(dir.resolve("data/tdb2"))) {
            report = new org.untoc.kg.load.Loader(store, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                    new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                    org.untoc.kg.pipeline.PipelineFactory.standardDerivedGraphs()).load(sources);
        }

        assertEquals(1, report.loaded());
        assertEquals(List.of(vanishing + ": cannot read file: it no longer exists"), report.failures());
        assertTrue(StoreSnapshot.isomorphic(goodAlone, Cli.snapshot(dir.resolve("data"))));
    }

    @Test
    void aFolderNamedLikeADocumentIsSearchedNotRead() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs/folder.txt"));
        Files.copy(GOOD, docs.resolve(GOOD.getFileName()));

        Cli cli = Cli.run(List.of("load", "--data", dir.resolve("data").toString(), dir.resolve("docs").toString()));

        assertEquals(0, cli.code(), cli.toString());
        assertTrue(StoreSnapshot.isomorphic(goodAlone, Cli.snapshot(dir.resolve("data"))));
    }

    @Test
    void theSameDocumentTwiceInOneRunIsLoadedOnceAndNoted() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path a = Files.copy(GOOD, docs.resolve("a.txt"));
        Path b = Files.copy(GOOD, docs.resolve("b.txt"));

        // The folder, a file inside it again, and a copy under another name.
        Cli cli = Cli.run(List.of("load", "--data", dir.resolve("data").toString(), docs.toString(), a.toString()));

        assertEquals(0, cli.code(), cli.toString());
        assertTrue(cli.out().contains("loaded 2 of 2 documents"), "a.txt once, b.txt once: " + cli);
        assertTrue(cli.err().contains("note: " + b + " is the same document as " + a), cli.toString());
        // One graph (the graph records its source file's name, so it is b.txt's version that stays).
        assertEquals(goodAlone.keySet(), Cli.snapshot(dir.resolve("data")).keySet());
    }

    @Test
    void theSameDocumentAcrossRunsGivesTheSameDataset() throws IOException {
        Path data = dir.resolve("data");
        assertEquals(0, Cli.run(List.of("load", "--data", data.toString(), GOOD.toString())).code());
        assertEquals(0, Cli.run(List.of("load", "--data", data.toString(), GOOD.toString())).code());
        assertTrue(StoreSnapshot.isomorphic(goodAlone, Cli.snapshot(data)));
    }

    /** A small real PDF with one line per paragraph. */
    static byte[] pdf(String... lines) throws IOException {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var bytes = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(60, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -28);
                }
                content.endText();
            }
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A small real .docx with one paragraph per line. */
    static byte[] docx(String... lines) throws IOException {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var bytes = new java.io.ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    static byte[] randomBytes(int n, boolean withNuls) {
        byte[] bytes = new byte[n];
        new Random(n).nextBytes(bytes);
        if (!withNuls) {
            for (int i = 0; i < n; i++) {
                if (bytes[i] == 0) bytes[i] = 1;
            }
        }
        return bytes;
    }

    /** Exactly 100 MB of plausible text, written in chunks (never held in memory). */
    static void writeHundredMegabytes(Path file) throws IOException {
        byte[] chunk = ("The Conference of the Parties recalls its resolution 9/1 and requests the Secretariat to"
                + " report.\n").repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        long target = 100L * 1024 * 1024;
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < target; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, target - written));
            }
        }
    }
}
