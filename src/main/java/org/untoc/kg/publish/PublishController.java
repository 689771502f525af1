package org.untoc.kg.publish;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
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
    /**
     * Dumps keep their names across versions, so a cache may keep one (public: shared caches too) but must ask
     * again each time (no-cache): the ETag then answers 304 until a load changes the data. A dump and its .sha256
     * are so never served from two different versions.
     */
    static final String DUMP_CACHE_CONTROL = "public, no-cache";

    private final DatasetState state;
    private final DatasetDumps dumps;
    private final String publisher;

    public PublishController(KnowledgeStore store, StoreConfig config, DatasetState state,
                             @Value("${untoc.publish.publisher:untoc-kg}") String publisher) {
        this.state = state;
        this.dumps = new DatasetDumps(store, config.data().resolve("dumps"), DUMP_TIMEOUT);
        this.publisher = publisher;
    }

    /** The VoID description (RFC 5785 well-known name "void"). */
    @Get("/.well-known/void")
    @Produces(MediaType.ALL)
    HttpResponse<?> voidDescription(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        Instant now = Instant.now();
        Instant modified = state.stamp().map(s -> DatasetState.lastModified(s.modified(), now)).orElse(now);
        DatasetStatistics stats = state.statistics(STATISTICS_TIMEOUT);
        return rdf(VoidDescription.build(stats, served(request), DatasetDumps.MEDIA_TYPES, modified, publisher), accept)
                // Its links are made from the Host the client reached: caches must keep hosts apart.
                .header(HttpHeaders.VARY, HttpHeaders.HOST);
    }

    /** A dump of the current dataset version, or its checksum file. */
    @Get(uri = "/dumps/{file}", headRoute = false)
    @Produces(MediaType.ALL)
    HttpResponse<?> dump(String file) {
        Optional<java.nio.file.Path> path = dumps.file(file, state.statistics(STATISTICS_TIMEOUT).version());
        if (path.isEmpty()) {
            return noSuchDump();
        }
        return HttpResponse.ok(new SystemFile(path.get().toFile(), dumpType(file)).attach(file))
                .header(HttpHeaders.CACHE_CONTROL, DUMP_CACHE_CONTROL);
    }

    /**
     * HEAD of a dump: the type and length the GET would send, so a client can decide before downloading (the
     * framework's HEAD for a GET route drops both for a file body).
     */
    @Head("/dumps/{file}")
    HttpResponse<?> dumpHead(String file) throws java.io.IOException {
        Optional<java.nio.file.Path> path = dumps.file(file, state.statistics(STATISTICS_TIMEOUT).version());
        if (path.isEmpty()) {
            return noSuchDump();
        }
        return HttpResponse.ok().contentType(dumpType(file)).contentLength(java.nio.file.Files.size(path.get()))
                .header(HttpHeaders.CACHE_CONTROL, DUMP_CACHE_CONTROL);
    }

    private static MediaType dumpType(String file) {
        return file.endsWith(".sha256") ? MediaType.TEXT_PLAIN_TYPE : MediaType.of("application/gzip");
    }

    private static HttpResponse<?> noSuchDump() {
        return HttpResponse.notFound("dumps: " + String.join(", ", DatasetDumps.FORMATS.keySet()) + " (and .sha256)\n")
                .contentType(MediaType.TEXT_PLAIN_TYPE);
    }

    /**
     * Serialises a model in the representation the client prefers (Turtle by default); a 406 lists, as plain text,
     * exactly the media types that would have been accepted.
     */
    public static io.micronaut.http.MutableHttpResponse<?> rdf(Model model, @Nullable String accept) {
        Optional<Integer> choice = ContentNegotiation.choose(accept, RDF);
        if (choice.isEmpty()) {
            return ContentNegotiation.notAcceptable(RDF.stream().map(r -> r.mediaType).toList());
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
