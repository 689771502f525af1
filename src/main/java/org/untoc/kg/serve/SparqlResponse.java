package org.untoc.kg.serve;

import java.time.Instant;

/**
 * A serialised query result.
 *
 * @param body the bytes to send
 * @param format how they are written
 * @param truncated true when the row/triple cap cut the result
 * @param etag the validator of this result (dataset version + query), or null when the version is unknown
 * @param lastModified no earlier than the last write to the data, or null when unknown
 */
public record SparqlResponse(byte[] body, ResultFormat format, boolean truncated, String etag, Instant lastModified) {
    public SparqlResponse(byte[] body, ResultFormat format, boolean truncated) {
        this(body, format, truncated, null, null);
    }
}
