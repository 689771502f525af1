package org.untoc.kg.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The bundled front-end under classpath {@code public/} (built by npm at build time into target/classes/public). */
final class StaticAssets {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "map", "application/json", "svg", "image/svg+xml", "png", "image/png", "woff", "font/woff", "woff2", "font/woff2",
            "ttf", "font/ttf");

    private StaticAssets() {}

    /** A file of the bundle, by path under public/; names with anything but plain characters are refused. */
    static Optional<byte[]> read(String folder, String file) {
        if (!SAFE_NAME.matcher(file).matches()) {
            return Optional.empty();
        }
        String path = "public/" + (folder.isEmpty() ? "" : folder + "/") + file;
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read classpath " + path, e);
        }
    }

    static String contentType(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : TYPES.getOrDefault(file.substring(dot + 1), "application/octet-stream");
    }
}
