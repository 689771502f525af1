package org.untoc.kg.util;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lists and reads resources under a classpath folder, alike from a build directory and from inside the fat jar
 * (where a folder cannot be listed with {@code getResource} alone).
 */
public final class ClasspathResources {
    private ClasspathResources() {}

    /** A resource found under a folder: its path relative to the folder, e.g. "reference/states.ttl". */
    public record Resource(String folder, String relativePath) {
        /** File name without folders. */
        public String name() {
            int slash = relativePath.lastIndexOf('/');
            return slash < 0 ? relativePath : relativePath.substring(slash + 1);
        }

        /** Full classpath path. */
        public String path() {
            return folder + "/" + relativePath;
        }

        /** Opens the resource; the caller closes the stream. */
        public InputStream open() throws IOException {
            InputStream in = ClasspathResources.class.getClassLoader().getResourceAsStream(path());
            if (in == null) {
                throw new IOException("classpath resource vanished: " + path());
            }
            return in;
        }

        /** The resource as UTF-8 text. */
        public String readString() throws IOException {
            try (InputStream in = open()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** Every resource under {@code folder} (recursively) whose name ends with one of {@code suffixes}, sorted. */
    public static List<Resource> list(String folder, String... suffixes) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        Enumeration<URL> roots = ClasspathResources.class.getClassLoader().getResources(folder);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            try {
                collect(root.toURI(), suffixes, found);
            } catch (URISyntaxException e) {
                throw new IOException("bad classpath URL " + root, e);
            }
        }
        List<Resource> out = new ArrayList<>();
        for (String rel : found) {
            out.add(new Resource(folder, rel));
        }
        return Collections.unmodifiableList(out);
    }

    private static void collect(URI root, String[] suffixes, TreeSet<String> found) throws IOException {
        if ("jar".equals(root.getScheme())) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(root, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(root);
            }
            String inner = root.getSchemeSpecificPart();
            walk(fs.getPath(inner.substring(inner.indexOf("!/") + 1)), suffixes, found);
        } else {
            walk(Paths.get(root), suffixes, found);
        }
    }

    private static void walk(Path dir, String[] suffixes, TreeSet<String> found) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(p -> {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                for (String s : suffixes) {
                    if (rel.endsWith(s)) {
                        found.add(rel);
                        return;
                    }
                }
            });
        }
    }
}
