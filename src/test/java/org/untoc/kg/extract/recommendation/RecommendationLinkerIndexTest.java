package org.untoc.kg.extract.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexed linker (only representatives that share a shingle are scored; identical copies found by skeleton)
 * gives exactly the links, scores and order of scoring every earlier representative, written out here as the
 * reference: near-copies, ties, empty texts, one IRI in two graphs.
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
        for (double threshold : new double[] {0.85, 0.5, 0.2, 0.0}) {
            List<RecommendationLinker.Link> expected = plainRule(candidates, threshold);
            assertEquals(expected, new RecommendationLinker(threshold).link(candidates), "seed " + seed);
        }
    }

    @Test
    void identicalCopiesInManyDocumentsLinkOncePerCopy() {
        List<RecommendationLinker.Candidate> candidates = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            for (int k = 0; k < SENTENCES.length; k++) {
                candidates.add(new RecommendationLinker.Candidate("http://example.org/d" + d + "/r" + k,
                        "http://example.org/d" + d, SENTENCES[k]));
            }
            candidates.add(new RecommendationLinker.Candidate("http://example.org/d" + d + "/empty",
                    "http://example.org/d" + d, "; –"));
        }
        List<RecommendationLinker.Link> links = new RecommendationLinker().link(candidates);
        assertFalse(links.isEmpty());
        assertEquals(plainRule(candidates, RecommendationLinker.THRESHOLD), links);
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

    /** The rule written plainly: every earlier representative of another document scored, first best kept. */
    private static List<RecommendationLinker.Link> plainRule(List<RecommendationLinker.Candidate> candidates,
            double threshold) {
        List<RecommendationLinker.Candidate> reps = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        List<RecommendationLinker.Link> links = new ArrayList<>();
        for (var c : candidates) {
            if (!seen.add(c.iri())) continue;
            int best = -1;
            double bestScore = -1;
            for (int r = 0; r < reps.size(); r++) {
                if (reps.get(r).document().equals(c.document())) continue;
                double score = TextSimilarity.score(reps.get(r).text(), c.text());
                if (score > bestScore) {
                    best = r;
                    bestScore = score;
                }
            }
            if (best >= 0 && bestScore >= threshold) {
                String p = reps.get(best).iri();
                String q = c.iri();
                links.add(p.compareTo(q) <= 0 ? new RecommendationLinker.Link(p, q, bestScore)
                        : new RecommendationLinker.Link(q, p, bestScore));
            } else {
                reps.add(c);
            }
        }
        return links;
    }
}
