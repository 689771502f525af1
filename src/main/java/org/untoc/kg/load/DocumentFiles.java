package org.untoc.kg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.pipeline.DocumentPipeline;

/** Turns command-line paths (files or folders, searched recursively) into documents to load. */
public final class DocumentFiles {
    /** Text documents the pipeline parses; everything else must be RDF. */
    static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "pdf", "docx");

    private DocumentFiles() {}

    /**
     * The documents under the given paths, in path order. A folder contributes the files it holds of a known
     * kind; a file named explicitly is always a document (an unknown kind then fails with a clear message).
     *
     * @throws IllegalArgumentException when a path does not exist (a usage error)
     */
    public static List<DocumentSource> collect(List<Path> paths, DocumentPipeline pipeline) {
        List<DocumentSource> out = new ArrayList<>();
        for (Path root : paths) {
            if (!Files.exists(root)) {
                throw new IllegalArgumentException("no such file or folder: " + root);
            }
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(DocumentFiles::isKnownKind).sorted()
                            .forEach(f -> out.add(source(f, pipeline)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + root, e);
                }
            } else {
                out.add(source(root, pipeline));
            }
        }
        return out;
    }

    static boolean isKnownKind(Path file) {
        String name = file.getFileName().toString();
        return TEXT_EXTENSIONS.contains(extension(name)) || RdfDocument.rdfLang(name) != null;
    }

    private static DocumentSource source(Path file, DocumentPipeline pipeline) {
        return new DocumentSource() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public DocumentGraph read() throws DocumentException {
                String name = file.getFileName().toString();
                if (TEXT_EXTENSIONS.contains(extension(name))) {
                    return pipeline.process(file);
                }
                if (RdfDocument.rdfLang(name) != null) {
                    return RdfDocument.parse(file, RdfDocument.fileGraph(file));
                }
                throw new DocumentException(file, "unsupported file type (expected .txt, .md, .pdf, .docx or an RDF"
                        + " syntax such as .ttl, .nt, .rdf, .jsonld, .trig, .nq)");
            }
        };
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
