package org.untoc.kg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the representation of a resource from the request's {@code Accept} header (RFC 9110 media ranges with
 * q-values).
 *
 * <p>Browsers name {@code text/html} explicitly and get the page; clients that send no Accept, or only
 * {@code *}{@code /*}, get Turtle, the server's first preference. Each resource IRI is answered directly with 200
 * (no 303 hop), with {@code Content-Location} naming the representation's own address
 * ({@code /id/...?format=ttl}) and {@code Vary: Accept} so caches keep representations apart: the IRI names the
 * thing, the Content-Location names the document describing it.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    /** One media range of an Accept header. */
    record MediaRange(String type, String subtype, double q) {
        /** 3 exact, 2 type/*, 1 * /*, 0 no match. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 1;
            }
            if (!type.equals(t)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(s) ? 3 : 0;
        }
    }

    /** The best representation for this Accept header (null or blank: Turtle); empty if none is acceptable (406). */
    public static Optional<Representation> choose(String accept) {
        return choose(accept, List.of(Representation.values())).map(i -> Representation.values()[i]);
    }

    /**
     * The index in {@code offered} of the best media type for this Accept header, the earlier offer winning ties;
     * empty if the client accepts none of them.
     */
    public static Optional<Integer> choose(String accept, List<Representation> offered) {
        List<String> types = offered.stream().map(r -> r.mediaType).toList();
        return chooseMediaType(accept, types);
    }

    /** As {@link #choose(String, List)}, over plain media types. */
    public static Optional<Integer> chooseMediaType(String accept, List<String> offered) {
        return chooseAmong(accept, offered.stream().map(List::of).toList());
    }

    /**
     * The index of the best offer, where each offer is answered under one or more media types (aliases such as
     * {@code application/sparql-results+json} and {@code application/json}): the most specific range matching any
     * of an offer's types decides its q, so that {@code application/sparql-results+json;q=0, *}{@code /*;q=0.1}
     * rules that offer out although its alias matches the wildcard. Ties go to the type the client named outright,
     * then to the earlier offer.
     */
    public static Optional<Integer> chooseAmong(String accept, List<List<String>> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.isEmpty() ? Optional.empty() : Optional.of(0);
        }
        List<MediaRange> ranges = parse(accept);
        int best = -1;
        double bestQ = 0;
        int bestSpecificity = 0;
        for (int i = 0; i < offered.size(); i++) {
            // The most specific matching range decides this offer's q (RFC 9110 §12.5.1).
            int specificity = 0;
            double q = 0;
            for (String alias : offered.get(i)) {
                String type = alias.toLowerCase(Locale.ROOT);
                for (MediaRange r : ranges) {
                    int s = r.specificity(type);
                    if (s > specificity || s == specificity && s > 0 && r.q() > q) {
                        specificity = s;
                        q = r.q();
                    }
                }
            }
            if (specificity == 0 || q <= 0) {
                continue;
            }
            // A type the client named outright beats one it only accepts through a wildcard at the same q.
            boolean better = q > bestQ || q == bestQ && specificity == 3 && bestSpecificity < 3;
            if (best < 0 || better) {
                best = i;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /**
     * The text of a 406: the media types on offer, one per line after a sentence, each of which the same request
     * with that type in Accept is then answered in.
     */
    public static String offered(List<String> mediaTypes) {
        return "Not acceptable. Available as:\n" + String.join("\n", mediaTypes) + "\n";
    }

    /** A 406 with a plain-text body listing what is on offer ({@link #offered}). */
    public static io.micronaut.http.MutableHttpResponse<String> notAcceptable(List<String> mediaTypes) {
        return io.micronaut.http.HttpResponse.<String>status(io.micronaut.http.HttpStatus.NOT_ACCEPTABLE)
                .contentType(io.micronaut.http.MediaType.TEXT_PLAIN_TYPE.getName() + "; charset=utf-8")
                .body(offered(mediaTypes))
                .header(io.micronaut.http.HttpHeaders.VARY, io.micronaut.http.HttpHeaders.ACCEPT);
    }

    static List<MediaRange> parse(String accept) {
        List<MediaRange> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] fields = part.split(";");
            String range = fields[0].strip().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) {
                continue; // malformed range: ignored, like most servers do
            }
            double q = 1.0;
            for (int i = 1; i < fields.length; i++) {
                String p = fields[i].strip().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2))));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new MediaRange(range.substring(0, slash), range.substring(slash + 1), q));
        }
        return out;
    }
}
