package org.untoc.kg.serve;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreException;
import org.untoc.kg.store.StoreTimeoutException;

/** Answers SPARQL 1.1 Protocol query requests, read-only, within the configured limits. */
@Singleton
public class SparqlQueryService {
    private static final List<ResultFormat> TABULAR =
            List.of(ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV);
    private static final List<ResultFormat> BOOLEAN = List.of(ResultFormat.JSON, ResultFormat.XML,
            ResultFormat.CSV, ResultFormat.TSV);
    private static final List<ResultFormat> GRAPH = List.of(ResultFormat.TURTLE, ResultFormat.JSONLD,
            ResultFormat.NTRIPLES, ResultFormat.RDFXML);

    private final KnowledgeStore store;
    private final SparqlConfig config;
    private final ServicePolicy servicePolicy;
    private final QueryGuard guard;
    private final QuerySlots slots;
    private final MemoryGuard memory;
    private final ResultCache cache;

    public SparqlQueryService(KnowledgeStore store, SparqlConfig config, ServicePolicy servicePolicy,
            QueryGuard guard, QuerySlots slots, MemoryGuard memory, ResultCache cache) {
        this.store = store;
        this.cache = cache;
        this.config = config;
        this.servicePolicy = servicePolicy;
        this.guard = guard;
        this.slots = slots;
        this.memory = memory;
    }

    /** Runs the request's query and serialises the result; throws {@link SparqlException} with a status. */
    public SparqlResponse execute(SparqlRequest request) {
        if (request.update() != null) {
            throw readOnly();
        }
        String text = request.query();
        if (text == null || text.isBlank()) {
            throw new SparqlException(400, "missing query: send ?query=… (GET), a query= form field (POST"
                    + " application/x-www-form-urlencoded) or an application/sparql-query body");
        }
        if (text.length() > config.maxQueryLength()) {
            throw new SparqlException(413, "query too long: " + text.length() + " characters, the limit is "
                    + config.maxQueryLength());
        }
        SparqlResponse repeat = cache.asSent(request);
        if (repeat != null) {
            return repeat;
        }
        Query query = parse(text);
        applyProtocolDataset(query, request);
        servicePolicy.check(query);
        guard.check(query);
        if (ContentNegotiation.isMalformed(request.accept())) {
            throw new SparqlException(400, "malformed Accept header '" + request.accept() + "': no media type in it");
        }
        ResultFormat format = ContentNegotiation.choose(request.accept(), candidates(query))
                .orElseThrow(() -> new SparqlException(406, "cannot produce any of '" + request.accept()
                        + "' for a " + kind(query) + " query; available: " + mediaTypes(candidates(query))));
        ResultCache.Lookup cached = cache.lookup(query, format);
        SparqlResponse hit = cached.cached();
        if (hit != null) {
            cache.remember(request, cached);
            return hit;
        }
        try (QuerySlots.Slot slot = slots.acquire()) {
            SparqlResponse fresh = cached.keep(store.query(query, config.timeout(),
                    qe -> watched(memory, qe, () -> serialise(query, qe, format))));
            cache.remember(request, cached);
            return fresh;
        } catch (QueryCancelledException e) {
            throw new SparqlException(503, "query cancelled: it ran longer than the " + describe(config.timeout())
                    + " timeout");
        } catch (StoreTimeoutException e) {
            throw new SparqlException(503, "query cancelled: it ran longer than the " + describe(config.timeout())
                    + " timeout (" + e.getMessage() + ")");
        } catch (StoreException e) {
            throw new SparqlException(502, "the store failed: " + e.getMessage());
        } catch (QueryException e) {
            throw new SparqlException(400, "query failed: " + e.getMessage());
        }
    }

    /**
     * Runs a query's reading under the memory guard: if the heap ran short while it ran, it is cancelled and
     * answers 503 saying so (not the timeout's message).
     */
    static <T> T watched(MemoryGuard memory, QueryExecution qe, java.util.function.Supplier<T> reading) {
        try (MemoryGuard.Running running = memory.watch(qe)) {
            try {
                return reading.get();
            } catch (QueryCancelledException e) {
                if (running.abortedForMemory()) {
                    throw new SparqlException(503, "query cancelled: the server ran short of memory while it ran"
                            + " (a sort, grouping or result too large); narrow it or add LIMIT");
                }
                throw e;
            }
        }
    }

    private Query parse(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw readOnly();
            }
            throw new SparqlException(400, "query syntax error: " + e.getMessage());
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static SparqlException readOnly() {
        return new SparqlException(403, "this endpoint is read-only: SPARQL Update is refused at /sparql;"
                + " updates go to the store's own update endpoint, with credentials");
    }

    private static void applyProtocolDataset(Query query, SparqlRequest request) {
        // The protocol parameters override FROM / FROM NAMED in the query (SPARQL 1.1 Protocol §2.1.4).
        if (!request.defaultGraphUris().isEmpty() || !request.namedGraphUris().isEmpty()) {
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            request.defaultGraphUris().forEach(query::addGraphURI);
            request.namedGraphUris().forEach(query::addNamedGraphURI);
        }
    }

    private SparqlResponse serialise(Query query, QueryExecution qe, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean truncated = false;
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            List<Binding> rows = new ArrayList<>();
            while (rs.hasNext() && rows.size() < config.maxRows()) {
                rows.add(rs.nextBinding());
            }
            truncated = rs.hasNext();
            List<Var> vars = Var.varList(rs.getResultVars());
            ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(vars, rows.iterator())), format.lang());
        } else if (query.isAskType()) {
            ResultSetMgr.write(out, qe.execAsk(), format.lang());
        } else {
            Iterator<Triple> triples = query.isConstructType() ? qe.execConstructTriples()
                    : qe.execDescribeTriples();
            Graph graph = GraphFactory.createDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            while (triples.hasNext() && graph.size() < config.maxRows()) {
                graph.add(triples.next());
            }
            truncated = triples.hasNext();
            RDFDataMgr.write(out, graph, format.lang());
        }
        return new SparqlResponse(out.toByteArray(), format, truncated);
    }

    private static List<ResultFormat> candidates(Query query) {
        if (query.isSelectType()) {
            return TABULAR;
        }
        return query.isAskType() ? BOOLEAN : GRAPH;
    }

    private static String kind(Query query) {
        return query.queryType().name();
    }

    private static String mediaTypes(List<ResultFormat> formats) {
        return String.join(", ", formats.stream().map(f -> f.mediaTypes().get(0)).toList());
    }

    private static String describe(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
