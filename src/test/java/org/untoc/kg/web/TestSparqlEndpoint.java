package org.untoc.kg.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;

/**
 * A minimal SPARQL protocol endpoint (SELECT and ASK as results JSON, CONSTRUCT as Turtle) over the test graph, for the browser tests:
 * the query page is pointed at it with {@code ?sparql=/test-sparql}, so it never competes with the service's /sparql.
 */
@Controller("/test-sparql")
// Queries block on the store: off the event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(env = {"web-test", "corpus-web-test"})
class TestSparqlEndpoint {
    private final QueryRunner runner;

    TestSparqlEndpoint(QueryRunner runner) {
        this.runner = runner;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<byte[]> post(@Body Map<String, String> form) {
        return answer(form.get("query"));
    }

    @Get
    HttpResponse<byte[]> get(@Nullable @QueryValue String query) {
        return answer(query);
    }

    private HttpResponse<byte[]> answer(String text) {
        if (text == null) {
            return HttpResponse.badRequest();
        }
        Query query = QueryFactory.create(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (query.isConstructType() || query.isDescribeType()) {
            org.apache.jena.riot.RDFDataMgr.write(out, runner.graph(query), org.apache.jena.riot.Lang.TURTLE);
            return HttpResponse.ok(out.toByteArray()).contentType("text/turtle");
        }
        if (query.isAskType()) {
            ResultSetFormatter.outputAsJSON(out, runner.ask(query));
        } else {
            ResultSetFormatter.outputAsJSON(out, runner.select(query));
        }
        return HttpResponse.ok(out.toByteArray()).contentType("application/sparql-results+json");
    }
}
