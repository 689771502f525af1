package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.untoc.kg.serve.ServicePolicy;
import org.untoc.kg.serve.SparqlConfig;
import org.untoc.kg.serve.SparqlException;

/**
 * Fixed bug: allowlist entries were plain string prefixes, so {@code http://93.184.215.14} also admitted
 * {@code http://93.184.215.140/} and {@code http://93.184.215.14.evil.net/}. Entries now fix scheme, host and port.
 */
class ServiceAllowlistTest {
    private final ServicePolicy policy = new ServicePolicy(new SparqlConfig(Duration.ofSeconds(30), 100, 1000, 1,
            Duration.ofSeconds(1), List.of("http://93.184.215.14", "https://query.example.org/sparql"), false));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://93.184.215.14/sparql|true",
        "http://93.184.215.14|true",
        "HTTP://93.184.215.14:80/x|true",
        "http://93.184.215.140/sparql|false",
        "http://93.184.215.14:8080/sparql|false",
        "https://93.184.215.14/sparql|false",
        "http://93.184.215.14.evil.net/sparql|false",
        "http://93.184.215.14@10.0.0.1/sparql|false",
        "https://query.example.org/sparql|true",
        "https://query.example.org/sparql2|true",
        "https://query.example.org/other|false",
        "https://query.example.org/sparql/../admin|false",
        "https://query.example.org/sparql/./x|true",
        "https://query.example.org.evil.net/sparql|false",
        "https://evil.net/?https://query.example.org/sparql|false"})
    void entriesMatchSchemeHostAndPortExactly(String endpoint, boolean allowed) {
        var query = QueryFactory.create("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }");
        if (allowed) {
            // (query.example.org does not resolve here: such a service is refused by the address check, which is
            // what we want; the allowlist itself let it through if the message says so)
            try {
                policy.check(query);
            } catch (SparqlException e) {
                assertEquals(true, e.getMessage().contains("loopback or private"), e.getMessage());
            }
        } else {
            SparqlException e = assertThrows(SparqlException.class, () -> policy.check(query));
            assertEquals(403, e.status());
            // Refused by the allowlist itself, not only later by the address check.
            assertEquals(false, e.getMessage().contains("loopback or private"), e.getMessage());
        }
    }

    @ParameterizedTest
    @CsvSource({"2130706433", "0x7f000001", "0177.0.0.1", "127.1", "0x5d.0xb8.0xd7.0x0e"})
    void numericHostsOtherThanDottedQuadsAreRefused(String host) {
        ServicePolicy lenient = new ServicePolicy(new SparqlConfig(Duration.ofSeconds(30), 100, 1000, 1,
                Duration.ofSeconds(1), List.of("http://" + host + "/"), true));
        var query = QueryFactory.create("SELECT * { SERVICE <http://" + host + "/sparql> { ?s ?p ?o } }");
        assertEquals(403, assertThrows(SparqlException.class, () -> lenient.check(query)).status());
    }

    @ParameterizedTest
    @CsvSource({"93.184.215.14"})
    void aDottedQuadIsFine(String host) {
        ServicePolicy lenient = new ServicePolicy(new SparqlConfig(Duration.ofSeconds(30), 100, 1000, 1,
                Duration.ofSeconds(1), List.of("http://" + host + "/"), false));
        assertDoesNotThrow(() -> lenient.check(QueryFactory.create("SELECT * { SERVICE <http://" + host
                + "/sparql> { ?s ?p ?o } }")));
    }
}
