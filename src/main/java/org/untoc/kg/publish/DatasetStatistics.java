package org.untoc.kg.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;

/**
 * The named graphs of a store with their sizes, and the dataset version they make: a hash of every graph's name,
 * triple count and content. Loading the same documents again gives the same version; any change to a graph — also
 * one that keeps its size, such as a corrected title — gives a new one. It is computed through the SPARQL interface
 * only, in the aggregate query that counts the triples, so it works on any store and sees every writer.
 *
 * <p>The content hash of a graph is order-independent: the sum, over its triples, of the first 32 bits of the MD5
 * of the triple's terms (blank nodes count as blank, since their labels are the store's own). Standard SPARQL 1.1
 * has no hexadecimal numbers, so each hex digit is read as its position in "0123456789abcdef".
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

    /**
     * Reads the statistics from the store. Over TDB2 the graphs are counted and hashed here, in one pass over the
     * quads: the same figures as the aggregate query, which spends most of its time evaluating string functions
     * (MD5, CONCAT, SUBSTR) per triple, minutes at 10,000 documents. Elsewhere the aggregate query, so the quads
     * never travel.
     */
    public static DatasetStatistics of(KnowledgeStore store, Duration timeout) {
        Map<String, Long> graphs = new TreeMap<>();
        Map<String, String> hashes = new TreeMap<>();
        if (store instanceof Tdb2Store tdb2) {
            hashQuads(tdb2.datasetGraph(), graphs, hashes);
        } else {
            aggregate(store, timeout, graphs, hashes);
        }
        return new DatasetStatistics(graphs, unionSize(store, timeout), versionOf(graphs, hashes));
    }

    /** The statistics by the aggregate query alone, on any store (what {@link #of} computes elsewhere). */
    static DatasetStatistics ofAggregate(KnowledgeStore store, Duration timeout) {
        Map<String, Long> graphs = new TreeMap<>();
        Map<String, String> hashes = new TreeMap<>();
        aggregate(store, timeout, graphs, hashes);
        return new DatasetStatistics(graphs, unionSize(store, timeout), versionOf(graphs, hashes));
    }

    private static void aggregate(KnowledgeStore store, Duration timeout, Map<String, Long> graphs,
            Map<String, String> hashes) {
        store.query(QueryFactory.create(QUERY), timeout, qe -> {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String g = s.getResource("g").getURI();
                graphs.put(g, s.getLiteral("n").getLong());
                hashes.put(g, s.contains("h") ? s.getLiteral("h").getLexicalForm() : "?");
            }
            return null;
        });
    }

    /** Each named graph's size and content hash, as {@link #QUERY} computes them. */
    private static void hashQuads(DatasetGraph dsg, Map<String, Long> graphs, Map<String, String> hashes) {
        Map<Node, long[]> sums = new HashMap<>();
        MessageDigest md5 = md5();
        Txn.executeRead(dsg, () -> dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            long[] countAndSum = sums.computeIfAbsent(q.getGraph(), g -> new long[2]);
            countAndSum[0]++;
            byte[] digest = md5.digest((term(q.getSubject()) + " " + q.getPredicate().getURI() + " "
                    + term(q.getObject())).getBytes(StandardCharsets.UTF_8));
            // The first 32 bits of the MD5, as the query reads its first eight hex digits.
            countAndSum[1] += ((digest[0] & 0xFFL) << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8)
                    | (digest[3] & 0xFFL);
        }));
        sums.forEach((g, c) -> {
            graphs.put(g.getURI(), c[0]);
            hashes.put(g.getURI(), Long.toString(c[1]));
        });
    }

    /** A term as the query writes it: blank "_:", literal "\"lexical\"^^datatype@lang", IRI as is. */
    private static String term(Node n) {
        if (n.isBlank()) {
            return "_:";
        }
        if (n.isLiteral()) {
            return "\"" + n.getLiteralLexicalForm() + "\"^^" + n.getLiteralDatatypeURI() + "@" + n.getLiteralLanguage();
        }
        return n.getURI();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long unionSize(KnowledgeStore store, Duration timeout) {
        // Over the default graph, which every store keeps as the union of the named graphs (KnowledgeStore): the
        // very figure /sparql gives. TDB2 answers it from an index with the graph last, dropping the duplicates
        // as they come, where a SELECT DISTINCT over GRAPH ?g would hold every triple in memory.
        return store.query(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), timeout, qe -> {
            ResultSet rs = qe.execSelect();
            return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0L;
        });
    }

    /** Count and content hash of every named graph, in one pass. */
    static final String QUERY = contentQuery();

    private static String contentQuery() {
        String term = "IF(isBlank(?%1$s), \"_:\", IF(isLiteral(?%1$s), CONCAT(\"\\\"\", STR(?%1$s), \"\\\"^^\","
                + " STR(DATATYPE(?%1$s)), \"@\", LANG(?%1$s)), STR(?%1$s)))";
        StringBuilder number = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            if (i > 1) {
                number.append(" + ");
            }
            number.append("STRLEN(STRBEFORE(\"0123456789abcdef\", SUBSTR(?md5, ").append(i).append(", 1))) * ")
                    .append(1L << (4 * (8 - i)));
        }
        return "SELECT ?g (COUNT(*) AS ?n) (SUM(?x) AS ?h) WHERE { GRAPH ?g { ?s ?p ?o }"
                + " BIND (MD5(CONCAT(" + String.format(term, "s") + ", \" \", STR(?p), \" \", "
                + String.format(term, "o") + ")) AS ?md5)"
                + " BIND (" + number + " AS ?x) } GROUP BY ?g";
    }

    static String versionOf(Map<String, Long> graphs, Map<String, String> hashes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(graphs).forEach((g, n) -> sha.update((g + " " + n + " " + hashes.getOrDefault(g, "?")
                    + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
