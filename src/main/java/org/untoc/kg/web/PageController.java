package org.untoc.kg.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import java.util.List;
import org.untoc.kg.docs.OntologyDocs;

/** The static pages: the query page at /query, the lineage page, their assets, and the ontology's documentation. */
@Controller
public class PageController {

    @Get(uri = "/query", produces = MediaType.TEXT_HTML)
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

    /**
     * The ontology at the address its namespace dereferences to: its HTML documentation, generated from the
     * ontology itself, for browsers; the OWL source in Turtle for RDF clients.
     */
    @Get(uri = "/ontology", produces = {MediaType.TEXT_HTML, "text/turtle"})
    HttpResponse<?> ontology(@Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        int choice = ContentNegotiation.chooseMediaType(accept, ONTOLOGY_TYPES).orElse(-1);
        if (choice < 0) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.NOT_ACCEPTABLE)
                    .body("the ontology is available as " + String.join(", ", ONTOLOGY_TYPES) + "\n");
        }
        if (ONTOLOGY_TYPES.get(choice).equals(TURTLE)) {
            return HttpResponse.ok(ontologySource()).contentType(TURTLE + "; charset=utf-8")
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        return HttpResponse.ok(ontologyHtml()).contentType(MediaType.TEXT_HTML_TYPE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    private static final String TURTLE = "text/turtle";
    private static final List<String> ONTOLOGY_TYPES = List.of(MediaType.TEXT_HTML, TURTLE);
    private volatile String ontologyHtml;

    /** Rendered once: the ontology ships in the jar and does not change while the service runs. */
    private String ontologyHtml() {
        String html = ontologyHtml;
        if (html == null) {
            html = OntologyDocs.standard().render();
            ontologyHtml = html;
        }
        return html;
    }

    private static byte[] ontologySource() {
        try (java.io.InputStream in = PageController.class.getClassLoader().getResourceAsStream("ontology/untoc.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/untoc.ttl is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<byte[]> asset(String folder, String file) {
        return StaticAssets.read(folder, file)
                .<HttpResponse<byte[]>>map(bytes -> HttpResponse.ok(bytes).contentType(StaticAssets.contentType(file)))
                .orElseGet(HttpResponse::notFound);
    }
}
