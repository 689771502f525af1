package org.untoc.kg.serve;

import jakarta.inject.Singleton;
import java.io.PrintStream;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.untoc.kg.store.StoreConfig;
import org.untoc.kg.store.Tdb2Store;

/**
 * Fuseki over the embedded TDB2 store, on its own loopback-only port. Queries and graph reads are open; SPARQL
 * Update and Graph Store writes need basic auth with the credentials in the data dir.
 */
@Singleton
public class EmbeddedFuseki implements AutoCloseable {
    private final FusekiConfig config;
    private final StoreConfig storeConfig;
    private FusekiServer server;
    private FusekiCredentials credentials;

    public EmbeddedFuseki(FusekiConfig config, StoreConfig storeConfig) {
        this.config = config;
        this.storeConfig = storeConfig;
    }

    /** Starts Fuseki over the store's dataset and prints where it is and, once, the generated password. */
    public synchronized void start(Tdb2Store store, PrintStream out) {
        if (server != null || !config.enabled()) {
            return;
        }
        credentials = FusekiCredentials.loadOrCreate(storeConfig.data(), config.user());
        AuthPolicy writers = Auth.policyAllowSpecific(credentials.user());
        DataService service = DataService.newBuilder(store.datasetGraph())
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Update, "update", writers)
                .addEndpoint(Operation.GSP_RW, "data", writers)
                .build();
        server = FusekiServer.create()
                .loopback(true)
                .port(config.port())
                // An in-memory user store: a password file would be watched by a Jetty scanner thread that
                // outlives the server (and logs every 5 s once the data folder is gone).
                .securityHandler(JettySecurityLib.makeSecurityHandler("untoc-kg",
                        JettySecurityLib.makeUserStore(credentials.user(), credentials.password()), AuthScheme.BASIC))
                .add("/" + config.dataset(), service)
                .build()
                .start();
        out.println("Fuseki serving the store at " + datasetUrl() + " (query, update, data; loopback only)");
        // The password is never printed (logs and terminals are read by others); the file is owner-only.
        out.println("Fuseki update credentials: user '" + credentials.user() + "', password in " + credentials.file()
                + (credentials.created() ? " (generated now, owner-only)" : " (owner-only)")
                + "; e.g. load --endpoint " + datasetUrl() + " --password-file " + credentials.file());
    }

    /** Base URL of the dataset (…/untoc), or null when not running. */
    public synchronized String datasetUrl() {
        return server == null ? null : "http://127.0.0.1:" + server.getHttpPort() + "/" + config.dataset();
    }

    /** The write credentials, or null before start. */
    public synchronized FusekiCredentials credentials() {
        return credentials;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
