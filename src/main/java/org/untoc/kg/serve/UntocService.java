package org.untoc.kg.serve;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import org.untoc.kg.load.CorpusBootstrap;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;

/** Starts everything {@code serve} runs: first-start load, the embedded Fuseki, then the HTTP server. */
@Singleton
public class UntocService {
    private final KnowledgeStore store;
    private final CorpusBootstrap bootstrap;
    private final EmbeddedFuseki fuseki;
    private final QueryGuard guard;
    private final EmbeddedServer server;

    public UntocService(KnowledgeStore store, CorpusBootstrap bootstrap, EmbeddedFuseki fuseki,
            QueryGuard guard, EmbeddedServer server) {
        this.store = store;
        this.bootstrap = bootstrap;
        this.fuseki = fuseki;
        this.guard = guard;
        this.server = server;
    }

    /** Loads the store if empty, starts Fuseki (embedded mode) and the HTTP server; returns the /sparql URL. */
    public String start(PrintStream out, PrintStream err) {
        bootstrap.loadIfEmpty(out, err);
        if (store instanceof Tdb2Store tdb2) {
            // On the dataset itself, so that every query over it runs guarded: /sparql, pages, Fuseki alike.
            guard.install(tdb2.datasetGraph().getContext());
            fuseki.start(tdb2, out);
        }
        if (!server.isRunning()) {
            server.start();
        }
        String url = "http://127.0.0.1:" + server.getPort() + "/sparql";
        out.println("untoc-kg serving SPARQL at " + url);
        return url;
    }

    /** Stops Fuseki (the HTTP server and store stop with the application context). */
    public void stop() {
        fuseki.close();
    }
}
