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
import io.micronaut.http.annotation.QueryValue;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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

    // Any type: QueryApi negotiates, and its 406 lists what is on offer (the framework's would not).
    @Get(uri = "/queries/{name}", produces = MediaType.ALL)
    HttpResponse<byte[]> run(String name, HttpRequest<?> request) {
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> reserved = new HashMap<>();
        for (Map.Entry<String, List<String>> e : request.getParameters().asMap().entrySet()) {
            if (e.getValue().size() != 1) {
                return answer(api.error(400, "parameter '" + e.getKey() + "' given " + e.getValue().size() + " times"));
            }
            (QueryApi.RESERVED.contains(e.getKey()) ? reserved : params).put(e.getKey(), e.getValue().get(0));
        }
        // The raw header, all of it: Micronaut splits Accept into parsed types, the q-values are in the text.
        List<String> accept = request.getHeaders().getAll(HttpHeaders.ACCEPT);
        return answer(api.run(name, params, reserved.get("format"), accept.isEmpty() ? null : String.join(",", accept),
                reserved.get("limit"), reserved.get("offset")));
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
