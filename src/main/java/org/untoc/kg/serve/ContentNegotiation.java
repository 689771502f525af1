package org.untoc.kg.serve;

import java.util.List;
import java.util.Optional;

/**
 * The result format of a /sparql answer from an HTTP Accept header: the one negotiation algorithm of the service
 * ({@link org.untoc.kg.web.ContentNegotiation}), applied to {@link ResultFormat}s, each answered under all of its
 * media types.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    /**
     * The acceptable format with the highest q-value among {@code candidates} (ordered by server preference, the
     * first being the default when the client states no preference); empty when the client accepts none.
     */
    public static Optional<ResultFormat> choose(String accept, List<ResultFormat> candidates) {
        return org.untoc.kg.web.ContentNegotiation
                .chooseAmong(accept, candidates.stream().map(ResultFormat::mediaTypes).toList())
                .map(candidates::get);
    }
}
