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
 * runs one with its parameters from the query string, answering SPARQL results JSON or CSV.
 */
public final class QueryApi {
    static final String SPARQL_JSON = "application/sparql-results+json";
    static final String CSV = "text/csv";
    static final String JSON = "application/json";
    /** Result formats in the server's order of preference. */
    private static final List<String> RESULT_TYPES = List.of(SPARQL_JSON, JSON, CSV);

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
     * Runs a named query. {@code params} are the request's query parameters; {@code format} ({@code json} or
     * {@code csv}) wins over {@code accept}.
     */
    public ApiResponse run(String name, Map<String, String> params, String format, String accept) {
        Optional<NamedQuery> found = catalog.get(name);
        if (found.isEmpty()) {
            return error(404, "no named query '" + name + "'");
        }
        String type;
        if (format != null && !format.isBlank()) {
            type = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "json" -> SPARQL_JSON;
                case "csv" -> CSV;
                default -> null;
            };
            if (type == null) {
                return error(400, "format must be json or csv");
            }
        } else {
            Optional<Integer> i = ContentNegotiation.chooseMediaType(accept, RESULT_TYPES);
            if (i.isEmpty()) {
                return error(406, "results are available as " + String.join(", ", RESULT_TYPES));
            }
            type = RESULT_TYPES.get(i.get()).equals(CSV) ? CSV : SPARQL_JSON;
        }
        Query query;
        try {
            query = found.get().bind(params);
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
        try {
            if (lineage != null && Lineage.answers(name)) {
                // Same columns and order as the query's SPARQL (its text stays the reference, and what /sparql runs).
                return output(lineage.namedQuery(name, params.get("act")).orElseThrow(), type);
            }
            return execute(query, type);
        } catch (QueryCancelledException e) {
            return error(503, "query '" + name + "' ran out of time");
        } catch (QueryRunner.Refused e) {
            return error(e.status(), e.getMessage());
        }
    }

    private static ApiResponse output(org.apache.jena.query.ResultSet rows, String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (type.equals(CSV)) {
            ResultSetFormatter.outputAsCSV(out, rows);
        } else {
            ResultSetFormatter.outputAsJSON(out, rows);
        }
        return new ApiResponse(200, type.equals(CSV) ? CSV + "; charset=utf-8" : SPARQL_JSON, out.toByteArray());
    }

    private ApiResponse execute(Query query, String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            return output(runner.select(query), type);
        } else if (query.isAskType()) {
            boolean answer = runner.ask(query);
            if (type.equals(CSV)) {
                ResultSetFormatter.outputAsCSV(out, answer);
            } else {
                ResultSetFormatter.outputAsJSON(out, answer);
            }
        } else {
            Model m = runner.graph(query);
            RDFDataMgr.write(out, m, Lang.TURTLE);
            return new ApiResponse(200, "text/turtle", out.toByteArray());
        }
        return new ApiResponse(200, type.equals(CSV) ? CSV + "; charset=utf-8" : SPARQL_JSON, out.toByteArray());
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
