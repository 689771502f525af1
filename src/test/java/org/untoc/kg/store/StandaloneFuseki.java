package org.untoc.kg.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A REAL standalone Fuseki (the jena-fuseki-server jar, copied into target/fuseki by the build) run as a separate
 * {@code java -jar} process on a free loopback port, configured by docker/fuseki-config.ttl with basic auth.
 * Started once per test run and stopped at its end (JUnit closes the root-store resource).
 */
public final class StandaloneFuseki implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    public static final String USER = "untoc";
    public static final String PASSWORD = "test-" + Long.toHexString(System.nanoTime());

    private final Process process;
    private final int port;
    private final Path dir;
    private final String dataset;

    private StandaloneFuseki(Process process, int port, Path dir) {
        this(process, port, dir, "untoc");
    }

    private StandaloneFuseki(Process process, int port, Path dir, String dataset) {
        this.process = process;
        this.port = port;
        this.dir = dir;
        this.dataset = dataset;
    }

    /**
     * A STOCK Fuseki as its documentation starts one, {@code fuseki-server --tdb2 --loc DIR --update /ds}: TDB2
     * whose default graph is NOT the union of the named graphs, no authentication (loopback only). With
     * {@code unionSetting}, started with {@code --set tdb:unionDefaultGraph=true}, the setting our refusal
     * message names. The caller closes it.
     */
    public static StandaloneFuseki startStock(boolean unionSetting) {
        try {
            Path dir = Files.createTempDirectory("untoc-fuseki-stock");
            Files.createDirectories(dir.resolve("db"));
            int port = freePort();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx256m", "-jar",
                    fusekiJar().toAbsolutePath().toString(), "--localhost", "--port=" + port));
            if (unionSetting) {
                command.addAll(List.of("--set", "tdb:unionDefaultGraph=true"));
            }
            command.addAll(List.of("--tdb2", "--loc=" + dir.resolve("db"), "--update", "/ds"));
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("fuseki.log").toFile())
                    .start();
            StandaloneFuseki fuseki = new StandaloneFuseki(process, port, dir, "ds");
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            fuseki.awaitReady();
            return fuseki;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a stock Fuseki", e);
        }
    }

    /** Store configuration of a stock Fuseki (no credentials), with short retry waits. */
    public RemoteStoreConfig stockConfig() {
        return RemoteStoreConfig.forDataset(datasetUrl(), null, null)
                .withTiming(Duration.ofSeconds(2), Duration.ofSeconds(30), 2, Duration.ofMillis(50));
    }

    private static Path fusekiJar() {
        Path jar = Path.of(System.getProperty("untoc.fuseki.jar", "target/fuseki/jena-fuseki-server.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests through Maven (generate-test-resources"
                    + " copies it)");
        }
        return jar;
    }

    /** The run's Fuseki, started on first use. */
    public static StandaloneFuseki get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(StandaloneFuseki.class, k -> start(), StandaloneFuseki.class);
    }

    /** Dataset base URL, e.g. http://127.0.0.1:PORT/untoc. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + port + "/" + dataset;
    }

    /** Store configuration with the right credentials and short retry waits. */
    public RemoteStoreConfig config() {
        return RemoteStoreConfig.forDataset(datasetUrl(), USER, PASSWORD)
                .withTiming(Duration.ofSeconds(2), Duration.ofSeconds(30), 2, Duration.ofMillis(50));
    }

    /** Empties the dataset (SPARQL Update DROP ALL, with credentials) so each test starts clean. */
    public void clear() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(datasetUrl() + "/update"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode("DROP ALL",
                            StandardCharsets.UTF_8)))
                    .build();
            int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("DROP ALL answered " + status);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot clear the standalone Fuseki", e);
        }
    }

    private static StandaloneFuseki start() {
        try {
            Path jar = Path.of(System.getProperty("untoc.fuseki.jar", "target/fuseki/jena-fuseki-server.jar"));
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run the tests through Maven (generate-test-resources"
                        + " copies it)");
            }
            Path dir = Files.createTempDirectory("untoc-fuseki");
            Files.copy(Path.of("docker/fuseki-config.ttl"), dir.resolve("fuseki-config.ttl"));
            Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
            int port = freePort();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-jar",
                    jar.toAbsolutePath().toString(), "--config=fuseki-config.ttl", "--localhost",
                    "--port=" + port, "--passwd=passwd", "--auth=basic"))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("fuseki.log").toFile())
                    .start();
            StandaloneFuseki fuseki = new StandaloneFuseki(process, port, dir);
            // If the run is killed before JUnit closes it, do not leave the process behind.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            fuseki.awaitReady();
            return fuseki;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the standalone Fuseki", e);
        }
    }

    private void awaitReady() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ask = URI.create(datasetUrl() + "/query?query=ASK%7B%7D");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("standalone Fuseki exited: " + Files.readString(dir.resolve("fuseki.log")));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("standalone Fuseki did not answer within 90 s; log: " + dir.resolve("fuseki.log"));
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
