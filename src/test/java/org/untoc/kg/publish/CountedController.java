package org.untoc.kg.publish;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.concurrent.atomic.AtomicInteger;

/** A data address that counts how often it is built, so a test can see whether a 304 ran it. */
@Controller("/api/test/counted")
@Requires(env = ConditionalGetShortCutTest.ENV)
class CountedController {
    final AtomicInteger runs = new AtomicInteger();

    @Get(produces = {MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    HttpResponse<String> get() {
        int run = runs.incrementAndGet();
        return HttpResponse.ok("run " + run).header("Vary", "Accept").header("Cache-Control", "no-cache");
    }
}
