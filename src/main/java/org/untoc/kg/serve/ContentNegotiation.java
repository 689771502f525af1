package org.untoc.kg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Picks a result format from an HTTP Accept header (RFC 9110: q-values, type/* and *&#47;* ranges). */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    private record Range(String type, String subtype, double q) {
        /** How well this range matches a media type: 3 exact, 2 type/*, 1 *&#47;*, 0 no match. */
        int match(String mediaType) {
            String[] parts = mediaType.split("/", 2);
            if (type.equals("*")) {
                return 1;
            }
            if (!type.equals(parts[0])) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(parts[1]) ? 3 : 0;
        }
    }

    /**
     * The acceptable format with the highest q-value among {@code candidates} (ordered by server preference, the
     * first being the default when the client states no preference); empty when the client accepts none.
     */
    public static Optional<ResultFormat> choose(String accept, List<ResultFormat> candidates) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(candidates.get(0));
        }
        List<Range> ranges = parse(accept);
        ResultFormat best = null;
        double bestQ = 0;
        for (ResultFormat format : candidates) {
            double q = quality(ranges, format);
            if (q > bestQ) {
                best = format;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when an Accept header names no media range at all (";;;,,,"): a malformed request, answered 400, not
     * "nothing acceptable" (406).
     */
    public static boolean isMalformed(String accept) {
        return accept != null && !accept.isBlank() && parse(accept).isEmpty();
    }

    private static double quality(List<Range> ranges, ResultFormat format) {
        // The most specific range matching any of the format's media types decides, so that
        // "application/sparql-results+json;q=0, */*;q=0.1" rules JSON out although its alias matches */*.
        int bestSpecificity = 0;
        double q = 0;
        for (String mediaType : format.mediaTypes()) {
            for (Range range : ranges) {
                int m = range.match(mediaType);
                if (m > bestSpecificity || (m == bestSpecificity && m > 0 && range.q() > q)) {
                    bestSpecificity = m;
                    q = range.q();
                }
            }
        }
        return q;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String item : accept.split(",")) {
            // limit -1: ";;;" would otherwise split into no parts at all (and ";;;,,," answered 500)
            String[] params = item.split(";", -1);
            String mediaRange = params[0].strip().toLowerCase(Locale.ROOT);
            if (mediaRange.isEmpty()) {
                continue;
            }
            String[] typeParts = mediaRange.split("/", 2);
            String type = typeParts[0];
            String subtype = typeParts.length > 1 ? typeParts[1] : "*";
            double q = 1.0;
            for (int i = 1; i < params.length; i++) {
                String[] kv = params[i].strip().split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("q")) {
                    try {
                        q = Double.parseDouble(kv[1].strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(type, subtype, Math.max(0, Math.min(1, q))));
        }
        return ranges;
    }
}
