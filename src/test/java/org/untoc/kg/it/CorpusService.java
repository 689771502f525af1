package org.untoc.kg.it;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.untoc.kg.serve.UntocService;
import org.untoc.kg.store.RemoteStoreConfig;
import org.untoc.kg.store.StandaloneFuseki;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;

/**
 * The whole service, started as {@code serve} starts it — real pipeline, first-start load of the built-in corpus
 * and reference RDF — over a fresh store of the given kind, and an HTTP client for it.
 */
public final class CorpusService implements AutoCloseable {
    private final ApplicationContext context;
    private final String base;
    private final String startupOutput;
    private final HttpClient http = HttpClient.newHttpClient();

    private CorpusService(ApplicationContext context, String base, String startupOutput) {
        this.context = context;
        this.base = base;
        this.startupOutput = startupOutput;
    }

    /** Starts the service over a new empty store of the given kind; the first start loads the corpus. */
    public static CorpusService start(StoreKind kind, TestStores stores) {
        return start(kind, stores, Map.of());
    }

    /** As {@link #start(StoreKind, TestStores)}, with further configuration properties (e.g. a SERVICE allowlist). */
    public static CorpusService start(StoreKind kind, TestStores stores, Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("untoc.fuseki.port", 0);
        p.put("untoc.store.data", stores.tempDir().toString());
        if (kind == StoreKind.EMBEDDED) {
            p.put("untoc.store.mode", "EMBEDDED");
        } else {
            StandaloneFuseki fuseki = stores.fuseki();
            fuseki.clear();
            RemoteStoreConfig c = kind == StoreKind.REMOTE ? fuseki.config() : fuseki.config().withoutGraphStore();
            p.put("untoc.store.mode", "REMOTE");
            p.put("untoc.store.remote.query-url", c.queryUrl());
            p.put("untoc.store.remote.update-url", c.updateUrl());
            if (c.graphStoreUrl() != null) {
                p.put("untoc.store.remote.graph-store-url", c.graphStoreUrl());
            }
            p.put("untoc.store.remote.user", c.user());
            p.put("untoc.store.remote.password", c.password());
        }
        p.putAll(extra);
        ApplicationContext context = ApplicationContext.builder().properties(p).start();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        String sparql = context.getBean(UntocService.class).start(out, out);
        return new CorpusService(context, sparql.substring(0, sparql.length() - "/sparql".length()),
                captured.toString(StandardCharsets.UTF_8));
    }

    /** What the service printed while starting (load progress, the serving URL). */
    public String startupOutput() {
        return startupOutput;
    }

    /** http://127.0.0.1:PORT */
    public String base() {
        return base;
    }

    /** The application context, for beans such as the store. */
    public ApplicationContext context() {
        return context;
    }

    /** GET {@code pathAndQuery} with the given Accept header. */
    public HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    /** A SPARQL query over the protocol (GET), answered in the given media type. */
    public HttpResponse<String> sparql(String query, String accept) {
        return get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.getBean(UntocService.class).stop();
        context.close();
    }
}
