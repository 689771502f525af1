package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.server.HttpServerConfiguration;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.untoc.kg.serve.SparqlConfig;

/** The limits a service has when nobody configured anything, and that each can be configured. */
class DefaultLimitsTest {
    @Test
    void defaultsAreSafe() {
        try (ApplicationContext context = ApplicationContext.builder().start()) {
            SparqlConfig sparql = context.getBean(SparqlConfig.class);
            assertTrue(sparql.timeout().compareTo(Duration.ofSeconds(30)) <= 0, "timeout " + sparql.timeout());
            assertTrue(sparql.timeout().compareTo(Duration.ZERO) > 0);
            assertTrue(sparql.maxRows() > 0 && sparql.maxRows() <= 100_000, "max-rows " + sparql.maxRows());
            assertTrue(sparql.maxQueryLength() > 0 && sparql.maxQueryLength() <= 100_000);
            assertTrue(sparql.maxConcurrent() > 0 && sparql.maxConcurrent() <= 16);
            assertTrue(sparql.serviceAllowlist().isEmpty(), "federation off by default");
            assertFalse(sparql.allowPrivateServices());
            long maxRequest = context.getBean(HttpServerConfiguration.class).getMaxRequestSize();
            assertTrue(maxRequest > 0 && maxRequest <= 1024 * 1024, "max-request-size " + maxRequest);
        }
    }

    @Test
    void everyLimitIsConfigurable() {
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "untoc.sparql.timeout", "7s",
                "untoc.sparql.max-rows", 12,
                "untoc.sparql.max-query-length", 345,
                "untoc.sparql.max-concurrent", 6,
                "micronaut.server.max-request-size", "64KB")).start()) {
            SparqlConfig sparql = context.getBean(SparqlConfig.class);
            assertEquals(Duration.ofSeconds(7), sparql.timeout());
            assertEquals(12, sparql.maxRows());
            assertEquals(345, sparql.maxQueryLength());
            assertEquals(6, sparql.maxConcurrent());
            assertEquals(64 * 1024, context.getBean(HttpServerConfiguration.class).getMaxRequestSize());
        }
    }

    @Test
    void theTimeoutCanBeSetLikeAnEnvironmentVariable() {
        // UNTOC_SPARQL_TIMEOUT=10s becomes untoc.sparql.timeout; a system property takes the same path.
        System.setProperty("untoc.sparql.timeout", "10s");
        try (ApplicationContext context = ApplicationContext.builder().start()) {
            assertEquals(Duration.ofSeconds(10), context.getBean(SparqlConfig.class).timeout());
        } finally {
            System.clearProperty("untoc.sparql.timeout");
        }
    }
}
