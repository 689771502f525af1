package org.untoc.kg.extract.recommendation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.extract.entity.EntityTypes;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.load.DerivedGraph;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * Recommendation-level lineage: the same recommendation printed in two documents (a working-group report and the
 * annex of the resolution that endorses it, under another label) is linked by {@code untoc:sameRecommendationAs},
 * with a {@code untoc:RecommendationLink} node holding the evidence: score and method.
 *
 * <p>Pairs are compared across documents only; a pair is linked when each is the other's best match in the other
 * document and the score reaches {@link #THRESHOLD}.
 *
 * <p>Threshold 0.85. On the corpus, every true pair scores 1.0 after skeletonising (report CTOC/COP/WG.3/2021/3
 * against resolution 11/1, annex I), while the closest pair of different recommendations — annex I (i) and (p) of
 * resolution 11/1, written in parallel about articles 19 and 20 — scores 0.70. One reworded word in a 400-character
 * recommendation costs about 2 × 8 of some 400 shingles (score ≈ 0.96), so 0.85 still links a recommendation with
 * several editorial changes, and stays well above the parallel-but-different pair.
 */
public final class RecommendationLinker implements DerivedGraph {
    /** Bounds the one read of all recommendation texts; generous, it is a single scan. */
    private static final Duration QUERY_TIMEOUT = Duration.ofMinutes(5);

    public static final double THRESHOLD = 0.85;
    /** Named graph the store-wide linking step writes to. */
    public static final String GRAPH = Ids.graph("derived/recommendation-links");

    /** A recommendation to compare: its IRI, the document (or graph) it is printed in, and its text. */
    public record Candidate(String iri, String document, String text) {}

    /** A link with its evidence. */
    public record Link(String source, String target, double score) {
        /** A stable IRI for the link node, from the two recommendation IRIs. */
        public String iri() {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest((source + "\n" + target).getBytes(StandardCharsets.UTF_8));
                return Ids.ID + "recommendation-link/" + HexFormat.of().formatHex(h).substring(0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final double threshold;

    public RecommendationLinker(double threshold) {
        this.threshold = threshold;
    }

    public RecommendationLinker() {
        this(THRESHOLD);
    }

    /** The recommendations of parsed documents (post-load step over parsed texts). */
    public static List<Candidate> candidates(ParsedDocument... docs) {
        List<Candidate> out = new ArrayList<>();
        for (ParsedDocument d : docs) {
            for (Block b : d.blocks()) {
                if (b.type() == BlockType.RECOMMENDATION) out.add(new Candidate(DocumentIris.block(d, b), DocumentIris.subject(d), b.text()));
            }
        }
        return out;
    }

    /** The recommendations in a store, with the named graph each is in (query-time step over the whole store). */
    public static List<Candidate> candidates(KnowledgeStore store) {
        Query q = QueryFactory.create("PREFIX untoc: <" + Untoc.NS + "> "
                + "SELECT ?r ?g ?t WHERE { GRAPH ?g { ?r a untoc:Recommendation; untoc:text ?t } } ORDER BY ?r ?g");
        return store.query(q, QUERY_TIMEOUT, qe -> {
            List<Candidate> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(new Candidate(s.getResource("r").getURI(), s.getResource("g").getURI(), s.getLiteral("t").getLexicalForm()));
            }
            return out;
        });
    }

    /**
     * Links between candidates of different documents: mutual best matches scoring at least the threshold.
     *
     * <p>Only pairs that share a shingle can score above zero, so each candidate is scored against those alone,
     * found through an index from shingle to candidates, instead of against every candidate of every other
     * document (all pairs: 22,000 recommendations at 1,000 generated documents made 240 million comparisons). The
     * links are the same, in the same order: per pair of documents in order of first appearance, per candidate of
     * the earlier document in its order; ties go to the earlier candidate, as a left-to-right scan gives them.
     */
    public List<Link> link(List<Candidate> candidates) {
        // Identical texts printed in many documents (a recommendation repeated session after session) would link
        // every pair of copies: quadratic in the copies. Each copy links to one representative instead, and only
        // representatives are compared further; sameRecommendationAs is transitive, so no link is lost.
        // Copies are found by their skeleton (what the shingles are cut from), so only distinct texts are shingled:
        // the shingle sets of every copy would not fit a 512 MB heap at 1,000 generated documents.
        Map<String, Candidate> representative = new java.util.HashMap<>();
        List<Candidate> distinct = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (Candidate c : candidates) {
            Candidate rep = representative.putIfAbsent(TextSimilarity.skeleton(c.text()), c);
            if (rep == null || rep.iri().equals(c.iri())) {
                distinct.add(c);
            } else if (!rep.document().equals(c.document())) {
                links.add(rep.iri().compareTo(c.iri()) <= 0 ? new Link(rep.iri(), c.iri(), 1.0)
                        : new Link(c.iri(), rep.iri(), 1.0));
            }
        }
        List<Link> scored = linkByScore(distinct);
        scored.addAll(links);
        return scored;
    }

    /** Mutual best matches per pair of documents, every copy of a text compared with every other (see {@link #link}). */
    List<Link> linkByScore(List<Candidate> candidates) {
        if (threshold <= 0) {
            // A zero score could then link, and pairs without a common shingle score zero: compare them all.
            return linkAllPairs(candidates);
        }
        Index index = new Index(candidates);
        List<long[]> found = new ArrayList<>();
        for (int x = 0; x < index.size(); x++) {
            Map<Integer, Best> bestByDoc = index.bestPerDocument(x);
            for (var e : bestByDoc.entrySet()) {
                Best best = e.getValue();
                if (index.doc[x] > e.getKey() || best.score < threshold) continue;
                Best back = index.bestPerDocument(best.candidate).get(index.doc[x]);
                if (back == null || back.candidate != x) continue;
                found.add(new long[] {index.doc[x], e.getKey(), index.local[x], x, best.candidate});
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));
        List<Link> links = new ArrayList<>();
        for (long[] f : found) {
            int x = (int) f[3];
            int y = (int) f[4];
            String p = candidates.get(index.order[x]).iri();
            String q = candidates.get(index.order[y]).iri();
            double score = index.score(x, y);
            links.add(p.compareTo(q) <= 0 ? new Link(p, q, score) : new Link(q, p, score));
        }
        return links;
    }

    /** The best match of a candidate within one other document, and its score. */
    private record Best(int candidate, double score) {}

    /**
     * The candidates grouped by document (documents in order of first appearance, candidates in list order), with
     * their shingles and an index from each shingle to the candidates that have it.
     */
    private static final class Index {
        /** Position in the input list of each candidate, in grouped order. */
        final int[] order;
        final int[] doc;
        final int[] local;
        final List<Set<String>> shingles = new ArrayList<>();
        final Map<String, List<Integer>> postings = new java.util.HashMap<>();
        private final int[] common;

        Index(List<Candidate> candidates) {
            Map<String, List<Integer>> byDoc = new LinkedHashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                byDoc.computeIfAbsent(candidates.get(i).document(), k -> new ArrayList<>()).add(i);
            }
            // One shingle set per IRI, from its first text, as the pairwise comparison always had it.
            Map<String, Set<String>> byIri = new java.util.HashMap<>();
            for (Candidate c : candidates) byIri.computeIfAbsent(c.iri(), k -> TextSimilarity.shingles(c.text()));
            int n = candidates.size();
            order = new int[n];
            doc = new int[n];
            local = new int[n];
            common = new int[n];
            int k = 0;
            int d = 0;
            for (List<Integer> members : byDoc.values()) {
                for (int j = 0; j < members.size(); j++) {
                    order[k] = members.get(j);
                    doc[k] = d;
                    local[k] = j;
                    Set<String> set = byIri.get(candidates.get(members.get(j)).iri());
                    shingles.add(set);
                    // Two empty texts score 1: the empty key makes them meet like a shared shingle.
                    for (String sh : set.isEmpty() ? Set.of("") : set) {
                        postings.computeIfAbsent(sh, key -> new ArrayList<>()).add(k);
                    }
                    k++;
                }
                d++;
            }
        }

        int size() {
            return order.length;
        }

        double score(int x, int y) {
            return TextSimilarity.jaccard(shingles.get(x), shingles.get(y));
        }

        /** For each other document with a candidate sharing a shingle with x: the best of them (first on ties). */
        Map<Integer, Best> bestPerDocument(int x) {
            Set<String> set = shingles.get(x);
            List<Integer> touched = new ArrayList<>();
            for (String sh : set.isEmpty() ? Set.of("") : set) {
                for (int y : postings.get(sh)) {
                    if (doc[y] == doc[x]) continue;
                    if (common[y]++ == 0) touched.add(y);
                }
            }
            Map<Integer, Best> best = new java.util.HashMap<>();
            for (int y : touched) {
                int inter = set.isEmpty() ? 0 : common[y];
                common[y] = 0;
                Set<String> other = shingles.get(y);
                double score = set.isEmpty() && other.isEmpty() ? 1.0
                        : (double) inter / (set.size() + other.size() - inter);
                Best b = best.get(doc[y]);
                if (b == null || score > b.score || score == b.score && local[y] < local[b.candidate]) {
                    best.put(doc[y], new Best(y, score));
                }
            }
            return best;
        }
    }

    /** Every pair of candidates of different documents compared: needed when a zero score may link. */
    private List<Link> linkAllPairs(List<Candidate> candidates) {
        Map<String, List<Candidate>> byDoc = new LinkedHashMap<>();
        for (Candidate c : candidates) byDoc.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c);
        Map<String, Set<String>> shingles = new LinkedHashMap<>();
        for (Candidate c : candidates) shingles.computeIfAbsent(c.iri(), k -> TextSimilarity.shingles(c.text()));
        List<String> docs = new ArrayList<>(byDoc.keySet());
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                List<Candidate> a = byDoc.get(docs.get(i));
                List<Candidate> b = byDoc.get(docs.get(j));
                double[][] s = new double[a.size()][b.size()];
                for (int x = 0; x < a.size(); x++) {
                    for (int y = 0; y < b.size(); y++) {
                        s[x][y] = TextSimilarity.jaccard(shingles.get(a.get(x).iri()), shingles.get(b.get(y).iri()));
                    }
                }
                for (int x = 0; x < a.size(); x++) {
                    int best = argmaxRow(s, x);
                    if (best < 0 || s[x][best] < threshold || argmaxColumn(s, best) != x) continue;
                    String p = a.get(x).iri();
                    String q = b.get(best).iri();
                    links.add(p.compareTo(q) <= 0 ? new Link(p, q, s[x][best]) : new Link(q, p, s[x][best]));
                }
            }
        }
        return links;
    }

    private static int argmaxRow(double[][] s, int x) {
        int best = -1;
        for (int y = 0; y < s[x].length; y++) if (best < 0 || s[x][y] > s[x][best]) best = y;
        return best;
    }

    private static int argmaxColumn(double[][] s, int y) {
        int best = -1;
        for (int x = 0; x < s.length; x++) if (best < 0 || s[x][y] > s[best][y]) best = x;
        return best;
    }

    /** Writes each link: the symmetric {@code untoc:sameRecommendationAs} and the evidence node. */
    public static void write(List<Link> links, StreamRDF out) {
        TripleWriter t = new TripleWriter(out);
        for (Link l : links) {
            t.iri(l.source(), Untoc.sameRecommendationAs, l.target());
            t.iri(l.target(), Untoc.sameRecommendationAs, l.source());
            String node = l.iri();
            t.type(node, Untoc.RecommendationLink);
            t.iri(node, Untoc.linkSource, l.source());
            t.iri(node, Untoc.linkTarget, l.target());
            t.decimal(node, Untoc.similarity, l.score());
            t.string(node, Untoc.method, TextSimilarity.METHOD);
        }
    }

    @Override
    public String graphIri() {
        return GRAPH;
    }

    /** Links all recommendations of the store; the links graph ({@link #GRAPH}) is then replaced with them. */
    @Override
    public Consumer<StreamRDF> compute(KnowledgeStore store) {
        List<Link> links = link(candidates(store));
        return out -> write(links, out);
    }
}
