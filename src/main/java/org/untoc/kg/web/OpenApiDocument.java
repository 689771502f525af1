package org.untoc.kg.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.untoc.kg.query.NamedQuery;
import org.untoc.kg.query.NamedQueryCatalog;
import org.untoc.kg.query.QueryParameter;

/** The OpenAPI 3 description of the query API, generated from the named queries' headers. */
public final class OpenApiDocument {
    private final NamedQueryCatalog catalog;
    private final String version;

    public OpenApiDocument(NamedQueryCatalog catalog, String version) {
        this.catalog = catalog;
        this.version = version;
    }

    /** The document as JSON text. */
    public String json() {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("openapi", "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", "UNTOC knowledge graph — named queries");
        info.put("version", version);
        info.put("description", "Each path runs one SPARQL query from queries/*.rq with its parameters bound by "
                + "substitution into the parsed query. Results are SPARQL 1.1 results JSON, XML, CSV or TSV, by Accept "
                + "or ?format=, a page at a time with ?limit= and ?offset=. Browsable at /api/docs. /api/lineage answers"
                + " lineage questions from the in-memory lineage index.");
        root.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = root.putObject("paths");

        ObjectNode list = paths.putObject("/api/queries").putObject("get");
        list.put("operationId", "listQueries");
        list.put("summary", "List the named queries with their parameters");
        list.putObject("responses").putObject("200").put("description", "the catalogue")
                .putObject("content").putObject(QueryApi.JSON).putObject("schema").put("type", "array");

        for (NamedQuery q : catalog.all()) {
            ObjectNode get = paths.putObject("/api/queries/" + q.name()).putObject("get");
            get.put("operationId", operationId(q.name()));
            get.put("summary", q.title());
            get.put("description", q.description());
            ArrayNode params = get.putArray("parameters");
            for (QueryParameter p : q.parameters()) {
                ObjectNode po = params.addObject();
                po.put("name", p.name());
                po.put("in", "query");
                po.put("required", p.required());
                po.put("description", p.description());
                ObjectNode schema = po.putObject("schema");
                switch (p.type()) {
                    case IRI -> schema.put("type", "string").put("format", "uri");
                    case INTEGER -> schema.put("type", "integer");
                    case DATE -> schema.put("type", "string").put("format", "date");
                    default -> schema.put("type", "string");
                }
                if (!p.example().isEmpty()) {
                    po.put("example", p.example());
                }
            }
            ObjectNode format = params.addObject();
            format.put("name", "format");
            format.put("in", "query");
            format.put("required", false);
            format.put("description", "result format; overrides the Accept header");
            format.putObject("schema").put("type", "string").putArray("enum").add("json").add("xml").add("csv").add("tsv");
            paging(params);
            ObjectNode responses = get.putObject("responses");
            ObjectNode ok = responses.putObject("200");
            ok.put("description", "the query's results");
            ObjectNode content = ok.putObject("content");
            content.putObject(QueryApi.SPARQL_JSON).putObject("schema").put("type", "object");
            content.putObject(QueryApi.SPARQL_XML).putObject("schema").put("type", "string");
            content.putObject(QueryApi.CSV).putObject("schema").put("type", "string");
            content.putObject(QueryApi.TSV).putObject("schema").put("type", "string");
            responses.putObject("406").put("description", "none of the result formats is acceptable");
            responses.putObject("400").put("description", "a parameter is missing, unknown or malformed");
            responses.putObject("503").put("description", "the query ran out of time");
        }
        readingRoomPaths(paths);
        lineage(paths.putObject("/api/lineage").putObject("get"));
        try {
            return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** /api/lineage: answered from the in-memory lineage index, not a named query. */
    private static void lineage(ObjectNode get) {
        get.put("operationId", "lineage");
        get.put("summary", "Ancestry, descendants, paths and counts of an act, from the lineage index");
        get.put("description", "Walks the work-level citation graph (untoc:citesWork, each edge with its strongest"
                + " verb and the citing text's year) held in memory and rebuilt when the dataset version changes."
                + " Without 'to': the act (first node, role root) and one page of the works it reaches, nearest first,"
                + " with the edges among them and the total. With 'to': the paths from the act to that work. With"
                + " count=true: the counts only.");
        ArrayNode params = get.putArray("parameters");
        param(params, "act", true, "the act (an absolute IRI)", "string", "uri", null)
                .put("example", "https://w3id.org/untoc/id/cop/resolution/11/1");
        param(params, "depth", false, "hops at most (default 2, at most 1000)", "integer", null, null);
        param(params, "direction", false, "up: what the act cites, in turn; down: what cites it; both (default)",
                "string", null, List.of("up", "down", "both"));
        param(params, "verbs", false, "comma-separated verbs an edge must carry (default: every edge): "
                + "reaffirms, endorses, recalls, welcomes, takesNoteOf, cites", "string", null, null);
        param(params, "limit", false, "works (or paths) per page (default 150, at most 100000)", "integer", null, null);
        param(params, "offset", false, "works (or paths) skipped (default 0)", "integer", null, null);
        param(params, "to", false, "the other end: answer the paths from act to it, within depth", "string", "uri", null);
        param(params, "edges", false, "false: the works without the edges among them (default true)", "boolean",
                null, null);
        param(params, "count", false, "true: the counts only (ancestors, descendants, total)", "boolean", null, null);
        param(params, "format", false, "result format; overrides the Accept header", "string", null,
                List.of("json", "csv"));
        ObjectNode responses = get.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", "JSON {act, nodes[{id, label, href, role, depth, date, year, number, title}],"
                + " edges[{source, target, type, year}], truncated, total, offset, limit, paths?}, or with count=true"
                + " {act, ancestors, descendants, total}; CSV one row per work (per path step with 'to')");
        ObjectNode content = ok.putObject("content");
        content.putObject(QueryApi.JSON).putObject("schema").put("type", "object");
        content.putObject(QueryApi.CSV).putObject("schema").put("type", "string");
        responses.putObject("400").put("description", "a parameter is missing, unknown or malformed");
        responses.putObject("404").put("description", "the act (or 'to') is in no triple of the knowledge graph");
        responses.putObject("406").put("description", "neither JSON nor CSV is acceptable");
    }

    private static ObjectNode param(ArrayNode params, String name, boolean required, String description, String type,
            String format, List<String> values) {
        ObjectNode p = params.addObject();
        p.put("name", name);
        p.put("in", "query");
        p.put("required", required);
        p.put("description", description);
        ObjectNode schema = p.putObject("schema").put("type", type);
        if (format != null) {
            schema.put("format", format);
        }
        if (values != null) {
            ArrayNode e = schema.putArray("enum");
            values.forEach(e::add);
        }
        return p;
    }

    /** The page parameters every named query takes. */
    private static void paging(ArrayNode params) {
        ObjectNode limit = params.addObject();
        limit.put("name", "limit");
        limit.put("in", "query");
        limit.put("required", false);
        limit.put("description", "at most this many rows (a page)");
        limit.putObject("schema").put("type", "integer").put("minimum", 1).put("maximum", QueryApi.MAX_LIMIT);
        ObjectNode offset = params.addObject();
        offset.put("name", "offset");
        offset.put("in", "query");
        offset.put("required", false);
        offset.put("description", "skip this many rows first (the next page: offset + limit)");
        offset.putObject("schema").put("type", "integer").put("minimum", 0);
    }

    /** The reading room's JSON routes: full-text search and the recommendation lineage of an act. */
    private static void readingRoomPaths(ObjectNode paths) {
        ObjectNode search = paths.putObject("/api/search").putObject("get");
        search.put("operationId", "search");
        search.put("summary", "Full-text search over titles, headings and paragraph texts");
        search.put("description", "Ranked hits (Lucene BM25, English analysis; titles weigh double), each with the paragraph's "
                + "IRI, the text it belongs to, the link to the paragraph's anchor on that text's page, and its best fragment "
                + "with the matched words marked. The index is rebuilt when the dataset version changes.");
        ArrayNode params = search.putArray("parameters");
        ObjectNode q = params.addObject().put("name", "q").put("in", "query").put("required", true)
                .put("description", "the words to search; Lucene syntax (\"phrase\", AND, -word) is understood");
        q.putObject("schema").put("type", "string");
        q.put("example", "electronic evidence");
        ObjectNode limit = params.addObject().put("name", "limit").put("in", "query").put("required", false)
                .put("description", "hits to return, 1 to 100 (default 20)");
        limit.putObject("schema").put("type", "integer").put("minimum", 1).put("maximum", 100);
        ObjectNode searchResponses = search.putObject("responses");
        searchResponses.putObject("200").put("description", "{query, total, hits: [{iri, kind, score, work, workLabel, label, "
                + "href, text, fragment: [{text, match}]}]}").putObject("content").putObject("application/json")
                .putObject("schema").put("type", "object");
        searchResponses.putObject("400").put("description", "q is missing or cannot be read");

        ObjectNode rec = paths.putObject("/api/recommendation-lineage").putObject("get");
        rec.put("operationId", "recommendationLineage");
        rec.put("summary", "Where the recommendations an act endorses come from");
        rec.put("description", "The annexes (or parts) whose recommendations the act endorses, the meetings that adopted them, "
                + "the reports of those meetings, and the texts holding the same recommendations; edges carry how many "
                + "recommendations they stand for. Drawn by the lineage page's second view.");
        ObjectNode act = rec.putArray("parameters").addObject().put("name", "act").put("in", "query").put("required", true)
                .put("description", "the endorsing act's IRI");
        act.putObject("schema").put("type", "string").put("format", "uri");
        act.put("example", "https://w3id.org/untoc/id/cop/resolution/11/1");
        ObjectNode recResponses = rec.putObject("responses");
        recResponses.putObject("200").put("description", "{nodes: [{id, label, href, role}], edges: [{source, target, type, label}], "
                + "truncated}").putObject("content").putObject("application/json").putObject("schema").put("type", "object");
        recResponses.putObject("400").put("description", "act is missing");
        recResponses.putObject("404").put("description", "no recommendation endorsed by that act is known");
    }

    private static String operationId(String name) {
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return s.toString();
    }
}
