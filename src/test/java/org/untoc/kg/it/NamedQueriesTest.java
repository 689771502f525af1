package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;
import org.yaml.snakeyaml.Yaml;

/**
 * Every named query in {@code queries/} answers its expected rows over the built-in corpus, through the REST API
 * of the running service, in both store modes; the expectations live in {@code queries/manifest.yaml}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStores.class)
class NamedQueriesTest {
    static final Path QUERIES = Path.of("queries");
    static final Map<String, String> PREFIXES = Map.of(
            "id:", "https://w3id.org/untoc/id/",
            "untoc:", "https://w3id.org/untoc/ontology#");

    private final Map<StoreKind, CorpusService> services = new EnumMap<>(StoreKind.class);

    /** One manifest entry. */
    public record Case(String query, String about, boolean federation, Map<String, String> params, List<String> columns,
                List<List<String>> exact, List<List<String>> contains, List<List<String>> excludes) {
        @Override
        public String toString() {
            return query + " " + params.values();
        }
    }

    public static List<Case> cases() throws IOException {
        List<Map<String, Object>> raw;
        try (InputStream in = Files.newInputStream(QUERIES.resolve("manifest.yaml"))) {
            raw = new Yaml().load(in);
        }
        List<Case> out = new ArrayList<>();
        for (Map<String, Object> m : raw) {
            out.add(new Case((String) m.get("query"), (String) m.get("about"),
                    Boolean.TRUE.equals(m.get("federation")), stringMap(m.get("params")), strings(m.get("columns")), rows(m.get("exact")),
                    rows(m.get("contains")), rows(m.get("excludes"))));
        }
        return out;
    }

    static Stream<Arguments> casesInEachMode() throws IOException {
        return cases().stream().flatMap(c -> Stream.of(StoreKind.EMBEDDED, StoreKind.REMOTE).map(k -> Arguments.of(k, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("casesInEachMode")
    void answersTheExpectedRows(StoreKind kind, Case c, TestStores stores) {
        String path = path(c, Map.of("{wikidata-stand-in}", "https://query.wikidata.org/sparql"));
        HttpResponse<String> response = service(kind, stores).get(path, "application/sparql-results+json");
        if (c.federation()) {
            // Federation is off by default: the query is refused before anything leaves the machine.
            assertEquals(403, response.statusCode(), () -> path + " → " + response.body());
            return;
        }
        assertEquals(200, response.statusCode(), () -> path + " → " + response.body());
        check(c, response.body());
    }

    /** The REST path of a case, with placeholders in its parameter values replaced. */
    static String path(Case c, Map<String, String> placeholders) {
        return "/api/queries/" + c.query() + c.params().entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(placeholders.getOrDefault(e.getValue(), e.getValue())))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** Asserts the case's expectations on a SPARQL JSON result. */
    static void check(Case c, String json) {
        Set<List<String>> actual = project(json, c.columns());
        String context = c.about() + "\nactual rows: " + actual;
        if (c.exact() != null) {
            assertEquals(expand(c.exact()), actual, context);
        }
        if (c.contains() != null) {
            for (List<String> row : expand(c.contains())) {
                assertTrue(actual.contains(row), "missing " + row + "\n" + context);
            }
        }
        if (c.excludes() != null) {
            for (List<String> row : expand(c.excludes())) {
                assertFalse(actual.contains(row), "unexpected " + row + "\n" + context);
            }
        }
    }

    @Test
    void everyQueryFileHasAnExpectation() throws IOException {
        Set<String> tested = cases().stream().map(Case::query).collect(Collectors.toSet());
        Set<String> files;
        try (Stream<Path> s = Files.list(QUERIES)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> untested = new TreeSet<>(files);
        untested.removeAll(tested);
        assertEquals(Set.of(), untested, "queries without an entry in queries/manifest.yaml");
        Set<String> unknown = new TreeSet<>(tested);
        unknown.removeAll(files);
        assertEquals(Set.of(), unknown, "manifest entries naming no query file");
    }

    private CorpusService service(StoreKind kind, TestStores stores) {
        return services.computeIfAbsent(kind, k -> CorpusService.start(k, stores));
    }

    @AfterAll
    void stop() {
        services.values().forEach(CorpusService::close);
    }

    private static Set<List<String>> project(String json, List<String> columns) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        Set<List<String>> rows = new HashSet<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String col : columns) {
                RDFNode n = s.get(col);
                row.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private static Set<List<String>> expand(List<List<String>> rows) {
        Set<List<String>> out = new HashSet<>();
        for (List<String> row : rows) {
            out.add(row.stream().map(NamedQueriesTest::expand).toList());
        }
        return out;
    }

    private static String expand(String cell) {
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (cell.startsWith(p.getKey())) {
                return p.getValue() + cell.substring(p.getKey().length());
            }
        }
        return cell;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> stringMap(Object o) {
        return o == null ? Map.of() : ((Map<String, Object>) o).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return o == null ? List.of() : ((List<Object>) o).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Object o) {
        return o == null ? null : ((List<Object>) o).stream().map(NamedQueriesTest::strings).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
