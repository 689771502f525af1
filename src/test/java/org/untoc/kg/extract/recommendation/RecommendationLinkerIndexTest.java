package org.untoc.kg.extract.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexed linker (only pairs that share a shingle are scored) gives exactly the links, scores and order of
 * comparing every pair, written out here as the reference: near-copies, ties, empty texts, one IRI in two graphs.
 * (The public {@code link} first folds identical copies onto one representative; that is tested in
 * RecommendationLinkerTest.)
 */
class RecommendationLinkerIndexTest {
    private static final String[] SENTENCES = {
        "States parties should consider establishing a central authority for mutual legal assistance",
        "The secretariat should continue to provide technical assistance upon request",
        "States parties are encouraged to share information on cases of extradition",
        "Consideration should be given to the use of videoconferencing for hearing witnesses",
        "States should collect statistics on requests for international cooperation",
    };

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sameLinksAsComparingEveryPair(long seed) {
        Random random = new Random(seed);
        List<RecommendationLinker.Candidate> candidates = new ArrayList<>();
        int documents = 3 + random.nextInt(6);
        for (int d = 0; d < documents; d++) {
            int count = 1 + random.nextInt(6);
            for (int k = 0; k < count; k++) {
                candidates.add(new RecommendationLinker.Candidate("http://example.org/d" + d + "/r" + k,
                        "http://example.org/d" + d, variant(random)));
            }
        }
        if (seed % 2 == 0) {
            // The same recommendation IRI read from two graphs, with two texts.
            candidates.add(new RecommendationLinker.Candidate("http://example.org/d0/r0", "http://example.org/extra",
                    variant(random)));
        }
        for (double threshold : new double[] {0.85, 0.5, 0.2}) {
            List<RecommendationLinker.Link> expected = allPairs(candidates, threshold);
            assertEquals(expected, new RecommendationLinker(threshold).linkByScore(candidates), "seed " + seed);
        }
    }

    @Test
    void scoringAloneLinksIdenticalCopiesPairwiseLikeEveryPair() {
        List<RecommendationLinker.Candidate> candidates = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            for (int k = 0; k < SENTENCES.length; k++) {
                candidates.add(new RecommendationLinker.Candidate("http://example.org/d" + d + "/r" + k,
                        "http://example.org/d" + d, SENTENCES[k]));
            }
            candidates.add(new RecommendationLinker.Candidate("http://example.org/d" + d + "/empty",
                    "http://example.org/d" + d, "; –"));
        }
        List<RecommendationLinker.Link> links = new RecommendationLinker().linkByScore(candidates);
        assertFalse(links.isEmpty());
        assertEquals(allPairs(candidates, RecommendationLinker.THRESHOLD), links);
    }

    private static String variant(Random random) {
        String s = SENTENCES[random.nextInt(SENTENCES.length)];
        return switch (random.nextInt(5)) {
            case 0 -> s;
            case 1 -> s.replace("should", "may");
            case 2 -> s + " and report thereon";
            case 3 -> "";
            default -> s.substring(0, s.length() / 2);
        };
    }

    /** The linker as it was: every pair of candidates of two documents scored, mutual first-best kept. */
    private static List<RecommendationLinker.Link> allPairs(List<RecommendationLinker.Candidate> candidates,
            double threshold) {
        Map<String, List<RecommendationLinker.Candidate>> byDoc = new LinkedHashMap<>();
        for (var c : candidates) byDoc.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c);
        Map<String, Set<String>> shingles = new LinkedHashMap<>();
        for (var c : candidates) shingles.computeIfAbsent(c.iri(), k -> TextSimilarity.shingles(c.text()));
        List<String> docs = new ArrayList<>(byDoc.keySet());
        List<RecommendationLinker.Link> links = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                var a = byDoc.get(docs.get(i));
                var b = byDoc.get(docs.get(j));
                double[][] s = new double[a.size()][b.size()];
                for (int x = 0; x < a.size(); x++) {
                    for (int y = 0; y < b.size(); y++) {
                        s[x][y] = TextSimilarity.jaccard(shingles.get(a.get(x).iri()), shingles.get(b.get(y).iri()));
                    }
                }
                for (int x = 0; x < a.size(); x++) {
                    int best = -1;
                    for (int y = 0; y < b.size(); y++) if (best < 0 || s[x][y] > s[x][best]) best = y;
                    if (best < 0 || s[x][best] < threshold) continue;
                    int back = -1;
                    for (int z = 0; z < a.size(); z++) if (back < 0 || s[z][best] > s[back][best]) back = z;
                    if (back != x) continue;
                    String p = a.get(x).iri();
                    String q = b.get(best).iri();
                    links.add(p.compareTo(q) <= 0 ? new RecommendationLinker.Link(p, q, s[x][best])
                            : new RecommendationLinker.Link(q, p, s[x][best]));
                }
            }
        }
        return links;
    }
}
