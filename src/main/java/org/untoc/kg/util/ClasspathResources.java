package org.untoc.kg.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Lists and reads resources under a classpath folder, from directories (tests, IDE) and from jars (the fat jar)
 * alike: the classloader has no "list" call, so each root that holds the folder is walked.
 */
public final class ClasspathResources {
    private final ClassLoader loader;

    public ClasspathResources(ClassLoader loader) {
        this.loader = loader;
    }

    /** Resource names (e.g. {@code corpus/000_x.txt}) under the folder, recursively, sorted. */
    public TreeSet<String> list(String folder, Predicate<String> accept) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                walk(roots.nextElement(), folder, accept, names);
            }
            // A jar built without directory entries hides the folder from getResources: walk our own jar too.
            URL self = ClasspathResources.class.getProtectionDomain().getCodeSource().getLocation();
            if (self != null && self.getPath().endsWith(".jar")) {
                walk(new URL("jar:" + self + "!/" + folder), folder, accept, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath folder " + folder, e);
        }
        return names;
    }

    /** The text of a resource (UTF-8). */
    public String read(String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + name, e);
        }
    }

    private static void walk(URL root, String folder, Predicate<String> accept, TreeSet<String> names)
            throws IOException {
        URI uri;
        try {
            uri = root.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad classpath URL " + root, e);
        }
        if ("jar".equals(uri.getScheme())) {
            String spec = uri.toString();
            URI jar = URI.create(spec.substring(0, spec.indexOf("!/")));
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(jar, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(jar);
            }
            try {
                Path dir = fs.getPath("/" + folder);
                if (Files.isDirectory(dir)) {
                    collect(dir, dir.getFileSystem().getPath("/"), accept, names);
                }
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        } else if ("file".equals(uri.getScheme())) {
            Path dir = Path.of(uri);
            Path base = dir;
            for (String ignored : folder.split("/")) {
                base = base.getParent();
            }
            collect(dir, base, accept, names);
        }
    }

    private static void collect(Path dir, Path base, Predicate<String> accept, TreeSet<String> names)
            throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .map(n -> n.startsWith("/") ? n.substring(1) : n)
                    .filter(accept)
                    .forEach(names::add);
        }
    }
}
