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

    @Option(names = "--fuseki-port", description = "port of the embedded Fuseki (default 3030, loopback only)")
    Integer fusekiPort;

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
