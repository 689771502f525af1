package org.untoc.kg.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.untoc.kg.query.NamedQuery;
import org.untoc.kg.query.NamedQueryCatalog;
import org.untoc.kg.query.QueryParameter;

/**
 * grlc-style REST over the named queries: {@code GET /api/queries} lists them, {@code GET /api/queries/{name}}
 * runs one with its parameters from the query string, answering SPARQL results JSON, XML, CSV or TSV, a page at a
 * time when asked ({@code limit}, {@code offset}).
 */
public final class QueryApi {
    static final String SPARQL_JSON = "application/sparql-results+json";
    static final String CSV = "text/csv";
    static final String JSON = "application/json";
    static final String SPARQL_XML = "application/sparql-results+xml";
    static final String XML = "application/xml";
    static final String TSV = "text/tab-separated-values";
    /** Result formats in the server's order of preference; each is accepted under every media type listed. */
    static final List<String> RESULT_TYPES = List.of(SPARQL_JSON, JSON, SPARQL_XML, XML, CSV, TSV);
    /** {@code ?format=} values → the result format (its canonical media type). */
    static final Map<String, String> FORMATS = Map.of("json", SPARQL_JSON, "xml", SPARQL_XML, "csv", CSV, "tsv", TSV);
    /** Request parameters the API itself reads; a named query cannot declare these. */
    static final List<String> RESERVED = List.of("format", "limit", "offset");
    /** The largest page, so that a page is always a bounded answer. */
    static final long MAX_LIMIT = 10_000;

    private final NamedQueryCatalog catalog;
    private final QueryRunner runner;
    private final Lineage lineage;
    private final ObjectMapper json = new ObjectMapper();

    public QueryApi(NamedQueryCatalog catalog, QueryRunner runner) {
        this(catalog, runner, null);
    }

    /** With {@code lineage}, the ancestry and descendants queries are answered from the lineage index. */
    public QueryApi(NamedQueryCatalog catalog, QueryRunner runner, Lineage lineage) {
        this.catalog = catalog;
        this.runner = runner;
        this.lineage = lineage;
    }

    /** The catalogue: name, title, description, parameters, text, the query bound to its examples, and its API address. */
    public ApiResponse list() {
        ArrayNode out = json.createArrayNode();
        for (NamedQuery q : catalog.all()) {
            ObjectNode o = out.addObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            ArrayNode params = o.putArray("params");
            Map<String, String> examples = new LinkedHashMap<>();
            for (QueryParameter p : q.parameters()) {
                ObjectNode po = params.addObject();
                po.put("name", p.name());
                po.put("type", p.type().name().toLowerCase(java.util.Locale.ROOT));
                po.put("required", p.required());
                po.put("example", p.example());
                po.put("description", p.description());
                if (!p.example().isEmpty()) {
                    examples.put(p.name(), p.example());
                }
            }
            o.put("text", q.text());
            o.put("example", exampleText(q, examples));
            o.put("api", apiPath(q.name(), examples));
        }
        return write(200, out);
    }

    /**
     * Runs a named query. {@code params} are the request's query parameters; {@code format} ({@code json},
     * {@code xml}, {@code csv} or {@code tsv}) wins over {@code accept}.
     */
    public ApiResponse run(String name, Map<String, String> params, String format, String accept) {
        return run(name, params, format, accept, null, null);
    }

    /**
     * As {@link #run(String, Map, String, String)}, one page of the results: at most {@code limit} rows after the
     * first {@code offset} (both optional; a query with its own LIMIT/OFFSET is paged within them).
     */
    public ApiResponse run(String name, Map<String, String> params, String format, String accept, String limit,
                           String offset) {
        Optional<NamedQuery> found = catalog.get(name);
        if (found.isEmpty()) {
            return error(404, "no named query '" + name + "'");
        }
        String type;
        if (format != null && !format.isBlank()) {
            type = FORMATS.get(format.strip().toLowerCase(java.util.Locale.ROOT));
            if (type == null) {
                return error(400, "format must be one of json, xml, csv, tsv");
            }
        } else {
            Optional<Integer> i = ContentNegotiation.chooseMediaType(accept, RESULT_TYPES);
            if (i.isEmpty()) {
                return error(406, "results are available as " + String.join(", ", RESULT_TYPES));
            }
            type = canonical(RESULT_TYPES.get(i.get()));
        }
        Query query;
        try {
            query = found.get().bind(params);
            page(query, number("limit", limit, 1, MAX_LIMIT), number("offset", offset, 0, Long.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
        try {
            if (lineage != null && Lineage.answers(name)) {
                // Same columns, order and page as the query's SPARQL (its text stays the reference, and what /sparql runs).
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                write(out, lineage.namedQuery(name, params.get("act"), query.hasOffset() ? query.getOffset() : 0,
                        query.hasLimit() ? query.getLimit() : Long.MAX_VALUE).orElseThrow(), type);
                return new ApiResponse(200, type.equals(SPARQL_JSON) ? type : type + "; charset=utf-8", out.toByteArray());
            }
            return execute(query, type);
        } catch (QueryCancelledException e) {
            return error(503, "query '" + name + "' ran out of time");
        } catch (QueryRunner.Refused e) {
            return error(e.status(), e.getMessage());
        }
    }

    private static String canonical(String mediaType) {
        return switch (mediaType) {
            case JSON -> SPARQL_JSON;
            case XML -> SPARQL_XML;
            default -> mediaType;
        };
    }

    private static long number(String name, String raw, long min, long max) {
        if (raw == null) {
            return -1;
        }
        try {
            long n = Long.parseLong(raw.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be an integer from " + min + (max == Long.MAX_VALUE ? "" : " to " + max));
    }

    /** Applies a page (-1: not given) inside the query's own LIMIT and OFFSET, if it has them. */
    static void page(Query query, long limit, long offset) {
        long ownOffset = query.hasOffset() ? query.getOffset() : 0;
        long ownLimit = query.hasLimit() ? query.getLimit() : Long.MAX_VALUE;
        if (offset > 0) {
            query.setOffset(ownOffset + offset);
            ownLimit = ownLimit == Long.MAX_VALUE ? ownLimit : Math.max(0, ownLimit - offset);
            if (ownLimit != Long.MAX_VALUE) {
                query.setLimit(ownLimit);
            }
        }
        if (limit > 0) {
            query.setLimit(Math.min(limit, ownLimit));
        }
    }

    private ApiResponse execute(Query query, String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            write(out, runner.select(query), type);
        } else if (query.isAskType()) {
            boolean answer = runner.ask(query);
            switch (type) {
                case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                case SPARQL_XML -> ResultSetFormatter.outputAsXML(out, answer);
                default -> ResultSetFormatter.outputAsJSON(out, answer);
            }
        } else {
            Model m = runner.graph(query);
            RDFDataMgr.write(out, m, Lang.TURTLE);
            return new ApiResponse(200, "text/turtle", out.toByteArray());
        }
        // JSON is UTF-8 by definition (RFC 8259) and takes no charset; the text and XML types are labelled.
        return new ApiResponse(200, type.equals(SPARQL_JSON) ? type : type + "; charset=utf-8", out.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, org.apache.jena.query.ResultSet rs, String type) {
        switch (type) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case SPARQL_XML -> ResultSetFormatter.outputAsXML(out, rs);
            default -> ResultSetFormatter.outputAsJSON(out, rs);
        }
    }

    /** The query text with its example values substituted into the syntax tree, ready to run in the editor. */
    private static String exampleText(NamedQuery q, Map<String, String> examples) {
        try {
            return q.bind(examples).serialize();
        } catch (IllegalArgumentException e) {
            return q.text(); // an optional parameter's example that does not parse: show the query unbound
        }
    }

    static String apiPath(String name, Map<String, String> params) {
        StringBuilder s = new StringBuilder("/api/queries/").append(URLEncoder.encode(name, StandardCharsets.UTF_8));
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            s.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return s.toString();
    }

    ApiResponse error(int status, String message) {
        ObjectNode o = json.createObjectNode();
        o.put("status", status);
        o.put("message", message);
        return write(status, o);
    }

    private ApiResponse write(int status, Object body) {
        try {
            return new ApiResponse(status, JSON, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
