package org.untoc.kg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * The SELECT queries of {@code ontology/violations/}: each finds one kind of broken invariant and must return no
 * rows. They run over the data together with the ontology, which some of them read (sub-properties of
 * untoc:cites, declared terms).
 */
public final class ViolationQueries {
    public static final String INDEX_RESOURCE = "ontology/violations/index.txt";

    /** A named query with the header comment that says what it catches. */
    public record NamedQuery(String name, String description, Query query) {}

    private final List<NamedQuery> queries;
    private final Graph ontology;

    public ViolationQueries(List<NamedQuery> queries, Graph ontology) {
        this.queries = List.copyOf(queries);
        this.ontology = ontology;
    }

    /** The project's queries (listed in {@code ontology/violations/index.txt}) and ontology, from the classpath. */
    public static ViolationQueries standard() {
        List<NamedQuery> queries = new ArrayList<>();
        for (String line : resourceText(INDEX_RESOURCE).split("\n")) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) continue;
            queries.add(parse(name, resourceText("ontology/violations/" + name)));
        }
        return new ViolationQueries(queries, ShaclCheck.resource(ShaclCheck.ONTOLOGY_RESOURCE));
    }

    /** Every {@code .rq} file of a directory, sorted by name. */
    public static List<NamedQuery> fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<NamedQuery> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                out.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a query; it must be a SELECT with a header comment (the comment says what it catches). */
    public static NamedQuery parse(String name, String text) {
        StringBuilder description = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            description.append(line.substring(1).trim()).append(' ');
        }
        if (description.isEmpty()) throw new IllegalArgumentException(name + ": no header comment");
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        if (!q.isSelectType()) throw new IllegalArgumentException(name + ": not a SELECT query");
        return new NamedQuery(name, description.toString().trim(), q);
    }

    public List<NamedQuery> queries() {
        return queries;
    }

    /** Runs every query over data ∪ ontology; the result maps each query that found rows to those rows. */
    public Map<String, List<String>> run(Graph data) {
        Graph union = new Union(data, ontology);
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (NamedQuery q : queries) {
            List<String> rows = rows(q.query(), union);
            if (!rows.isEmpty()) found.put(q.name(), rows);
        }
        return found;
    }

    /** The rows of a SELECT over a graph, each as "?var=value …". */
    public static List<String> rows(Query query, Graph graph) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, ModelFactory.createModelForGraph(graph))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                StringBuilder sb = new StringBuilder();
                for (String v : rs.getResultVars()) {
                    if (s.contains(v)) sb.append('?').append(v).append('=').append(s.get(v)).append(' ');
                }
                out.add(sb.toString().trim());
            }
        }
        return out;
    }

    private static String resourceText(String name) {
        try (InputStream in = ViolationQueries.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("not on the classpath: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
