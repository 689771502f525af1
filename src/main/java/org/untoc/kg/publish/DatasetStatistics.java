package org.untoc.kg.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;

/**
 * The named graphs of a store with their sizes, and the dataset version they make: a hash of every graph's name,
 * triple count and content. Loading the same documents again gives the same version; any change to a graph — also
 * one that keeps its size, such as a corrected title — gives a new one. Over TDB2 it is computed from the quad and
 * node indexes in one pass ({@link #of}); elsewhere through the SPARQL interface only, in the aggregate query that
 * counts the triples, so it works on any store and sees every writer.
 *
 * <p>The content hash of a graph is order-independent: the sum, over its triples, of a hash of the triple's terms.
 * In the aggregate query it is the first 32 bits of the MD5 of the terms (blank nodes count as blank, since their
 * labels are the store's own); standard SPARQL 1.1 has no hexadecimal numbers, so each hex digit is read as its
 * position in "0123456789abcdef".
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
     * quad index as TDB2 stores it (term ids, no term decoded; each term's content hash read once from the node
     * table's index): the aggregate query spends minutes at 10,000 documents decoding 14 M quads and evaluating
     * MD5, CONCAT and SUBSTR on each, past the query timeout of the VoID it serves. The same data gives the same
     * version in any TDB2 database, before and after compaction; the version differs from the aggregate query's,
     * which hashes other bytes, so a store keeps to one of the two. Elsewhere the aggregate query, so the quads
     * never travel.
     */
    public static DatasetStatistics of(KnowledgeStore store, Duration timeout) {
        Map<String, Long> graphs = new TreeMap<>();
        Map<String, String> hashes = new TreeMap<>();
        if (store instanceof Tdb2Store tdb2) {
            hashTerms(tdb2.datasetGraph(), graphs, hashes);
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

    /**
     * Each named graph's size and the sum of a 64-bit mix of its quads' terms. A term stands for itself by the
     * content hash its node table files it under (an MD5 of the term), read once per term from the node table's
     * index, never by its id: compacting a database numbers its terms anew. Inline terms (numbers, dates) are their
     * own value, the same in every database.
     */
    private static void hashTerms(DatasetGraph dsg, Map<String, Long> graphs, Map<String, String> hashes) {
        Txn.executeRead(dsg, () -> {
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
            TermHashes terms = TermHashes.of(quads.getNodeTable());
            Map<NodeId, long[]> sums = new HashMap<>();
            Iterator<Tuple<NodeId>> all = quads.findAll();
            while (all.hasNext()) {
                Tuple<NodeId> q = all.next();
                long[] countAndSum = sums.computeIfAbsent(q.get(0), g -> new long[2]);
                countAndSum[0]++;
                long h = 0x9E3779B97F4A7C15L;
                for (int i = 1; i < 4; i++) {
                    h = mix(h ^ terms.of(q.get(i)));
                }
                countAndSum[1] += h;
            }
            sums.forEach((g, c) -> {
                String name = quads.getNodeTable().getNodeForNodeId(g).getURI();
                graphs.put(name, c[0]);
                hashes.put(name, Long.toHexString(c[1]));
            });
        });
    }

    /** SplitMix64's finaliser: every bit of the input moves about half the bits of the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
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
