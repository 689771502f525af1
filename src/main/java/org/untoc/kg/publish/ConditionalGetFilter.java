package org.untoc.kg.publish;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.reactivestreams.Publisher;
import org.untoc.kg.serve.DatasetVersion;
import org.untoc.kg.util.Sha256;

/**
 * Conditional GET for everything that is a function of the data (RFC 9110 §13): resource and graph pages, the API,
 * VoID, the service description, the dumps and the ontology. One place instead of a copy per controller.
 *
 * <p>A successful GET or HEAD gets an {@code ETag} made of the dataset version, the request target and the request
 * headers the response varies on ({@code Vary}, plus {@code Host}, which VoID's links are built from), so two
 * representations of one resource never share a tag; and a {@code Last-Modified} that is the version's time, never
 * later than the response's {@code Date}. {@code If-None-Match} is then honoured, or, without it,
 * {@code If-Modified-Since}, with 304. A response that brings its own {@code ETag} (a /sparql result, tagged per
 * query) keeps it; its {@code Last-Modified} is still held to the {@code Date}.
 *
 * <p>A 304 is answered before the controller runs when the filter has seen a full answer to the same target under
 * the same version ({@link KnownAnswers}): the tag is computed from the request as it would be from that answer, so
 * building the answer again would only be thrown away. Otherwise the answer is built and compared as above.
 */
@Filter({"/id/**", "/graph/**", "/api/**", "/.well-known/void", "/sparql", "/dumps/**", "/ontology"})
public class ConditionalGetFilter implements HttpServerFilter {
    /** IMF-fixdate (RFC 9110 §5.6.7): two-digit day, always GMT; RFC_1123_DATE_TIME would write "6 Dec". */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    /** Headers a 304 repeats from the 200 it stands for (RFC 9110 §15.4.5). */
    private static final List<String> REPEATED = List.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_LOCATION,
            HttpHeaders.VARY, HttpHeaders.EXPIRES);
    /** Targets × versions remembered; an entry is a few hundred bytes. */
    private static final int KNOWN_ANSWERS = 4096;
    private final DatasetState state;
    private final KnownAnswers known = new KnownAnswers(KNOWN_ANSWERS);

    public ConditionalGetFilter(DatasetState state) {
        this.state = state;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return chain.proceed(request);
        }
        // Read before the answer is made: an answer computed after a concurrent write is only fresher than its tag.
        Optional<DatasetVersion.Stamp> stamp = state.stamp();
        if (stamp.isPresent() && conditional(request)) {
            Optional<MutableHttpResponse<?>> early = answeredEarly(request, stamp.get());
            if (early.isPresent()) {
                return Publishers.just(early.get());
            }
        }
        return Publishers.map(chain.proceed(request), response -> validate(request, response, stamp.orElse(null)));
    }

    private static boolean conditional(HttpRequest<?> request) {
        return request.getHeaders().contains(HttpHeaders.IF_NONE_MATCH)
                || request.getHeaders().contains(HttpHeaders.IF_MODIFIED_SINCE);
    }

    /** The 304 for a target whose full answer under this version is known, if the request's validators match. */
    private Optional<MutableHttpResponse<?>> answeredEarly(HttpRequest<?> request, DatasetVersion.Stamp stamp) {
        Optional<KnownAnswers.Known> answer = known.get(stamp.tag(), target(request));
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        String etag = etag(stamp, request, answer.get().vary());
        if (!notModified(request, etag, stamp.modified())) {
            return Optional.empty();
        }
        MutableHttpResponse<?> out = HttpResponse.notModified();
        answer.get().repeated().forEach((name, values) -> values.forEach(v -> out.getHeaders().add(name, v)));
        out.getHeaders().set(HttpHeaders.ETAG, etag);
        dated(out, stamp.modified(), Instant.now());
        return Optional.of(out);
    }

    private MutableHttpResponse<?> validate(HttpRequest<?> request, MutableHttpResponse<?> response,
                                            DatasetVersion.Stamp stamp) {
        Instant now = Instant.now();
        if (response.getStatus() == HttpStatus.NOT_MODIFIED) {
            // Answered by the controller itself (/sparql): only its Last-Modified is held to the Date.
            parseDate(response.getHeaders().get(HttpHeaders.LAST_MODIFIED)).ifPresent(m -> dated(response, m, now));
            return response;
        }
        if (response.getStatus() != HttpStatus.OK) {
            return response;
        }
        String etag = response.getHeaders().get(HttpHeaders.ETAG);
        Instant modified = parseDate(response.getHeaders().get(HttpHeaders.LAST_MODIFIED)).orElse(null);
        if (etag == null && modified == null && stamp != null) {
            // Validators wholly the filter's: the next matching request can be answered from this memory alone.
            known.put(stamp.tag(), target(request), remembered(response));
        }
        if (etag == null && stamp != null) {
            etag = etag(stamp, request, response.getHeaders().getAll(HttpHeaders.VARY));
        }
        if (modified == null && stamp != null) {
            modified = stamp.modified();
        }
        if (etag == null && modified == null) {
            return response;
        }
        MutableHttpResponse<?> out = notModified(request, etag, modified) ? notModifiedLike(response) : response;
        if (etag != null) {
            out.getHeaders().set(HttpHeaders.ETAG, etag);
        }
        if (modified != null) {
            dated(out, modified, now);
        }
        return out;
    }

    /** Sets Date and a Last-Modified no later than it: both from one clock reading. */
    private static void dated(MutableHttpResponse<?> response, Instant modified, Instant now) {
        response.getHeaders().set(HttpHeaders.DATE, HTTP_DATE.format(now.atOffset(ZoneOffset.UTC)));
        response.getHeaders().set(HttpHeaders.LAST_MODIFIED,
                HTTP_DATE.format(DatasetState.lastModified(modified, now).atOffset(ZoneOffset.UTC)));
    }

    /**
     * RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison); otherwise If-Modified-Since, which
     * matches when the data has not changed since that date. {@code modified} is the version's own time, which may
     * be later than the Last-Modified sent (held to the Date): a client echoing the held-back date is not told
     * "not modified" until that second is over.
     */
    static boolean notModified(HttpRequest<?> request, String etag, Instant modified) {
        List<String> ifNoneMatch = request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH);
        if (!ifNoneMatch.isEmpty()) {
            return etag != null && matches(ifNoneMatch, etag);
        }
        Optional<Instant> since = parseDate(request.getHeaders().get(HttpHeaders.IF_MODIFIED_SINCE));
        return since.isPresent() && modified != null && !modified.isAfter(since.get());
    }

    private static boolean matches(List<String> ifNoneMatch, String etag) {
        String opaque = opaque(etag);
        for (String header : ifNoneMatch) {
            for (String tag : header.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || opaque(t).equals(opaque)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tag without its weakness mark: If-None-Match compares weakly (RFC 9110 §13.1.2). */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** A 304 carrying the headers a 200 would have to update a cache with (RFC 9110 §15.4.5), and no body. */
    private static MutableHttpResponse<?> notModifiedLike(MutableHttpResponse<?> response) {
        MutableHttpResponse<?> out = HttpResponse.notModified();
        for (String name : REPEATED) {
            for (String value : response.getHeaders().getAll(name)) {
                out.getHeaders().add(name, value);
            }
        }
        return out;
    }

    private static KnownAnswers.Known remembered(MutableHttpResponse<?> response) {
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        for (String name : REPEATED) {
            List<String> values = response.getHeaders().getAll(name);
            if (!values.isEmpty()) {
                repeated.put(name, List.copyOf(values));
            }
        }
        return new KnownAnswers.Known(response.getHeaders().getAll(HttpHeaders.VARY), repeated);
    }

    private static String target(HttpRequest<?> request) {
        return request.getUri().toString();
    }

    /** The tag of the representation selected by the request's headers named in {@code varyHeaders}. */
    private static String etag(DatasetVersion.Stamp stamp, HttpRequest<?> request, List<String> varyHeaders) {
        // The headers named by Vary select the representation; Host too, since links in VoID are built from it.
        TreeSet<String> varying = new TreeSet<>();
        varying.add(HttpHeaders.HOST.toLowerCase(Locale.ROOT));
        for (String vary : varyHeaders) {
            for (String name : vary.split(",")) {
                if (!name.isBlank()) {
                    varying.add(name.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        StringBuilder key = new StringBuilder(stamp.tag()).append('\n').append(request.getUri()).append('\n');
        for (String name : varying) {
            key.append(name).append(": ").append(String.join(",", request.getHeaders().getAll(name))).append('\n');
        }
        return "\"" + Sha256.hex(key.toString(), 16) + "\"";
    }

    private static Optional<Instant> parseDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty(); // an invalid date is ignored (RFC 9110 §13.1.3)
        }
    }
}
