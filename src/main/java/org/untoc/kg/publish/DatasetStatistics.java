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
 *
 * <p>Two totals, because a triple stated by several documents (a type, a title both cite) is one triple of the
 * union default graph but one statement in each graph: {@link #statements()} counts the quads (what the dumps
 * hold, the sum of the graphs' sizes) and {@link #triples()} the distinct triples of the union (what
 * {@code SELECT (COUNT(*) AS ?n) { ?s ?p ?o }} at /sparql answers). Every place that prints a figure names which.
 *
 * @param graphs each named graph's size
 * @param triples distinct triples over all graphs: the size of the union default graph
 * @param version the dataset version
 */
public record DatasetStatistics(Map<String, Long> graphs, long triples, String version) {

    /** Statements (quads) over all named graphs: the sum of their sizes, what a dump holds. */
    public long statements() {
        return graphs.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The figures as one line, each saying what it counts (the loader and the service print it). */
    public String describe() {
        return graphs.size() + " graphs, " + statements() + " statements in them, " + triples
                + " distinct triples in their union";
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
        // Over the default graph, which every store keeps as the union of the named graphs (KnowledgeStore): the
        // very figure /sparql gives. TDB2 answers it from an index with the graph last, dropping the duplicates
        // as they come, where a SELECT DISTINCT over GRAPH ?g would hold every triple in memory.
        long distinct = store.query(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), timeout,
                qe -> {
                    ResultSet rs = qe.execSelect();
                    return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0L;
                });
        return new DatasetStatistics(graphs, distinct, versionOf(graphs));
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
