package org.untoc.kg.extract.recommendation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import java.util.function.Consumer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.load.DerivedGraph;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.util.Sha256;
import org.untoc.kg.vocab.Untoc;

/**
 * Recommendation-level lineage: the same recommendation printed in two documents (a working-group report and the
 * annex of the resolution that endorses it, under another label) is linked by {@code untoc:sameRecommendationAs},
 * with a {@code untoc:RecommendationLink} node holding the evidence: score and method (one node for all the
 * identical copies of a text, see {@link #write}).
 *
 * <p>Recommendations are compared across documents only, and each is linked to one earlier recommendation it
 * matches (score at least {@link #THRESHOLD}), so a text printed in many documents forms a star, not a clique
 * (see {@link #link}).
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
        /** Whether the two texts have the same words: such links from one source share their evidence node. */
        public boolean identical() {
            return score >= 1.0;
        }

        /**
         * A stable IRI for the link's evidence node: from the two recommendation IRIs, or for identical texts from
         * the source alone (one node for all the copies of its text).
         */
        public String iri() {
            return Ids.ID + "recommendation-link/" + Sha256.hex(source + "\n" + (identical() ? "identical" : target), 8);
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
                + "SELECT ?r ?g ?t WHERE { GRAPH ?g { ?r a untoc:Recommendation; untoc:text ?t } } ORDER BY ?r ?g ?t");
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
     * Links between candidates of different documents. Candidates are taken in order; each is linked to the first
     * earlier representative of another document with the same skeleton, or else to the best-scoring one reaching
     * the threshold (the earlier on ties); a candidate linked to none becomes a representative itself.
     *
     * <p>Why representatives and not every pair: a text printed in many documents (a recommendation repeated
     * session after session, or the generated corpus's thousands of copies) would link every pair of its copies,
     * quadratic in the copies. {@code sameRecommendationAs} is transitive, so one link per copy says the same. On
     * real texts, where a recommendation is printed in a report and in the annex that endorses it, this is the one
     * link the pair needs.
     *
     * <p>Only pairs that share a shingle can score above zero, so a candidate is scored against the representatives
     * that share one, found through an index, and the identical copies, found by their skeleton, are not shingled at
     * all: every copy's shingles would not fit a 512 MB heap at 1,000 generated documents.
     */
    public List<Link> link(List<Candidate> candidates) {
        Map<String, Integer> bySkeleton = new java.util.HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        List<Candidate> reps = new ArrayList<>();
        Overlaps overlaps = new Overlaps();
        List<Link> links = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!seen.add(c.iri())) continue; // the same recommendation read from a second graph
            String skeleton = TextSimilarity.skeleton(c.text());
            Integer same = bySkeleton.get(skeleton);
            if (same != null && !reps.get(same).document().equals(c.document())) {
                links.add(link(reps.get(same), c, 1.0));
                continue;
            }
            Set<String> shingles = TextSimilarity.shingles(c.text());
            int best = -1;
            double bestScore = -1;
            int[] scored = overlaps.count(shingles, threshold <= 0);
            for (int r : scored) {
                if (reps.get(r).document().equals(c.document())) continue;
                double score = overlaps.jaccard(r, shingles.size());
                if (score > bestScore || score == bestScore && r < best) {
                    best = r;
                    bestScore = score;
                }
            }
            overlaps.clear(scored);
            if (best >= 0 && bestScore >= threshold) {
                links.add(link(reps.get(best), c, bestScore));
                continue;
            }
            reps.add(c);
            bySkeleton.putIfAbsent(skeleton, reps.size() - 1);
            overlaps.add(shingles);
        }
        return links;
    }

    /**
     * The representatives' shingles as postings, and for one candidate the number of shingles it shares with each:
     * Jaccard is then that count over the union's size, the same figure as {@link TextSimilarity#jaccard} without
     * a set lookup per shingle per pair (which was 80 % of linking at 10,000 generated documents).
     */
    private static final class Overlaps {
        private final Map<String, List<Integer>> postings = new java.util.HashMap<>();
        private int[] sizes = new int[64];
        private int[] shared = new int[64];
        private int count;

        /** Posts the next representative's shingles. */
        void add(Set<String> shingles) {
            if (count == sizes.length) {
                sizes = java.util.Arrays.copyOf(sizes, count * 2);
                shared = java.util.Arrays.copyOf(shared, count * 2);
            }
            sizes[count] = shingles.size();
            // Two empty texts score 1: the empty key makes them meet like a shared shingle.
            for (String sh : shingles.isEmpty() ? Set.of("") : shingles) {
                postings.computeIfAbsent(sh, k -> new ArrayList<>()).add(count);
            }
            count++;
        }

        /**
         * Counts the shingles each representative shares with {@code shingles}; returns, in ascending order, those
         * sharing one (or every representative, with {@code all}: a threshold of 0 links texts sharing nothing).
         */
        int[] count(Set<String> shingles, boolean all) {
            java.util.BitSet met = new java.util.BitSet(count);
            for (String sh : shingles.isEmpty() ? Set.of("") : shingles) {
                List<Integer> p = postings.get(sh);
                if (p == null) continue;
                for (int r : p) {
                    shared[r]++;
                    met.set(r);
                }
            }
            if (all) met.set(0, count);
            return met.stream().toArray();
        }

        /** Jaccard of representative {@code r} and the counted text, which has {@code size} shingles. */
        double jaccard(int r, int size) {
            // Two empty texts met through the empty key, which is not a shingle they share.
            if (size == 0 && sizes[r] == 0) return 1.0;
            return (double) shared[r] / (size + sizes[r] - shared[r]);
        }

        void clear(int[] scored) {
            for (int r : scored) shared[r] = 0;
        }
    }

    private static Link link(Candidate a, Candidate b, double score) {
        return a.iri().compareTo(b.iri()) <= 0 ? new Link(a.iri(), b.iri(), score) : new Link(b.iri(), a.iri(), score);
    }

    /**
     * Writes each link: the symmetric {@code untoc:sameRecommendationAs} and the evidence node. Links of identical
     * texts from one source share one node, with a target per copy: a text printed in many documents (a
     * recommendation repeated session after session; the generated corpus's thousands of copies) cost five triples
     * of evidence per copy, most of what the derived graphs wrote, and the copies say nothing apart. Any two
     * targets of such a node are as identical to each other as to the source, so pairing them is still true.
     */
    public static void write(List<Link> links, StreamRDF out) {
        TripleWriter t = new TripleWriter(out);
        Set<String> written = new java.util.HashSet<>();
        for (Link l : links) {
            t.iri(l.source(), Untoc.sameRecommendationAs, l.target());
            t.iri(l.target(), Untoc.sameRecommendationAs, l.source());
            String node = l.iri();
            // A node of its own (different texts) is new every time; only a shared one may have been written.
            if (!l.identical() || written.add(node)) {
                t.type(node, Untoc.RecommendationLink);
                t.iri(node, Untoc.linkSource, l.source());
                t.decimal(node, Untoc.similarity, l.score());
                t.string(node, Untoc.method, TextSimilarity.METHOD);
            }
            t.iri(node, Untoc.linkTarget, l.target());
        }
    }

    @Override
    public String graphIri() {
        return GRAPH;
    }

    /**
     * The same candidates taken from document graphs as they are loaded, in the order the store's read gives them
     * (recommendation, graph, text: IRIs and strings compare alike in SPARQL and Java), so that the links are the same.
     */
    @Override
    public Optional<Accumulator> accumulator() {
        List<Candidate> found = new ArrayList<>();
        // The generated corpus prints one text thousands of times: keep one copy of each.
        Map<String, String> texts = new java.util.HashMap<>();
        return Optional.of(new Accumulator() {
            @Override
            public void add(String graphIri, List<Triple> triples) {
                Set<Node> recommendations = new java.util.HashSet<>();
                for (Triple t : triples) {
                    if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().equals(Untoc.Recommendation)
                            && t.getSubject().isURI()) {
                        recommendations.add(t.getSubject());
                    }
                }
                if (recommendations.isEmpty()) return;
                for (Triple t : triples) {
                    if (t.getPredicate().equals(Untoc.text) && t.getObject().isLiteral()
                            && recommendations.contains(t.getSubject())) {
                        String text = texts.computeIfAbsent(t.getObject().getLiteralLexicalForm(), k -> k);
                        found.add(new Candidate(t.getSubject().getURI(), graphIri, text));
                    }
                }
            }

            @Override
            public Consumer<StreamRDF> result() {
                found.sort(Comparator.comparing(Candidate::iri).thenComparing(Candidate::document)
                        .thenComparing(Candidate::text));
                List<Link> links = link(found);
                return out -> write(links, out);
            }
        });
    }

    /** Links all recommendations of the store; the links graph ({@link #GRAPH}) is then replaced with them. */
    @Override
    public Consumer<StreamRDF> compute(KnowledgeStore store) {
        List<Link> links = link(candidates(store));
        return out -> write(links, out);
    }
}
