package org.untoc.kg.serve;

import org.untoc.kg.publish.PublishController;
import org.untoc.kg.publish.ServiceDescription;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SPARQL 1.1 Protocol query operation at /sparql: GET, POST form and POST application/sparql-query. */
@Controller("/sparql")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SparqlController {
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";

    private final SparqlQueryService service;

    public SparqlController(SparqlQueryService service) {
        this.service = service;
    }

    /** GET /sparql?query=…&default-graph-uri=…&named-graph-uri=… */
    @Get
    @Produces(MediaType.ALL)
    public HttpResponse<?> get(HttpRequest<?> request) {
        var params = request.getParameters();
        if (params.get("query") == null && params.get("update") == null) {
            // The endpoint dereferenced by itself: its SPARQL 1.1 Service Description.
            String endpoint = PublishController.served(request) + "/sparql";
            // The description names this endpoint as the client reached it (Host): caches must keep them apart.
            var description = PublishController.rdf(ServiceDescription.build(endpoint), accept(request));
            description.getHeaders().set(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.HOST);
            return description;
        }
        return answer(new SparqlRequest(params.get("query"), params.get("update"), params.getAll("default-graph-uri"),
                params.getAll("named-graph-uri"), accept(request)), request);
    }

    /** POST with a form body, a query body, or (refused) an update body. */
    @Post
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, SPARQL_QUERY, SPARQL_UPDATE})
    @Produces(MediaType.ALL)
    public HttpResponse<?> post(HttpRequest<?> request, @Nullable @Body String body) {
        String contentType = request.getContentType().map(MediaType::getName).orElse("")
                .toLowerCase(Locale.ROOT);
        var params = request.getParameters();
        String text = body == null ? "" : body;
        if (contentType.equals(SPARQL_UPDATE)) {
            return error(SparqlQueryService.readOnly());
        }
        if (contentType.equals(SPARQL_QUERY)) {
            return answer(new SparqlRequest(text, null, params.getAll("default-graph-uri"),
                    params.getAll("named-graph-uri"), accept(request)), request);
        }
        Map<String, List<String>> form;
        try {
            form = parseForm(text);
        } catch (IllegalArgumentException e) {
            // URLDecoder on a stray '%' (a query with "100%" sent unencoded): the client's mistake, not ours.
            return error(new SparqlException(400, "malformed form body: " + e.getMessage()
                    + " (percent-encode the query, e.g. curl --data-urlencode)"));
        }
        List<String> defaults = new ArrayList<>(params.getAll("default-graph-uri"));
        defaults.addAll(form.getOrDefault("default-graph-uri", List.of()));
        List<String> named = new ArrayList<>(params.getAll("named-graph-uri"));
        named.addAll(form.getOrDefault("named-graph-uri", List.of()));
        return answer(new SparqlRequest(first(form, "query"), first(form, "update"), defaults, named,
                accept(request)), request);
    }

    private HttpResponse<?> answer(SparqlRequest request, HttpRequest<?> http) {
        try {
            SparqlResponse response = service.execute(request);
            if (Validators.notModified(response, http.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH))) {
                return Validators.addTo(HttpResponse.notModified(), response)
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            }
            return Validators.addTo(ok(response), response);
        } catch (SparqlException e) {
            return error(e);
        }
    }

    private static MutableHttpResponse<?> ok(SparqlResponse response) {
        var http = HttpResponse.ok(response.body())
                .contentType(response.format().contentType())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (response.truncated()) {
            http.header("X-Untoc-Truncated", "true");
        }
        return http;
    }

    private static HttpResponse<?> error(SparqlException e) {
        var response = HttpResponse.status(HttpStatus.valueOf(e.status()))
                .contentType(MediaType.TEXT_PLAIN_TYPE)
                .body(e.getMessage() + "\n");
        if (e.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response;
    }

    private static String accept(HttpRequest<?> request) {
        // Micronaut splits Accept into parsed types; the raw header keeps the q-values we negotiate on.
        List<String> values = request.getHeaders().getAll(HttpHeaders.ACCEPT);
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static Map<String, List<String>> parseForm(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return form;
    }
}
