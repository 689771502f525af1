package org.untoc.kg.extract.entity;

import org.untoc.kg.vocab.Ids;

/** A session of the Conference of the Parties as a phrase states it ("the seventh session of the Conference"). */
public record SessionMention(int number, DateSpan dates, String venue, int from, int to) {
    /** {@code id/cop/session/{n}}. */
    public String iri() {
        return Ids.copSession(number);
    }
}
