package org.untoc.kg.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ways in: the home page, the {@code /id/} listing, and full-text search (page and JSON). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = QueryRunner.class)
public class ReadingRoomController {
    private final Collection collection;
    private final SearchIndex search;
    private final Templates templates;
    private final RecommendationLineage recommendations;

    public ReadingRoomController(Collection collection, SearchIndex search, Templates templates,
                                 RecommendationLineage recommendations) {
        this.collection = collection;
        this.search = search;
        this.templates = templates;
        this.recommendations = recommendations;
    }

    /** The recommendation lineage of an act: annexes it endorses, the meetings that adopted them, their reports. */
    @Get(uri = "/api/recommendation-lineage", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> recommendationLineage(@Nullable @QueryValue String act) {
        if (act == null || act.isBlank()) {
            return HttpResponse.badRequest(Map.of("message", "the parameter act (an act's IRI) is required"));
        }
        RecommendationLineage.Picture picture = recommendations.of(act);
        if (picture.edges().isEmpty()) {
            return HttpResponse.notFound(Map.of("message", "no recommendation endorsed by " + act + " is known"));
        }
        return HttpResponse.ok(picture);
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    HttpResponse<String> home() {
        Map<String, Object> model = collection.home();
        model.put("title", "Home");
        return html(HttpStatus.OK, templates.render("home", model));
    }

    /** What is there, by class; {@code ?class=Act} lists the members of one class. */
    // Micronaut matches "/id/" here too (trailing slash).
    @Get(uri = "/id", produces = MediaType.TEXT_HTML)
    HttpResponse<String> listing(@Nullable @QueryValue("class") String className) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", className == null ? "Browse" : "Browse: " + className);
        model.put("classes", collection.classes());
        model.put("className", className);
        List<Link> members = className == null ? List.of() : collection.members(className);
        model.put("members", members);
        HttpStatus status = className != null && members.isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        return html(status, templates.render("listing", model));
    }

    @Get(uri = "/search", produces = MediaType.TEXT_HTML)
    HttpResponse<String> searchPage(@Nullable @QueryValue String q) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", q == null || q.isBlank() ? "Search" : "Search: " + q);
        model.put("q", q == null ? "" : q);
        HttpStatus status = HttpStatus.OK;
        try {
            model.put("result", search.search(q, 50));
            model.put("error", null);
        } catch (SearchIndex.BadQuery e) {
            model.put("result", new SearchIndex.Result(q, 0, List.of()));
            model.put("error", e.getMessage());
            status = HttpStatus.BAD_REQUEST;
        }
        return html(status, templates.render("search", model));
    }

    /** The search as JSON: each hit with its IRI, the text it belongs to, the page anchor, score and marked fragment. */
    @Get(uri = "/api/search", produces = MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> searchApi(@Nullable @QueryValue String q, @Nullable @QueryValue Integer limit) {
        if (q == null || q.isBlank()) {
            return HttpResponse.<Map<String, Object>>badRequest().body(Map.of("message", "the parameter q (the words to search) is required"));
        }
        SearchIndex.Result result;
        try {
            result = search.search(q, limit == null ? 20 : limit);
        } catch (SearchIndex.BadQuery e) {
            return HttpResponse.<Map<String, Object>>badRequest().body(Map.of("message", e.getMessage()));
        }
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchIndex.Hit h : result.hits()) {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("iri", h.iri());
            hit.put("kind", h.kind());
            hit.put("score", h.score());
            hit.put("work", h.work().iri());
            hit.put("workLabel", h.work().label());
            hit.put("label", h.target().label());
            hit.put("href", h.target().href());
            StringBuilder plain = new StringBuilder();
            List<Map<String, Object>> fragment = new ArrayList<>();
            for (TextView.Segment s : h.fragment()) {
                plain.append(s.text());
                fragment.add(Map.of("text", s.text(), "match", "mark".equals(s.style())));
            }
            hit.put("text", plain.toString());
            hit.put("fragment", fragment);
            hits.add(hit);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("total", result.total());
        body.put("hits", hits);
        return HttpResponse.ok(body);
    }

    /** Names for up to 200 IRIs, for the labels the query page shows beside result IRIs. */
    @Post(uri = "/api/labels", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, String>> labels(@Body List<String> iris) {
        return HttpResponse.ok(collection.labels(iris));
    }

    private static HttpResponse<String> html(HttpStatus status, String page) {
        return HttpResponse.<String>status(status).body(page).contentType("text/html; charset=utf-8");
    }
}
