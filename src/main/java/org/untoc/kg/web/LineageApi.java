package org.untoc.kg.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.untoc.kg.lineage.LineageIndex.Direction;
import org.untoc.kg.lineage.Verb;

/**
 * {@code GET /api/lineage}: reads the request's parameters, asks {@link Lineage}, answers JSON (the picture's
 * shape) or CSV. Framework-free, like {@link QueryApi}.
 *
 * <p>Parameters: {@code act} (required), {@code depth} (default 2), {@code direction} up|down|both (default
 * both), {@code verbs} (comma-separated: recalls,reaffirms,…; default all), {@code limit} (default 150),
 * {@code offset} (default 0), {@code to} (paths from act to it), {@code count=true} (counts only),
 * {@code edges=false} (the works without the edges among them),
 * {@code format} json|csv (else the Accept header).
 */
public final class LineageApi {
    static final String JSON = "application/json";
    static final String CSV = "text/csv";
    private static final List<String> TYPES = List.of(JSON, CSV);
    /** Deep enough for any chain of texts; bounds the work a request can ask for. */
    static final int MAX_DEPTH = 1000;

    private final Lineage lineage;
    private final QueryApi errors;
    private final ObjectMapper json = new ObjectMapper();

    public LineageApi(Lineage lineage, QueryApi errors) {
        this.lineage = lineage;
        this.errors = errors;
    }

    /** Answers one request; {@code params} holds each query parameter's single value. */
    public ApiResponse answer(Map<String, String> params, String accept) {
        String type;
        String format = params.get("format");
        if (format != null) {
            type = switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> null;
            };
            if (type == null) {
                return errors.error(400, "format must be json or csv");
            }
        } else {
            Optional<Integer> i = ContentNegotiation.chooseMediaType(accept, TYPES);
            if (i.isEmpty()) {
                return errors.error(406, "lineage is available as " + String.join(", ", TYPES));
            }
            type = TYPES.get(i.get());
        }
        for (String name : params.keySet()) {
            if (!List.of("act", "depth", "direction", "verbs", "limit", "offset", "to", "count", "edges", "format").contains(name)) {
                return errors.error(400, "unknown parameter '" + name + "'");
            }
        }
        Lineage.Request request;
        boolean count;
        try {
            String act = iri(params, "act");
            if (act == null) {
                return errors.error(400, "act is required: the IRI of the act whose lineage is asked");
            }
            Direction direction = null;
            String d = params.getOrDefault("direction", "both");
            if (!d.strip().equalsIgnoreCase("both")) {
                direction = Direction.parse(d);
                if (direction == null) {
                    throw new IllegalArgumentException("direction must be up, down or both, not '" + d + "'");
                }
            }
            int depth = integer(params, "depth", Lineage.DEFAULT_DEPTH, 1, MAX_DEPTH);
            int limit = integer(params, "limit", Lineage.DEFAULT_LIMIT, 0, Lineage.MAX_LIMIT);
            int offset = integer(params, "offset", 0, 0, Integer.MAX_VALUE);
            count = bool(params, "count");
            request = new Lineage.Request(act, direction, depth, verbs(params.get("verbs")), limit, offset,
                    iri(params, "to"), !params.containsKey("edges") || bool(params, "edges"));
        } catch (IllegalArgumentException e) {
            return errors.error(400, e.getMessage());
        }
        try {
            if (count) {
                LineageGraph.Counts c = lineage.counts(request);
                return type.equals(CSV) ? csv(counts(c)) : json(c);
            }
            LineageGraph g = request.to() != null ? lineage.paths(request) : lineage.graph(request);
            return type.equals(CSV) ? csv(request.to() != null ? paths(g) : nodes(g)) : json(g);
        } catch (Lineage.NotFound e) {
            return errors.error(404, e.getMessage());
        } catch (QueryRunner.Refused e) {
            return errors.error(e.status(), e.getMessage());
        }
    }

    private static String iri(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null) {
            return null;
        }
        if (!PublicBase.isWebIri(v)) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) IRI");
        }
        return v;
    }

    private static int integer(Map<String, String> params, String name, int fallback, int min, int max) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int i = Integer.parseInt(v.strip());
            if (i < min || i > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + i);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
        }
    }

    private static boolean bool(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null) {
            return false;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + v + "'");
        };
    }

    private static int verbs(String list) {
        if (list == null || list.isBlank()) {
            return Verb.all();
        }
        int bits = 0;
        for (String name : list.split(",")) {
            Verb v = Verb.parse(name);
            if (v == null) {
                List<String> known = new ArrayList<>();
                for (Verb k : Verb.values()) {
                    known.add(k.localName());
                }
                throw new IllegalArgumentException("unknown verb '" + name.strip() + "'; verbs are " + String.join(", ", known));
            }
            bits |= 1 << v.ordinal();
        }
        return bits;
    }

    private ApiResponse json(Object body) {
        try {
            return new ApiResponse(200, JSON, json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiResponse csv(ResultSet rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsCSV(out, rows);
        return new ApiResponse(200, CSV + "; charset=utf-8", out.toByteArray());
    }

    /** One row per work: the act first. */
    private static ResultSet nodes(LineageGraph g) {
        List<Var> vars = Var.varList(List.of("id", "label", "role", "depth", "date", "year", "number", "title"));
        List<Binding> rows = new ArrayList<>();
        for (LineageGraph.Node n : g.nodes()) {
            rows.add(row(vars, n.id(), n.label(), n.role(), n.depth(), n.date(), n.year(), n.number(), n.title()));
        }
        return ResultSet.adapt(RowSetStream.create(vars, rows.iterator()));
    }

    /** One row per step of each path. */
    private static ResultSet paths(LineageGraph g) {
        List<Var> vars = Var.varList(List.of("path", "step", "id", "label"));
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        g.nodes().forEach(n -> labels.put(n.id(), n.label()));
        List<Binding> rows = new ArrayList<>();
        for (int p = 0; p < g.paths().size(); p++) {
            List<String> path = g.paths().get(p);
            for (int s = 0; s < path.size(); s++) {
                rows.add(row(vars, g.offset() + p + 1, s, path.get(s), labels.get(path.get(s))));
            }
        }
        return ResultSet.adapt(RowSetStream.create(vars, rows.iterator()));
    }

    private static ResultSet counts(LineageGraph.Counts c) {
        List<Var> vars = Var.varList(List.of("act", "ancestors", "descendants", "total"));
        return ResultSet.adapt(RowSetStream.create(vars,
                List.of(row(vars, c.act(), c.ancestors(), c.descendants(), c.total())).iterator()));
    }

    private static Binding row(List<Var> vars, Object... values) {
        BindingBuilder b = BindingBuilder.create();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Integer n) {
                b.add(vars.get(i), NodeFactory.createLiteralDT(n.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            } else if (v != null) {
                b.add(vars.get(i), NodeFactory.createLiteralString(v.toString()));
            }
        }
        return b.build();
    }
}
