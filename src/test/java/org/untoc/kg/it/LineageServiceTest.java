package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;

/**
 * /api/lineage and the lineage property functions in the running service over the built-in corpus: the answers
 * come from the index and agree with the citesWork property path asked through /sparql.
 */
@ExtendWith(TestStores.class)
class LineageServiceTest {
    private static final String ACT = "https://w3id.org/untoc/id/cop/resolution/11/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void lineageApiAndPropertyFunctionAgreeWithThePropertyPath(TestStores stores) throws Exception {
        try (CorpusService service = CorpusService.start(StoreKind.EMBEDDED, stores)) {
            Set<String> path = column(service.sparql("PREFIX untoc: <https://w3id.org/untoc/ontology#> SELECT ?x WHERE {"
                    + " GRAPH <https://w3id.org/untoc/graph/derived/work-lineage> { <" + ACT + "> untoc:citesWork+ ?x }"
                    + " FILTER (?x != <" + ACT + ">) }", "application/sparql-results+json"));
            assertTrue(path.contains("https://w3id.org/untoc/id/ecosoc/resolution/2014/17"), path.toString());

            Set<String> function = column(service.sparql("PREFIX untoc: <https://w3id.org/untoc/ontology#> SELECT ?x"
                    + " WHERE { ?x untoc:ancestorOf (<" + ACT + ">) }", "application/sparql-results+json"));
            assertEquals(path, function);

            HttpResponse<String> r = service.get("/api/lineage?direction=up&depth=1000&limit=1000&act="
                    + URLEncoder.encode(ACT, StandardCharsets.UTF_8), "application/json");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = JSON.readTree(r.body());
            Set<String> api = new TreeSet<>();
            body.get("nodes").forEach(n -> {
                if (!n.get("role").asText().equals("root")) {
                    api.add(n.get("id").asText());
                }
            });
            assertEquals(path, api);
            assertEquals(path.size(), body.get("total").asInt());
            assertTrue(body.get("edges").size() > 0);

            HttpResponse<String> missing = service.get("/api/lineage?act="
                    + URLEncoder.encode("https://w3id.org/untoc/id/cop/decision/99/99", StandardCharsets.UTF_8), null);
            assertEquals(404, missing.statusCode());
            assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
    }

    private static Set<String> column(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        Set<String> out = new TreeSet<>();
        JSON.readTree(r.body()).path("results").path("bindings").forEach(b -> out.add(b.path("x").path("value").asText()));
        return out;
    }
}
