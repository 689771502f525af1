package org.untoc.kg.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.cli.Main;

/**
 * {@code serve} in a JVM of its own (the test class path), so that it can be given a small heap or be killed with
 * SIGKILL; its output is collected as it comes. Ports are free ones; it listens on loopback only.
 */
final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving SPARQL at (http://\\S+/sparql)");

    final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<String> sparql = new CompletableFuture<>();
    private final List<Predicate<String>> watchers = new ArrayList<>();

    ServeProcess(Path data, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", KillDuringLoadTest.classpath(), Main.class.getName(), "serve",
                "--data", data.toString(), "--port", "0", "--fuseki-port", "0"));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.append(line).append('\n');
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        sparql.complete(m.group(1));
                    }
                    synchronized (watchers) {
                        watchers.removeIf(w -> w.test(output.toString()));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            sparql.completeExceptionally(new IllegalStateException("serve ended before serving:\n" + output));
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The /sparql URL once it serves, waiting up to the given time. */
    String awaitServing(long seconds) throws Exception {
        try {
            return sparql.get(seconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("serve did not start in " + seconds + " s:\n" + output, e);
        }
    }

    /** Waits until the output so far contains the text; false on timeout or exit. */
    boolean awaitOutput(String text, long seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (output.indexOf(text) >= 0) {
                return true;
            }
            if (!process.isAlive()) {
                return output.indexOf(text) >= 0;
            }
            Thread.sleep(20);
        }
        return false;
    }

    String output() {
        return output.toString();
    }

    /** SIGKILL: no shutdown hook, no transaction end, no lock release. */
    void kill9() throws Exception {
        new ProcessBuilder("kill", "-9", Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
