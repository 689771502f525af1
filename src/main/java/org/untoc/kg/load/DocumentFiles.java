package org.untoc.kg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.pipeline.DocumentPipeline;

/** Turns command-line paths (files or folders, searched recursively) into documents to load. */
public final class DocumentFiles {
    /** Text documents the pipeline parses; everything else must be RDF. */
    static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "pdf", "docx", "html", "htm");

    /**
     * Largest file loaded by default. A document is parsed completely in memory before its one transaction (that
     * is what makes the write atomic), and parsing takes several times the file's size; real UN documents are a
     * few MB, so anything far larger is a mistake (a dump, a disk image) rather than a document.
     */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private DocumentFiles() {}

    /** As {@link #collect(List, DocumentPipeline, long)} with the default size limit. */
    public static List<DocumentSource> collect(List<Path> paths, DocumentPipeline pipeline) {
        return collect(paths, pipeline, DEFAULT_MAX_BYTES);
    }

    /**
     * The documents under the given paths, in path order, each path once. A folder contributes the entries it
     * holds whose names are of a known kind — also those that cannot be read (a dangling link, a FIFO, an entry
     * that vanished), so that they are reported rather than silently skipped; a file named explicitly is always
     * a document (an unknown kind then fails with a clear message).
     *
     * @throws IllegalArgumentException when a path does not exist (a usage error)
     */
    public static List<DocumentSource> collect(List<Path> paths, DocumentPipeline pipeline, long maxBytes) {
        Set<Path> files = new LinkedHashSet<>();
        List<DocumentSource> unlisted = new ArrayList<>();
        for (Path root : paths) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException("no such file or folder: " + root);
            }
            if (Files.isDirectory(root)) {
                files.addAll(walk(root, unlisted, pipeline));
            } else {
                files.add(root);
            }
        }
        List<DocumentSource> out = new ArrayList<>();
        // The same file reached twice (a folder and a file in it) is one document.
        Set<Path> seen = new LinkedHashSet<>();
        for (Path file : files) {
            if (seen.add(file.toAbsolutePath().normalize())) {
                out.add(source(file, pipeline, maxBytes));
            }
        }
        out.addAll(unlisted);
        return out;
    }

    private static List<Path> walk(Path root, List<DocumentSource> unlisted, DocumentPipeline pipeline) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // Links, FIFOs and devices too: reading them fails with a message naming them.
                    if (isKnownKind(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unlisted.add(failing(file, "cannot list: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        found.sort(null);
        return found;
    }

    static boolean isKnownKind(Path file) {
        String name = file.getFileName().toString();
        return TEXT_EXTENSIONS.contains(extension(name)) || RdfDocument.isRdf(name);
    }

    private static DocumentSource source(Path file, DocumentPipeline pipeline, long maxBytes) {
        return new DocumentSource() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public DocumentGraph read() throws DocumentException {
                checkReadable(file, maxBytes);
                String name = file.getFileName().toString();
                if (TEXT_EXTENSIONS.contains(extension(name))) {
                    return pipeline.process(file);
                }
                if (RdfDocument.isRdf(name)) {
                    return RdfDocument.parse(file, RdfDocument.fileGraph(file));
                }
                throw new DocumentException(file, "unsupported file type (expected .txt, .md, .pdf, .docx, .html, .htm or an RDF"
                        + " syntax such as .ttl, .nt, .rdf, .jsonld, .trig, .nq)");
            }
        };
    }

    /**
     * Refuses what no reader should open: a FIFO would block the load for ever, a device or an oversized file
     * would exhaust memory, a dangling link or a vanished file has nothing to read.
     */
    static void checkReadable(Path file, long maxBytes) throws DocumentException {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new DocumentException(file, "cannot read file: dangling symbolic link (its target "
                    + readLink(file) + " does not exist)");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new DocumentException(file, "cannot read file: it no longer exists");
        }
        if (Files.isDirectory(file)) {
            throw new DocumentException(file, "cannot read file: it is a folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new DocumentException(file, "cannot read file: not a regular file (a FIFO, socket or device)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read file: " + describe(e), e);
        }
        if (size > maxBytes) {
            throw new DocumentException(file, "file too large: " + megabytes(size) + " is over the load limit of "
                    + megabytes(maxBytes) + " (raise it with --max-file-size)");
        }
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static DocumentSource failing(Path file, String message) {
        return new DocumentSource() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public DocumentGraph read() throws DocumentException {
                throw new DocumentException(file, message);
            }
        };
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
