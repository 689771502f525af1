package org.untoc.kg.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** The static pages: the query page at /, the lineage page, their assets, and the ontology placeholder. */
@Controller
public class PageController {

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> index() {
        return asset("", "index.html");
    }

    @Get(uri = "/lineage", produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> lineage() {
        return asset("", "lineage.html");
    }

    @Get(uri = "/assets/{file}")
    HttpResponse<byte[]> assets(String file) {
        return asset("assets", file);
    }

    /** Placeholder until the ontology's HTML documentation is wired here. */
    @Get(uri = "/ontology", produces = MediaType.TEXT_HTML)
    String ontology() {
        return Page.of("Ontology", "<h1>UNTOC ontology</h1>\n<p>Terms in the namespace <span class=\"iri\">"
                + Html.esc(org.untoc.kg.vocab.Untoc.NS) + "</span>. The documentation of each term will be served here.</p>");
    }

    private static HttpResponse<byte[]> asset(String folder, String file) {
        return StaticAssets.read(folder, file)
                .<HttpResponse<byte[]>>map(bytes -> HttpResponse.ok(bytes).contentType(StaticAssets.contentType(file)))
                .orElseGet(HttpResponse::notFound);
    }
}
