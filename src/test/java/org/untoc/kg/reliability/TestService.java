package org.untoc.kg.reliability;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.untoc.kg.serve.EmbeddedFuseki;
import org.untoc.kg.serve.UntocService;

/**
 * The service started as {@code serve} starts it, on the embedded store in a temp dir, free ports, the real
 * pipeline loading the built-in corpus on first start; extra properties set the limits under test.
 */
final class TestService implements AutoCloseable {
    final ApplicationContext context;
    final String sparql;
    final String base;
    final String startup;
    private final HttpClient http = HttpClient.newHttpClient();

    TestService(Map<String, Object> extra) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        properties.put("untoc.store.mode", "EMBEDDED");
        properties.put("untoc.store.data", Files.createTempDirectory("untoc-reliability").resolve("data").toString());
        properties.put("micronaut.server.port", -1);
        properties.put("untoc.fuseki.port", 0);
        properties.put("untoc.test.real-pipeline", "true");
        properties.putAll(extra);
        context = ApplicationContext.builder().properties(properties).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        sparql = context.getBean(UntocService.class).start(print, print);
        base = sparql.substring(0, sparql.length() - "/sparql".length());
        startup = out.toString(StandardCharsets.UTF_8);
    }

    EmbeddedFuseki fuseki() {
        return context.getBean(EmbeddedFuseki.class);
    }

    HttpResponse<String> query(String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + enc(query)))
                .header("Accept", "application/sparql-results+json").GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.getBean(UntocService.class).stop();
        context.close();
    }
}
