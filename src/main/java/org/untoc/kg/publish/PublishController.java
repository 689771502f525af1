package org.untoc.kg.publish;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreConfig;
import org.untoc.kg.web.ContentNegotiation;
import org.untoc.kg.web.Representation;

/** Dataset metadata at its usual places: VoID at {@code /.well-known/void}, dumps under {@code /dumps/}. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class PublishController {
    static final List<Representation> RDF = List.of(Representation.TURTLE, Representation.JSON_LD,
            Representation.N_TRIPLES, Representation.RDF_XML);
    private static final Duration STATISTICS_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration DUMP_TIMEOUT = Duration.ofMinutes(30);

    private final KnowledgeStore store;
    private final DatasetDumps dumps;

    public PublishController(KnowledgeStore store, StoreConfig config) {
        this.store = store;
        this.dumps = new DatasetDumps(store, config.data().resolve("dumps"), DUMP_TIMEOUT);
    }

    /** The VoID description (RFC 5785 well-known name "void"). */
    @Get("/.well-known/void")
    @Produces(MediaType.ALL)
    HttpResponse<?> voidDescription(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        DatasetStatistics stats = DatasetStatistics.of(store, STATISTICS_TIMEOUT);
        var response = rdf(VoidDescription.build(stats, served(request), DatasetDumps.MEDIA_TYPES), accept)
                .header(HttpHeaders.ETAG, "\"" + stats.version() + "\"");
        // Its links are built from the Host the client sent: a shared cache must not give one host's links to another.
        response.getHeaders().set(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.HOST);
        return response;
    }

    /** A dump of the current dataset version, or its checksum file. */
    @Get("/dumps/{file}")
    @Produces(MediaType.ALL)
    HttpResponse<?> dump(String file) {
        String version = DatasetStatistics.of(store, STATISTICS_TIMEOUT).version();
        Optional<java.nio.file.Path> path = dumps.file(file, version);
        if (path.isEmpty()) {
            return HttpResponse.notFound("dumps: " + String.join(", ", DatasetDumps.FORMATS.keySet()) + " (and .sha256)\n");
        }
        MediaType type = file.endsWith(".sha256") ? MediaType.TEXT_PLAIN_TYPE : MediaType.of("application/gzip");
        return HttpResponse.ok(new SystemFile(path.get().toFile(), type).attach(file))
                .header(HttpHeaders.ETAG, "\"" + version + "-" + file + "\"");
    }

    /** Serialises a model in the representation the client prefers (Turtle by default). */
    public static io.micronaut.http.MutableHttpResponse<?> rdf(Model model, @Nullable String accept) {
        Optional<Integer> choice = ContentNegotiation.choose(accept, RDF);
        if (choice.isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_ACCEPTABLE).body("available as Turtle, JSON-LD, N-Triples, RDF/XML\n");
        }
        Representation r = RDF.get(choice.get());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, r.lang);
        return HttpResponse.ok(out.toByteArray()).contentType(r.mediaType + "; charset=utf-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** The service's own base URL as the client reached it (dump and endpoint links in VoID use it). */
    public static String served(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        // The Host header is the client's to write: take it only when it is a plain host[:port].
        if (host == null || !host.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?")) {
            host = request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort();
        }
        return "http://" + host;
    }
}
