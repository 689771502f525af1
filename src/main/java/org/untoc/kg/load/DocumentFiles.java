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
                files.addAll(walk(root, unlisted, pipeline, maxBytes));
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

    private static List<Path> walk(Path root, List<DocumentSource> unlisted, DocumentPipeline pipeline,
            long maxBytes) {
        List<Path> found = new ArrayList<>();
        Path realRoot = realPath(root);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // Links, FIFOs and devices too: reading them fails with a message naming them.
                    if (!isKnownKind(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String outside = attrs.isSymbolicLink() ? leavesTheFolder(file, realRoot) : null;
                    if (outside != null) {
                        unlisted.add(failing(file, outside));
                    } else {
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

    /**
     * Why a symbolic link found in a folder is not followed, or null when it may be: a link that leads out of
     * the folder given (notes.txt → /etc/passwd) would load that file into a public graph. A link that stays
     * inside the folder is followed; a dangling link or a loop is left to the reading, which names it.
     */
    static String leavesTheFolder(Path link, Path realRoot) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            return null;
        }
        if (realRoot != null && target.startsWith(realRoot)) {
            return null;
        }
        return "symbolic link not followed: it leads out of the folder given, to " + target
                + " (name the file itself to load it)";
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return null;
        }
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
            if (isLoop(file)) {
                throw new DocumentException(file, "cannot read file: symbolic link loop (" + file.getFileName()
                        + " → " + readLink(file) + " leads back to itself)");
            }
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
            throw tooLarge(file, megabytes(size), maxBytes);
        }
        // The reported size can be wrong (files under /proc say 0 and have content, a file can grow): count the
        // bytes themselves, reading no more than one buffer past the limit.
        try (var in = Files.newInputStream(file)) {
            long read = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int n; read <= maxBytes && (n = in.read(buffer)) > 0; ) {
                read += n;
            }
            if (read > maxBytes) {
                throw tooLarge(file, "more than " + megabytes(maxBytes) + " (its reported size was "
                        + megabytes(size) + ")", maxBytes);
            }
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read file: " + describe(e), e);
        }
    }

    private static DocumentException tooLarge(Path file, String size, long maxBytes) {
        return new DocumentException(file, "file too large: " + size + " is over the load limit of "
                + megabytes(maxBytes) + " (raise it with --max-file-size)");
    }

    /** True when following the link comes back to a link already passed (the system's ELOOP). */
    private static boolean isLoop(Path link) {
        try {
            link.toRealPath();
            return false;
        } catch (java.nio.file.FileSystemException e) {
            String reason = e.getReason();
            return reason != null && reason.toLowerCase(Locale.ROOT).contains("too many levels of symbolic links");
        } catch (IOException e) {
            return false;
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

    /** The reason an I/O operation failed, in words: the exception's own message is often just the path. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (the user running the loader may not read it)";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it no longer exists";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
