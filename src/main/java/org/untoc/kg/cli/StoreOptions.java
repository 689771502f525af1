package org.untoc.kg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Store selection shared by {@code serve} and {@code load}. Each flag maps to a configuration property, so the
 * same settings also come from application.yml or environment variables (UNTOC_STORE_MODE, …).
 */
class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "data directory of the embedded TDB2 store")
    Path data;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "use a remote SPARQL 1.1 store: a Fuseki-style dataset URL (…/ds → /query /update /data)")
    String endpoint;

    @Option(names = "--query-url", paramLabel = "URL", description = "remote store: SPARQL query endpoint")
    String queryUrl;

    @Option(names = "--update-url", paramLabel = "URL", description = "remote store: SPARQL Update endpoint")
    String updateUrl;

    @Option(names = "--graph-store-url", paramLabel = "URL", description = "remote store: Graph Store Protocol endpoint")
    String graphStoreUrl;

    @Option(names = "--user", description = "remote store: basic-auth user")
    String user;

    @Option(names = "--password", description = "remote store: basic-auth password (or UNTOC_STORE_REMOTE_PASSWORD)")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "remote store: a 'user: password' file, e.g. the data dir's fuseki-passwd")
    Path passwordFile;

    /** True when both an embedded and a remote store were asked for. */
    boolean conflicting() {
        return data != null && (endpoint != null || queryUrl != null);
    }

    /** Configuration properties for the flags given. */
    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (data != null) {
            p.put("untoc.store.mode", "EMBEDDED");
            p.put("untoc.store.data", data.toString());
        }
        if (endpoint != null) {
            String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
            p.put("untoc.store.mode", "REMOTE");
            p.put("untoc.store.remote.query-url", base + "/query");
            p.put("untoc.store.remote.update-url", base + "/update");
            p.put("untoc.store.remote.graph-store-url", base + "/data");
        }
        putIfSet(p, "untoc.store.remote.query-url", queryUrl);
        putIfSet(p, "untoc.store.remote.update-url", updateUrl);
        putIfSet(p, "untoc.store.remote.graph-store-url", graphStoreUrl);
        if (queryUrl != null) {
            p.put("untoc.store.mode", "REMOTE");
        }
        if (passwordFile != null) {
            String[] pair = readPasswordFile(passwordFile);
            p.put("untoc.store.remote.user", pair[0]);
            p.put("untoc.store.remote.password", pair[1]);
        }
        putIfSet(p, "untoc.store.remote.user", user);
        putIfSet(p, "untoc.store.remote.password", password);
        return p;
    }

    private static void putIfSet(Map<String, Object> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    private static String[] readPasswordFile(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                    return new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()};
                }
            }
            throw new IllegalArgumentException(file + ": no 'user: password' line");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read password file " + file, e);
        }
    }
}
