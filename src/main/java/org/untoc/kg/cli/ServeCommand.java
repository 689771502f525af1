package org.untoc.kg.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.untoc.kg.serve.UntocService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve [--port 8080] [--data ./data]}: the SPARQL service (and, embedded, Fuseki over TDB2). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the knowledge graph over SPARQL; loads the built-in corpus into an empty store.")
class ServeCommand implements Callable<Integer>, Main.StreamsAware {
    @Option(names = "--port", description = "port of the /sparql service (default 8080; 0 = any free port)")
    Integer port;

    @Option(names = "--fuseki-port", description = "port of the embedded Fuseki (default 3030, loopback only)")
    Integer fusekiPort;

    @Mixin
    StoreOptions store = new StoreOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintStream out = System.out;
    private PrintStream err = System.err;

    @Override
    public void streams(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (store.conflicting()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --data or --endpoint, not both");
        }
        Map<String, Object> properties = store.properties();
        if (port != null) {
            // Micronaut reads -1 as "any free port"; 0 is the usual spelling on a command line.
            properties.put("micronaut.server.port", port == 0 ? -1 : port);
        }
        if (fusekiPort != null) {
            properties.put("untoc.fuseki.port", fusekiPort);
        }
        ApplicationContext context = ApplicationContext.builder().properties(properties).start();
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
