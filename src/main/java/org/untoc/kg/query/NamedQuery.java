package org.untoc.kg.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SPARQL query from {@code queries/NAME.rq} with the title, description and parameters its header declares.
 *
 * <p>Parameters are bound by substituting RDF terms into the parsed query's syntax tree, so user input can never
 * change the query's structure (no SPARQL injection).
 */
public record NamedQuery(String name, String title, String description, List<QueryParameter> parameters, String text) {

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    /** Parses a query file's header ({@code # title:}, {@code # description:} with continuation lines, {@code # param:}). */
    public static NamedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<QueryParameter> params = new ArrayList<>();
        boolean inDescription = false;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            if (body.startsWith("title:")) {
                title = body.substring(6).strip();
                inDescription = false;
            } else if (body.startsWith("description:")) {
                description.append(body.substring(12).strip());
                inDescription = true;
            } else if (body.startsWith("param:")) {
                params.add(parseParam(name, body.substring(6)));
                inDescription = false;
            } else if (inDescription && line.startsWith("#  ")) {
                description.append(' ').append(body);
            } else {
                inDescription = false;
            }
        }
        NamedQuery q = new NamedQuery(name, title, description.toString(), params, text);
        q.parsed(); // fail at load time, naming the file, rather than at the first request
        return q;
    }

    private static QueryParameter parseParam(String queryName, String spec) {
        String[] f = spec.split("\\|", -1);
        if (f.length < 5) {
            throw new IllegalArgumentException(queryName + ".rq: a param line needs 5 fields: name | type | required | example | description");
        }
        return new QueryParameter(f[0].strip(), QueryParameter.Type.parse(f[1]),
                f[2].strip().equalsIgnoreCase("required"), f[3].strip(), f[4].strip());
    }

    /** The query as parsed, with its parameters unbound. */
    public Query parsed() {
        try {
            return QueryFactory.create(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ".rq: " + e.getMessage(), e);
        }
    }

    /** The query with each given parameter's variable replaced by its value; unknown or missing parameters are errors. */
    public Query bind(Map<String, String> values) {
        Map<Var, Node> substitution = new HashMap<>();
        for (QueryParameter p : parameters) {
            String raw = values.get(p.name());
            if (raw == null || raw.isBlank() && p.type() != QueryParameter.Type.STRING) {
                if (p.required()) {
                    throw new IllegalArgumentException("missing required parameter '" + p.name() + "'");
                }
                continue;
            }
            substitution.put(Var.alloc(p.name()), p.toNode(raw));
        }
        for (String given : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(given))) {
                throw new IllegalArgumentException("unknown parameter '" + given + "' for query " + name);
            }
        }
        return QueryTransformOps.transform(parsed(), substitution);
    }
}
