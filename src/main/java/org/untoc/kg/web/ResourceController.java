package org.untoc.kg.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** Dereferences resource IRIs: {@code /id/...} answers HTML or RDF by content negotiation (see {@link ContentNegotiation}). */
@Controller
// Queries block on the store: off the event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = QueryRunner.class)
public class ResourceController {
    private final ResourceViews views;
    private final ResourcePageRenderer renderer;
    private final PublicBase base;

    public ResourceController(ResourceViews views, ResourcePageRenderer renderer, PublicBase base) {
        this.views = views;
        this.renderer = renderer;
        this.base = base;
    }

    // Any type: this method does the negotiating, and its 406 says what is on offer (the framework's would not).
    @Get(uri = "/id/{+path}", produces = MediaType.ALL)
    HttpResponse<byte[]> resource(String path, @Nullable @Header(HttpHeaders.ACCEPT) String accept,
                                  @Nullable @QueryValue String format) {
        Optional<Representation> chosen = format != null ? Representation.byFormat(format) : ContentNegotiation.choose(accept);
        if (chosen.isEmpty()) {
            List<String> offered = Arrays.stream(Representation.values()).map(r -> r.mediaType).toList();
            String text = format != null
                    ? "format must be one of " + Arrays.stream(Representation.values()).map(r -> r.formatKey).toList() + "\n"
                    : ContentNegotiation.offered(offered);
            return HttpResponse.<byte[]>status(format != null ? HttpStatus.BAD_REQUEST : HttpStatus.NOT_ACCEPTABLE)
                    .body(text.getBytes(StandardCharsets.UTF_8))
                    .contentType("text/plain; charset=utf-8")
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        Representation r = chosen.get();
        String iri = base.resourceIri(path);
        byte[] body;
        HttpStatus status = HttpStatus.OK;
        try {
            if (r == Representation.HTML) {
                ResourceView view = views.view(iri);
                if (view.isEmpty()) {
                    status = HttpStatus.NOT_FOUND;
                    body = renderer.notFound(iri).getBytes(StandardCharsets.UTF_8);
                } else {
                    body = renderer.render(view).getBytes(StandardCharsets.UTF_8);
                }
            } else {
                Model m = views.rdf(iri);
                if (m.isEmpty()) {
                    status = HttpStatus.NOT_FOUND;
                }
                m.setNsPrefix("untoc", org.untoc.kg.vocab.Untoc.NS);
                m.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, m, r.lang);
                body = out.toByteArray();
            }
        } catch (IllegalArgumentException e) {
            // The path does not make an IRI the query parameter accepts.
            return HttpResponse.<byte[]>badRequest(e.getMessage().getBytes(StandardCharsets.UTF_8)).contentType("text/plain");
        }
        String contentType = r == Representation.HTML ? "text/html; charset=utf-8" : r.mediaType;
        return HttpResponse.<byte[]>status(status).body(body).contentType(contentType)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CONTENT_LOCATION, "/id/" + path + "?format=" + r.formatKey);
    }
}
