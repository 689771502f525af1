package org.untoc.kg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An external SPARQL 1.1 store. Reads use the SPARQL Protocol; a graph is replaced by ONE Graph Store Protocol
 * PUT of the whole graph (or, without a graph-store URL, one SPARQL Update request), which the store applies
 * atomically, so a failed load never leaves half a graph.
 * Connection failures and 5xx answers are retried with exponential backoff; 401/403 are reported at once.
 *
 * <p>The service asks the default graph and needs it to be the union of the named graphs: {@link
 * #checkDefaultGraph} finds out what the store does, and every query is then sent so that it is answered right
 * ({@link DefaultGraph#prepare}) or refused with the setting to change.
 */
public final class RemoteStore implements KnowledgeStore {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);

    /** A graph written only to find out what the default graph of an empty store is, and dropped at once. */
    static final String PROBE_GRAPH = "urn:untoc:default-graph-probe";

    private final RemoteStoreConfig config;
    private final HttpClient http;
    private final DefaultGraphPolicy policy;
    private final AtomicLong writes = new AtomicLong();
    private volatile DefaultGraph defaultGraph;

    public RemoteStore(RemoteStoreConfig config) {
        this(config, DefaultGraphPolicy.AUTO);
    }

    public RemoteStore(RemoteStoreConfig config, DefaultGraphPolicy policy) {
        if (config.queryUrl() == null || (config.graphStoreUrl() == null && config.updateUrl() == null)) {
            throw new StoreException("remote store needs untoc.store.remote.query-url and graph-store-url (or"
                    + " update-url) — or --endpoint URL of a Fuseki dataset");
        }
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        this.policy = policy;
        this.defaultGraph = policy == DefaultGraphPolicy.ASSUME_UNION ? DefaultGraph.UNION : DefaultGraph.UNKNOWN;
    }

    /** What the store's default graph was found to be ({@link DefaultGraph#UNKNOWN} until it holds a named graph). */
    public DefaultGraph defaultGraph() {
        return defaultGraph;
    }

    /**
     * Asks the store what its default graph is (one ASK each way, and whether Jena's union graph answers), and
     * remembers it. On a store with no named graph yet, and where {@code probeWithWrite}, writes one triple into a
     * probe graph to find out, and drops it again. Called when {@code serve} and {@code load} open the store.
     *
     * @throws DefaultGraphRefusedException when the store is to be refused: its message names the setting to change
     */
    public DefaultGraph checkDefaultGraph(boolean probeWithWrite) {
        if (policy == DefaultGraphPolicy.ASSUME_UNION) return defaultGraph;
        DefaultGraph found = detect();
        if (found == DefaultGraph.UNKNOWN && probeWithWrite) {
            replaceGraph(PROBE_GRAPH, out -> out.triple(Triple.create(NodeFactory.createURI(PROBE_GRAPH + "#s"),
                    NodeFactory.createURI(PROBE_GRAPH + "#p"), NodeFactory.createURI(PROBE_GRAPH + "#o"))));
            try {
                found = detect();
            } finally {
                dropGraph(PROBE_GRAPH);
            }
        }
        return accept(found);
    }

    private DefaultGraph accept(DefaultGraph found) {
        boolean refused = found == DefaultGraph.SEPARATE
                || found == DefaultGraph.SEPARATE_REWRITTEN && policy == DefaultGraphPolicy.REQUIRE_UNION;
        if (refused) {
            throw new DefaultGraphRefusedException(DefaultGraph.refusal(describe(), found == DefaultGraph.SEPARATE_REWRITTEN));
        }
        if (found == DefaultGraph.SEPARATE_REWRITTEN && defaultGraph != found) {
            LOG.warn("{}: the default graph is not the union of the named graphs; each query is sent inside the"
                    + " store's union graph <{}> (set tdb2:unionDefaultGraph true on the store to send them as they"
                    + " are)", describe(), DefaultGraph.JENA_UNION_GRAPH.getURI());
        }
        defaultGraph = found;
        return found;
    }

    /** The ASKs themselves, sent as they are. */
    private DefaultGraph detect() {
        if (!ask(DefaultGraph.HAS_NAMED)) return DefaultGraph.UNKNOWN;
        if (ask(DefaultGraph.NAMED_IN_DEFAULT)) {
            if (ask(DefaultGraph.DEFAULT_OUTSIDE_NAMED)) {
                LOG.info("{}: the default graph is the union of the named graphs, with triples of its own", describe());
            }
            return DefaultGraph.UNION;
        }
        return ask(DefaultGraph.JENA_UNION_GRAPH_ANSWERS) ? DefaultGraph.SEPARATE_REWRITTEN : DefaultGraph.SEPARATE;
    }

    private boolean ask(String query) {
        return send(QueryFactory.create(query), config.requestTimeout(), QueryExecution::execAsk);
    }

    /** Drops a graph: Graph Store Protocol DELETE, or SPARQL Update DROP SILENT GRAPH. */
    private void dropGraph(String graphIri) {
        if (config.graphStoreUrl() != null) {
            URI target = URI.create(config.graphStoreUrl() + (config.graphStoreUrl().contains("?") ? "&" : "?")
                    + "graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
            send(target, "DELETE", "application/n-triples; charset=utf-8", new byte[0]);
        } else {
            send(URI.create(config.updateUrl()), "POST", "application/sparql-update; charset=utf-8",
                    ("DROP SILENT GRAPH <" + graphIri + ">").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        // Serialise everything first: a writer that fails sends nothing.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(buffer, RDFFormat.NTRIPLES);
        out.start();
        writer.accept(new GraphSink(out::triple));
        out.finish();
        byte[] body = buffer.toByteArray();
        if (config.graphStoreUrl() != null) {
            putGraph(graphIri, body);
        } else {
            updateGraph(graphIri, body);
        }
    }

    /** Graph Store Protocol: one PUT of the whole graph; the store swaps it in atomically. */
    private void putGraph(String graphIri, byte[] body) {
        URI target = URI.create(config.graphStoreUrl() + (config.graphStoreUrl().contains("?") ? "&" : "?")
                + "graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
        send(target, "PUT", "application/n-triples; charset=utf-8", body);
    }

    /**
     * For stores without a Graph Store endpoint: ONE SPARQL Update request, drop then insert, which a SPARQL 1.1
     * store executes as a single atomic request. N-Triples lines are valid INSERT DATA content.
     */
    private void updateGraph(String graphIri, byte[] ntriples) {
        String iri = "<" + graphIri + ">";
        String update = "DROP SILENT GRAPH " + iri + " ;\nINSERT DATA { GRAPH " + iri + " {\n"
                + new String(ntriples, StandardCharsets.UTF_8) + "} }\n";
        send(URI.create(config.updateUrl()), "POST", "application/sparql-update; charset=utf-8",
                update.getBytes(StandardCharsets.UTF_8));
    }

    private void send(URI target, String method, String contentType, byte[] body) {
        String what = method + " " + target;
        try {
            withRetry(what, () -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(target)
                        .timeout(config.requestTimeout())
                        .header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
                authorize(request);
                HttpResponse<String> response = send(request.build(), target.toString());
                checkStatus(response.statusCode(), response.body(), what);
                return null;
            });
        } finally {
            // Counted failed or not: a request that timed out may still have been applied by the store.
            writes.incrementAndGet();
        }
    }

    /**
     * How many write requests this store object has sent (each counted once it has ended, applied or failed): a
     * dataset version compares it with the last count it saw to notice this process's own writes at once.
     */
    public long writes() {
        return writes.get();
    }

    @Override
    public boolean isEmpty() {
        Query ask = QueryFactory.create("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
        // Both the default graph and the named graphs, whatever the default graph is: sent as it is.
        return !send(ask, config.requestTimeout(), QueryExecution::execAsk);
    }

    @Override
    public List<String> graphs() {
        Query select = QueryFactory.create("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
        return send(select, config.requestTimeout(), qe -> {
            List<String> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row -> out.add(row.getResource("g").getURI()));
            return out;
        });
    }

    /**
     * Runs the query so that the default graph is the union of the named graphs: as it is over a union store,
     * inside Jena's union graph over a stock Fuseki; refused (with the setting) over a store that has neither.
     * While the store holds no named graph the check is made again (cheap on an empty store).
     */
    @Override
    public <T> T query(Query query, Duration timeout, Function<QueryExecution, T> reader) {
        DefaultGraph mode = defaultGraph;
        if (mode == DefaultGraph.UNKNOWN) mode = accept(detect());
        return send(mode.prepare(query), timeout, reader);
    }

    private <T> T send(Query query, Duration timeout, Function<QueryExecution, T> reader) {
        return withRetry("query " + config.queryUrl(), () -> {
            QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.create()
                    .endpoint(config.queryUrl())
                    .query(query)
                    .httpClient(http)
                    // Fuseki's own limit (whole seconds) stops the work on the server; the client waits a little
                    // longer so that the server's "timed out" answer arrives first.
                    .param("timeout", Long.toString(Math.max(1, (timeout.toMillis() + 999) / 1000)))
                    .timeout(timeout.toMillis() + 2000, TimeUnit.MILLISECONDS);
            String auth = authorization();
            if (auth != null) {
                builder.httpHeader("Authorization", auth);
            }
            try (QueryExecution qe = builder.build()) {
                return reader.apply(qe);
            } catch (QueryCancelledException | StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                throw classify(e, "query " + config.queryUrl());
            }
        });
    }

    @Override
    public String describe() {
        return "SPARQL store " + config.queryUrl();
    }

    @Override
    public void close() {
        // java.net.http.HttpClient on Java 17 has no close; connections die with it.
    }

    private <T> T withRetry(String what, Supplier<T> action) {
        Duration wait = config.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (StoreException e) {
                if (!e.retryable()) {
                    throw e;
                }
                if (attempt > config.retries()) {
                    throw new StoreException(e.getMessage() + " (gave up after " + attempt + " attempts)", e, false);
                }
                LOG.warn("{}; retry {}/{} in {} ms", e.getMessage(), attempt, config.retries(), wait.toMillis());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new StoreException(what + " interrupted", ie, false);
                }
                wait = wait.multipliedBy(2);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new StoreException("cannot connect to " + what + ": connection timed out", e, true);
        } catch (HttpTimeoutException e) {
            // Not retried: the store may still be working on it, and waiting again would only double the delay.
            throw new StoreTimeoutException(what + " timed out after " + config.requestTimeout().toSeconds()
                    + " s: the store did not answer in time", e);
        } catch (IOException e) {
            throw new StoreException("cannot reach " + what + ": " + describeCause(e), e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(what + " interrupted", e, false);
        }
    }

    private static void checkStatus(int status, String body, String what) {
        if (status >= 200 && status < 300) {
            return;
        }
        String detail = body == null ? "" : body.strip();
        if (detail.length() > 300) {
            detail = detail.substring(0, 300) + "…";
        }
        throw statusError(status, what, detail);
    }

    private static StoreException statusError(int status, String what, String detail) {
        if (status == 401) {
            return new StoreException(what + " refused: HTTP 401 Unauthorized — wrong or missing user/password"
                    + " (untoc.store.remote.user / untoc.store.remote.password)");
        }
        if (status == 403) {
            return new StoreException(what + " refused: HTTP 403 Forbidden — this user may not write to the store");
        }
        return new StoreException(what + " failed: HTTP " + status + (detail.isEmpty() ? "" : " " + detail), null,
                status >= 500);
    }

    private static RuntimeException classify(RuntimeException e, String what) {
        int status = -1;
        if (e instanceof QueryExceptionHTTP q) {
            status = q.getStatusCode();
        } else if (e instanceof HttpException h) {
            status = h.getStatusCode();
        }
        if (status == 503 && String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timed out")
                || e instanceof QueryExceptionHTTP q2 && String.valueOf(q2.getResponse()).contains("timed out")) {
            return new StoreTimeoutException(what + " timed out: the store cancelled the query", e);
        }
        if (status > 0) {
            return statusError(status, what, "");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException && !(t instanceof HttpConnectTimeoutException)) {
                return new StoreTimeoutException(what + " timed out: the store did not answer in time", e);
            }
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return new StoreException("cannot reach " + what + ": " + describeCause(t), e, true);
            }
        }
        if (e instanceof HttpException || e instanceof QueryExceptionHTTP) {
            return new StoreException(what + " failed: " + describeCause(e), e, true);
        }
        return e;
    }

    private static String describeCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused (is the store running?)";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : " " + msg);
    }

    private void authorize(HttpRequest.Builder request) {
        String auth = authorization();
        if (auth != null) {
            request.header("Authorization", auth);
        }
    }

    private String authorization() {
        if (config.user() == null || config.user().isBlank()) {
            return null;
        }
        String pair = config.user() + ":" + (config.password() == null ? "" : config.password());
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
