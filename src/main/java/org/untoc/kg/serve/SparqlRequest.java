package org.untoc.kg.serve;

import java.util.List;

/**
 * A SPARQL 1.1 Protocol query request, whichever way it came (GET, POST form, POST body).
 *
 * @param query the query text, or null when the request carried none
 * @param update an update text, when the request carried one (always refused)
 * @param defaultGraphUris {@code default-graph-uri} parameters
 * @param namedGraphUris {@code named-graph-uri} parameters
 * @param accept the Accept header, or null
 */
public record SparqlRequest(String query, String update, List<String> defaultGraphUris, List<String> namedGraphUris,
        String accept) {}
