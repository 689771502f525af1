package org.untoc.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.untoc.kg.store.TestStores;

/** /sparql over the embedded TDB2 store, plus the embedded Fuseki beside it. */
class EmbeddedSparqlEndpointTest extends AbstractSparqlEndpointTest {
    @Override
    Map<String, Object> storeProperties(TestStores stores) {
        return Map.of("untoc.store.mode", "EMBEDDED", "untoc.store.data", dataDir(stores).toString());
    }

    @Test
    void fusekiAnswersQueriesOverTheUnionDefaultGraph() throws Exception {
        String fuseki = context.getBean(EmbeddedFuseki.class).datasetUrl();
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(fuseki + "/query?query="
                + enc("SELECT ?name { ?s <" + EX + "name> ?name }")))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(3, rows(response, ResultSetLang.RS_JSON).size());
    }

    @Test
    void fusekiUpdatesNeedTheGeneratedCredentials() throws Exception {
        EmbeddedFuseki fuseki = context.getBean(EmbeddedFuseki.class);
        String update = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <urn:g:upd> { <urn:a:s> <urn:a:p> 1 } }",
                StandardCharsets.UTF_8);
        HttpRequest.Builder anonymous = HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        assertEquals(401, send(anonymous).statusCode());

        FusekiCredentials credentials = fuseki.credentials();
        // Never printed (issue 15): the start names the owner-only file that holds it.
        assertFalse(startupOut.toString(StandardCharsets.UTF_8).contains(credentials.password()),
                "the generated password is not printed");
        assertTrue(startupOut.toString(StandardCharsets.UTF_8).contains(credentials.file().toString()),
                "the start says where the password is");
        String basic = Base64.getEncoder().encodeToString((credentials.user() + ":" + credentials.password())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder authorised = HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(update));
        assertEquals(2, send(authorised).statusCode() / 100);
        assertEquals(1, rows(get("SELECT * { GRAPH <urn:g:upd> { ?s ?p ?o } }", null), ResultSetLang.RS_JSON).size());
    }

    @Test
    void theGeneratedPasswordFileIsOwnerOnly() throws Exception {
        var file = context.getBean(EmbeddedFuseki.class).credentials().file();
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)));
    }
}
