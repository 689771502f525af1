package org.untoc.kg.serve;

/**
 * A serialised query result.
 *
 * @param body the bytes to send
 * @param format how they are written
 * @param truncated true when the row/triple cap cut the result
 */
public record SparqlResponse(byte[] body, ResultFormat format, boolean truncated) {}
