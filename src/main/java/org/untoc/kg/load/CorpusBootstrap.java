package org.untoc.kg.load;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.pipeline.DocumentPipeline;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.util.ClasspathResources;
import org.untoc.kg.vocab.Ids;

/**
 * First start: fills an empty store with the reference RDF shipped in the jar (every {@code ontology/**.ttl},
 * each in its graph {@code graph/ontology/{path}}) and the built-in corpus ({@code corpus/*.txt}) parsed by the
 * document pipeline.
 */
@Singleton
public class CorpusBootstrap {
    private final KnowledgeStore store;
    private final DocumentPipeline pipeline;
    private final ClasspathResources resources = new ClasspathResources(CorpusBootstrap.class.getClassLoader());

    private final List<DerivedGraph> derived;

    public CorpusBootstrap(KnowledgeStore store, DocumentPipeline pipeline, List<DerivedGraph> derived) {
        this.store = store;
        this.pipeline = pipeline;
        this.derived = derived;
    }

    /**
     * Loads reference RDF and corpus when the store is empty, or when the first-start load was interrupted
     * (killed before its derived graphs were written); finishes any other interrupted load by computing its
     * derived graphs. Returns the report, or null if nothing was done.
     */
    public LoadReport loadIfEmpty(PrintStream out, PrintStream err) {
        if (!store.isEmpty()) {
            LoadCompletion.State state = LoadCompletion.state(store).orElse(LoadCompletion.State.COMPLETE);
            if (state == LoadCompletion.State.COMPLETE || derived.isEmpty()) {
                return null;
            }
            if (state == LoadCompletion.State.STARTED) {
                err.println("WARNING: the last load into " + store.describe() + " did not finish; computing its"
                        + " derived graphs now. Run that load again to be sure each of its documents is in.");
                new Loader(store, out, err, derived).finishDerived();
                return null;
            }
            out.println("the first-start load into " + store.describe() + " did not finish: loading the reference"
                    + " RDF and the built-in corpus again");
        } else {
            out.println("empty store " + store.describe() + ": loading reference RDF and the built-in corpus");
        }
        List<DocumentSource> sources = new ArrayList<>(ontologySources());
        Path temp = null;
        try {
            temp = Files.createTempDirectory("untoc-corpus");
            sources.addAll(corpusSources(temp, pipeline));
            return new Loader(store, out, err, derived).firstStart().load(sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Graph IRI of a reference RDF resource: {@code ontology/shapes/x.ttl} → {@code graph/ontology/shapes/x}. */
    public static String ontologyGraph(String resourceName) {
        return Ids.graph(RdfDocument.stripExtension(resourceName));
    }

    List<DocumentSource> ontologySources() {
        List<DocumentSource> out = new ArrayList<>();
        for (String name : resources.list("ontology", n -> n.endsWith(".ttl"))) {
            out.add(new DocumentSource() {
                @Override
                public String name() {
                    return "classpath:" + name;
                }

                @Override
                public DocumentGraph read() throws DocumentException {
                    return RdfDocument.parse(resources.read(name), Lang.TURTLE, name, ontologyGraph(name));
                }
            });
        }
        return out;
    }

    private List<DocumentSource> corpusSources(Path temp, DocumentPipeline documentPipeline) throws IOException {
        List<DocumentSource> out = new ArrayList<>();
        for (String name : resources.list("corpus", n -> n.endsWith(".txt"))) {
            // The pipeline reads files; the jar's resources are copied out under their own names first.
            Path file = temp.resolve(name.substring(name.lastIndexOf('/') + 1));
            Files.writeString(file, resources.read(name), StandardCharsets.UTF_8);
            out.add(new DocumentSource() {
                @Override
                public String name() {
                    return "classpath:" + name;
                }

                @Override
                public DocumentGraph read() throws DocumentException {
                    return documentPipeline.process(file);
                }
            });
        }
        return out;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
