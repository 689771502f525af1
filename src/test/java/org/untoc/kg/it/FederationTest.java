package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;

/**
 * The federated named queries of the manifest, with SERVICE allowed for one endpoint: a local stand-in for
 * Wikidata (the machines that run the tests have no internet). The stand-in is a real SPARQL endpoint (Fuseki on
 * loopback) holding a few Wikidata-shaped triples; the service's allowlist names it and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStores.class)
class FederationTest {
    /** Test data in Wikidata's shape; the values are the stand-in's own, not facts of the graph. */
    static final String STAND_IN_DATA = """
            @prefix wd:  <http://www.wikidata.org/entity/> .
            @prefix wdt: <http://www.wikidata.org/prop/direct/> .
            wd:Q262 wdt:P1082 44700000 .
            wd:Q38  wdt:P1082 58900000 .
            """;

    private FusekiServer standIn;
    private String standInUrl;
    private CorpusService service;

    @BeforeAll
    void start(TestStores stores) {
        Dataset wikidata = DatasetFactory.createTxnMem();
        RDFParser.fromString(STAND_IN_DATA, Lang.TURTLE).parse(wikidata.asDatasetGraph());
        standIn = FusekiServer.create().loopback(true).port(0).add("/wikidata", wikidata).build().start();
        standInUrl = "http://127.0.0.1:" + standIn.getHttpPort() + "/wikidata/sparql";
        service = CorpusService.start(StoreKind.EMBEDDED, stores, Map.of(
                "untoc.sparql.service-allowlist", standInUrl,
                // The stand-in is on loopback, which the policy refuses unless the operator says otherwise.
                "untoc.sparql.allow-private-services", true));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (standIn != null) {
            standIn.stop();
        }
    }

    @Test
    void federatedQueriesOfTheManifestAnswerThroughTheAllowedEndpoint() throws Exception {
        List<NamedQueriesTest.Case> federated = NamedQueriesTest.cases().stream().filter(NamedQueriesTest.Case::federation).toList();
        assertFalse(federated.isEmpty(), "the manifest has federated queries");
        for (NamedQueriesTest.Case c : federated) {
            String path = NamedQueriesTest.path(c, Map.of("{wikidata-stand-in}", standInUrl));
            HttpResponse<String> response = service.get(path, "application/sparql-results+json");
            assertEquals(200, response.statusCode(), () -> path + " → " + response.body());
            NamedQueriesTest.check(c, response.body());
        }
    }

    @Test
    void anEndpointOffTheAllowlistIsStillRefused() throws Exception {
        NamedQueriesTest.Case c = NamedQueriesTest.cases().stream().filter(NamedQueriesTest.Case::federation).findFirst().orElseThrow();
        String path = NamedQueriesTest.path(c, Map.of("{wikidata-stand-in}", "http://127.0.0.1:1/elsewhere/sparql"));
        HttpResponse<String> response = service.get(path, "application/sparql-results+json");
        assertEquals(403, response.statusCode(), response.body());
    }
}
