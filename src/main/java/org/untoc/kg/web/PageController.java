package org.untoc.kg.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
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

    /** The OpenAPI document made browsable (Swagger UI, bundled by npm at build time). */
    @Get(uri = "/api/docs", produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> apiDocs() {
        return asset("", "api-docs.html");
    }

    @Get(uri = "/assets/{file}")
    HttpResponse<byte[]> assets(String file) {
        return asset("assets", file);
    }

    /**
     * The ontology at the address its namespace dereferences to: its HTML documentation, generated from the
     * ontology itself, for browsers; the OWL source for RDF clients, in Turtle as written or in JSON-LD, RDF/XML or
     * N-Triples.
     */
    @Get(uri = "/ontology")
    @Produces(MediaType.ALL)
    HttpResponse<?> ontology(@Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        List<String> types = ONTOLOGY_TYPES.stream().map(r -> r.mediaType).toList();
        int choice = ContentNegotiation.chooseMediaType(accept, types).orElse(-1);
        if (choice < 0) {
            return ContentNegotiation.notAcceptable(types);
        }
        Representation r = ONTOLOGY_TYPES.get(choice);
        if (r == Representation.HTML) {
            return HttpResponse.ok(ontologyHtml()).contentType(MediaType.TEXT_HTML_TYPE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        byte[] body = r == Representation.TURTLE ? ontologySource() : ontologyIn(r.lang);
        return HttpResponse.ok(body).contentType(r.mediaType + (r == Representation.RDF_XML ? "" : "; charset=utf-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** Browsers first: a client that states no preference gets the documentation. */
    private static final List<Representation> ONTOLOGY_TYPES = List.of(Representation.HTML, Representation.TURTLE,
            Representation.JSON_LD, Representation.RDF_XML, Representation.N_TRIPLES);
    private volatile String ontologyHtml;
    private final java.util.Map<Representation, byte[]> ontologyWritten = new java.util.concurrent.ConcurrentHashMap<>();

    /** Rendered once: the ontology ships in the jar and does not change while the service runs. */
    private String ontologyHtml() {
        String html = ontologyHtml;
        if (html == null) {
            html = OntologyDocs.standard().render();
            ontologyHtml = html;
        }
        return html;
    }

    /** The Turtle source parsed and written in another syntax, once per syntax. */
    private byte[] ontologyIn(org.apache.jena.riot.Lang lang) {
        Representation key = ONTOLOGY_TYPES.stream().filter(r -> r.lang == lang).findFirst().orElseThrow();
        return ontologyWritten.computeIfAbsent(key, k -> {
            org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            org.apache.jena.riot.RDFParser.source(new java.io.ByteArrayInputStream(ontologySource()))
                    .lang(org.apache.jena.riot.Lang.TURTLE).parse(m);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.apache.jena.riot.RDFDataMgr.write(out, m, lang);
            return out.toByteArray();
        });
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
