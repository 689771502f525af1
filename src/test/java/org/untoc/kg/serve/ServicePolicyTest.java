package org.untoc.kg.serve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServicePolicyTest {
    private static ServicePolicy policy(List<String> allow, boolean allowPrivate) {
        return new ServicePolicy(new SparqlConfig(Duration.ofSeconds(30), 100, 1000, 1, Duration.ofSeconds(1), allow,
                allowPrivate));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // allowlisted, public address (a literal IP: no DNS needed)
        "http://93.184.215.14/sparql|true",
        // not on the allowlist
        "http://93.184.216.99/sparql|false",
        // on the allowlist by prefix but loopback / private / link-local
        "http://127.0.0.1:3030/untoc/query|false",
        "http://10.0.0.8/sparql|false",
        "http://192.168.1.2/sparql|false",
        "http://169.254.169.254/latest|false",
        "http://[::1]/sparql|false"})
    void allowlistAndPrivateAddresses(String endpoint, boolean allowed) {
        ServicePolicy policy = policy(List.of("http://93.184.215.14/", "http://127.0.0.1:3030/", "http://10.",
                "http://192.168.", "http://169.254.", "http://[::1]/"), false);
        var query = QueryFactory.create("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }");
        if (allowed) {
            assertDoesNotThrow(() -> policy.check(query));
        } else {
            assertEquals(403, assertThrows(SparqlException.class, () -> policy.check(query)).status());
        }
    }

    @Test
    void privateAddressesWhenExplicitlyAllowed() {
        ServicePolicy policy = policy(List.of("http://127.0.0.1:3030/"), true);
        assertDoesNotThrow(() -> policy.check(QueryFactory.create(
                "SELECT * { SERVICE <http://127.0.0.1:3030/untoc/query> { ?s ?p ?o } }")));
    }

    @Test
    void offByDefaultAndFoundInsideSubqueriesAndFilters() {
        ServicePolicy off = policy(List.of(), false);
        SparqlException e = assertThrows(SparqlException.class, () -> off.check(QueryFactory.create(
                "SELECT * { ?s ?p ?o FILTER NOT EXISTS { { SELECT ?s { SERVICE <http://93.184.215.14/s> {} } } } }")));
        assertTrue(e.getMessage().contains("federated queries are off"), e.getMessage());
        assertDoesNotThrow(() -> off.check(QueryFactory.create("SELECT * { ?s ?p ?o }")));
    }
}
