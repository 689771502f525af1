package org.untoc.kg.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The REST side: named queries (grlc-style), their OpenAPI document, and the lineage graph for the picture. */
@Controller("/api")
// Queries block on the store: off the event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = QueryRunner.class)
public class QueryApiController {
    private final QueryApi api;
    private final OpenApiDocument openApi;
    private final LineageApi lineage;

    public QueryApiController(QueryApi api, OpenApiDocument openApi, @Nullable LineageApi lineage) {
        this.api = api;
        this.openApi = openApi;
        this.lineage = lineage;
    }

    @Get("/queries")
    HttpResponse<byte[]> list() {
        return answer(api.list());
    }

    @Get(uri = "/queries/{name}", produces = {QueryApi.SPARQL_JSON, MediaType.APPLICATION_JSON, QueryApi.CSV, "text/turtle"})
    HttpResponse<byte[]> run(String name, HttpRequest<?> request) {
        Map<String, String> params = new LinkedHashMap<>();
        String format = null;
        for (Map.Entry<String, List<String>> e : request.getParameters().asMap().entrySet()) {
            if (e.getValue().size() != 1) {
                return answer(api.error(400, "parameter '" + e.getKey() + "' given " + e.getValue().size() + " times"));
            }
            if (e.getKey().equals("format")) {
                format = e.getValue().get(0);
            } else {
                params.put(e.getKey(), e.getValue().get(0));
            }
        }
        return answer(api.run(name, params, format, request.getHeaders().get(HttpHeaders.ACCEPT)));
    }

    @Get(uri = "/openapi.json", produces = MediaType.APPLICATION_JSON)
    String openApi() {
        return openApi.json();
    }

    @Get(uri = "/lineage", produces = {MediaType.APPLICATION_JSON, QueryApi.CSV})
    HttpResponse<byte[]> lineage(HttpRequest<?> request) {
        if (lineage == null) {
            return answer(api.error(503, "the lineage index is not available in this application"));
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : request.getParameters().asMap().entrySet()) {
            if (e.getValue().size() != 1) {
                return answer(api.error(400, "parameter '" + e.getKey() + "' given " + e.getValue().size() + " times"));
            }
            params.put(e.getKey(), e.getValue().get(0));
        }
        return answer(lineage.answer(params, request.getHeaders().get(HttpHeaders.ACCEPT)));
    }

    private static HttpResponse<byte[]> answer(ApiResponse r) {
        return HttpResponse.<byte[]>status(io.micronaut.http.HttpStatus.valueOf(r.status())).body(r.body())
                .contentType(r.contentType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}
