package org.untoc.kg.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.untoc.kg.store.KnowledgeStore;

/**
 * The named graphs of a store with their sizes, and the dataset version they make: a hash of every graph's name and
 * triple count. Loading the same documents again gives the same version; replacing a document with a changed one
 * gives a new one. It is computed through the SPARQL interface only, so it works on any store.
 */
public record DatasetStatistics(Map<String, Long> graphs, String version) {

    /** Total triples over all named graphs. */
    public long triples() {
        return graphs.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Reads the statistics from the store (one aggregate query). */
    public static DatasetStatistics of(KnowledgeStore store, Duration timeout) {
        Map<String, Long> graphs = store.query(QueryFactory.create(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"), timeout, qe -> {
                    Map<String, Long> counts = new TreeMap<>();
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        counts.put(s.getResource("g").getURI(), s.getLiteral("n").getLong());
                    }
                    return counts;
                });
        return new DatasetStatistics(graphs, versionOf(graphs));
    }

    static String versionOf(Map<String, Long> graphs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(graphs).forEach((g, n) -> sha.update((g + " " + n + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
