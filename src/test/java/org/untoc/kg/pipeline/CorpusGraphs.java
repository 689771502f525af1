package org.untoc.kg.pipeline;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.untoc.kg.pipeline.DefaultDocumentParser;

/**
 * The graphs this package extracts from the built-in corpus, for the golden tests; {@link #main} writes them as
 * Turtle so a changed expectation can be reviewed as a diff (never commit one without reading it).
 */
public final class CorpusGraphs {
    static final Path CORPUS = Path.of("src/main/resources/corpus");
    /** Texts of our own in the styles of the corpus, each with a trap of citation attribution. */
    static final Path FIXTURES = Path.of("src/test/resources/extract/docs");
    static final Path GOLDEN = Path.of("src/test/resources/extract/golden");
    /** Texts of our own in the shapes and wordings of real UN publications (other bodies, compilations, web pages). */
    static final Path SHAPES = Path.of("src/test/resources/shapes/docs");

    private CorpusGraphs() {}

    /** The pipeline under test: the real parser, this package's extractors only. */
    static DocumentPipeline pipeline() {
        return new DefaultDocumentPipeline(new DefaultDocumentParser(), DefaultDocumentPipeline.coreExtractorsAnd(List.of()));
    }

    /** The corpus texts and our own fixtures, by file name. */
    public static List<Path> corpus() throws Exception {
        List<Path> all = new java.util.ArrayList<>();
        try (var s = Files.list(CORPUS)) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(all::add);
        }
        try (var s = Files.list(FIXTURES)) {
            s.sorted().forEach(all::add);
        }
        return all;
    }

    /** The corpus texts, our fixtures and the shape fixtures (which have no golden graph). */
    public static List<Path> allTexts() throws Exception {
        List<Path> all = new java.util.ArrayList<>(corpus());
        try (var s = Files.list(SHAPES)) {
            s.sorted().forEach(all::add);
        }
        return all;
    }

    /** A corpus text or fixture by its file name. */
    public static Path source(String fileName) {
        Path inCorpus = CORPUS.resolve(fileName);
        if (Files.exists(inCorpus)) return inCorpus;
        Path shaped = SHAPES.resolve(fileName);
        return Files.exists(shaped) ? shaped : FIXTURES.resolve(fileName);
    }

    /** The graph {@code pipeline} makes of a file. */
    public static Graph extract(DocumentPipeline pipeline, Path file) throws DocumentException {
        Graph g = GraphFactory.createDefaultGraph();
        pipeline.process(file).emit(StreamRDFLib.graph(g));
        return g;
    }

    /**
     * The graph the whole standard pipeline (every extractor, as {@code load} runs it) makes of a text held in
     * memory: the text is written as {@code dir/fileName} first, and the name's extension picks the reader.
     */
    public static Graph extractText(Path dir, String fileName, String text) throws Exception {
        Path file = dir.resolve(fileName);
        Files.writeString(file, text);
        return extract(PipelineFactory.standardPipeline(), file);
    }

    static Graph extract(Path file) throws DocumentException {
        Graph g = GraphFactory.createDefaultGraph();
        pipeline().process(file).emit(StreamRDFLib.graph(g));
        return g;
    }

    static Path goldenOf(Path file) {
        String name = file.getFileName().toString();
        return GOLDEN.resolve(name.substring(0, name.lastIndexOf('.')) + ".ttl");
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(GOLDEN);
        for (Path file : corpus()) {
            Graph g = extract(file);
            try (OutputStream out = Files.newOutputStream(goldenOf(file))) {
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
            }
            System.out.println(goldenOf(file) + ": " + g.size() + " triples");
        }
    }
}
