package org.untoc.kg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.untoc.kg.serve.FusekiConfig;
import org.untoc.kg.serve.FusekiCredentials;

/**
 * Defaults that fit a researcher's laptop, and the small holes: the service on loopback only, the embedded Fuseki
 * on a free port, its password never printed; 400 (not 500) for a malformed form body or Accept header;
 * /metrics not public; VoID built from the Host header says {@code Vary: Host}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeDefaultsTest {
    private TestService service;

    @BeforeAll
    void start() throws IOException {
        service = new TestService(Map.of());
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void defaultsAreLoopbackAndAFreeFusekiPort() {
        try (ApplicationContext context = ApplicationContext.builder().start()) {
            assertEquals("127.0.0.1", context.getProperty("micronaut.server.host", String.class).orElse(null));
            assertEquals(0, context.getBean(FusekiConfig.class).port(), "Fuseki takes a free port, not 3030");
            assertFalse(context.getProperty("endpoints.metrics.enabled", Boolean.class).orElse(true));
        }
    }

    @Test
    void theServiceListensOnLoopbackOnly() throws Exception {
        EmbeddedServer server = service.context.getBean(EmbeddedServer.class);
        assertEquals("127.0.0.1", server.getHost());
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(address, server.getPort()), 2000);
                        throw new AssertionError("reachable on " + address);
                    } catch (IOException expected) {
                        // refused: not listening there
                    }
                }
            }
        }
        assertNotEquals(3030, URI.create(service.fuseki().datasetUrl()).getPort());
    }

    @Test
    void theFusekiPasswordIsNeverPrintedAndItsFileIsOwnerOnly() throws Exception {
        FusekiCredentials credentials = service.fuseki().credentials();
        assertFalse(service.startup.contains(credentials.password()), "the password was printed:\n" + service.startup);
        assertTrue(service.startup.contains(credentials.file().toString()), "the start says where it is:\n"
                + service.startup);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials.file())));
    }

    @Test
    void aMalformedFormBodyIsA400() throws Exception {
        HttpResponse<String> r = service.send(HttpRequest.newBuilder(URI.create(service.sparql))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=SELECT%20*%20{%20?s%20?p%20?o%20}%20LIMIT%2010%zz%")));
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void aMalformedAcceptHeaderIsA400() throws Exception {
        for (String accept : List.of(";;;,,,", ";", ",;q=x", "text/turtle;;;q=")) {
            HttpResponse<String> r = service.send(HttpRequest.newBuilder(URI.create(service.sparql + "?query="
                    + TestService.enc("ASK { ?s ?p ?o }"))).header("Accept", accept));
            assertTrue(r.statusCode() == 400 || r.statusCode() == 406 || r.statusCode() == 200,
                    accept + " → " + r.statusCode() + " " + r.body());
            if (accept.equals(";;;,,,")) {
                assertEquals(400, r.statusCode(), r.body());
            }
        }
    }

    @Test
    void metricsAreNotPublic() throws Exception {
        HttpResponse<String> r = service.send(HttpRequest.newBuilder(URI.create(service.base
                + "/metrics/jvm.memory.used?tag=area:heap")));
        assertNotEquals(200, r.statusCode(), r.body());
        assertEquals(200, service.send(HttpRequest.newBuilder(URI.create(service.base + "/health"))).statusCode());
    }

    @Test
    void linksBuiltFromTheHostHeaderVaryByHost() throws Exception {
        for (String path : List.of("/.well-known/void", "/sparql")) {
            HttpResponse<String> r = service.send(HttpRequest.newBuilder(URI.create(service.base + path)));
            assertEquals(200, r.statusCode(), path + " " + r.body());
            String vary = String.join(",", r.headers().allValues("Vary")).toLowerCase(java.util.Locale.ROOT);
            assertTrue(vary.contains("host"), path + " Vary: " + vary);
        }
    }
}
