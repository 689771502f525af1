package org.untoc.kg.cli;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.untoc.kg.serve.UntocService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve [--port 8080] [--data ./data]}: the SPARQL service (and, embedded, Fuseki over TDB2). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the knowledge graph over SPARQL; loads the built-in corpus into an empty store.")
class ServeCommand extends StoreCommand {
    @Option(names = "--port", description = "port of the /sparql service (default 8080; 0 = any free port)")
    Integer port;

    @Option(names = "--fuseki-port", description = "port of the embedded Fuseki (default: any free port, printed;"
            + " loopback only)")
    Integer fusekiPort;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "address the service listens on (default 127.0.0.1, this machine only; 0.0.0.0 = every"
                    + " interface, as in Docker)")
    String host;

    @Option(names = "--metrics", description = "serve /metrics (heap, threads, request timings; for `soak`)")
    boolean metrics;

    /** The heap limit above which {@link #warnOnLargeHeap()} speaks: what the README's command sets. */
    static final long SUGGESTED_HEAP = 1L << 30;

    /**
     * Without -Xmx the JVM takes a quarter of the machine's memory, and a hostile query could hold much of it
     * before the memory guard acts; a jar cannot set its own heap, so say how to.
     */
    private void warnOnLargeHeap() {
        long max = Runtime.getRuntime().maxMemory();
        boolean explicit = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize") || a.startsWith("-XX:MaxRAM"));
        if (!explicit && max > SUGGESTED_HEAP) {
            err.printf(java.util.Locale.ROOT, "note: heap limit %.1f GB (the JVM's default, a quarter of this machine's"
                    + " memory); set one with java -Xmx1g -jar untoc-kg.jar serve%n", max / (double) (1L << 30));
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> properties = storeProperties();
        if (port != null) {
            // Micronaut reads -1 as "any free port"; 0 is the usual spelling on a command line.
            properties.put("micronaut.server.port", port == 0 ? -1 : port);
        }
        if (fusekiPort != null) {
            properties.put("untoc.fuseki.port", fusekiPort);
        }
        if (host != null) {
            properties.put("micronaut.server.host", host);
        }
        if (metrics) {
            properties.put("endpoints.metrics.enabled", true);
        }
        warnOnLargeHeap();
        ApplicationContext context = context(properties);
        UntocService service;
        try {
            service = context.getBean(UntocService.class);
            service.start(out, err);
        } catch (RuntimeException e) {
            String message = Main.userMessage(e);
            if (message.contains("Address already in use")) {
                message += " (is another server on port " + (port == null ? "8080" : port) + " or on the Fuseki port?"
                        + " choose others with --port / --fuseki-port)";
            }
            err.println("untoc-kg serve: " + message);
            context.close();
            return Main.FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            context.close();
            stopped.countDown();
        }, "untoc-kg-shutdown"));
        stopped.await();
        return Main.OK;
    }
}
