package org.untoc.kg.serve;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** HTTP validators of /sparql results: ETag and Last-Modified out, If-None-Match in. */
final class Validators {
    private Validators() {}

    /** True when the request's If-None-Match names the response's ETag (or is "*"). */
    static boolean notModified(SparqlResponse response, List<String> ifNoneMatch) {
        if (response.etag() == null) {
            return false;
        }
        for (String header : ifNoneMatch) {
            for (String tag : header.split(",")) {
                String t = tag.strip();
                // Weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(response.etag())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds ETag and Last-Modified when the response has them. */
    static <T> MutableHttpResponse<T> addTo(MutableHttpResponse<T> http, SparqlResponse response) {
        if (response.etag() != null) {
            http.header(HttpHeaders.ETAG, response.etag());
        }
        if (response.lastModified() != null) {
            http.header(HttpHeaders.LAST_MODIFIED,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(response.lastModified().atOffset(ZoneOffset.UTC)));
        }
        return http;
    }
}
