/**
 * Recommendations, their adoption and endorsement, and recommendation-level lineage.
 *
 * <p>A recommendation is the RECOMMENDATION block itself (its block IRI). An act endorses each recommendation of
 * the annex its operative clause names; the meetings that adopted an annex come from its title, introduction and
 * endorsing clause ("discussed at" excluded, "in conjunction with" included). The
 * {@link org.untoc.kg.extract.recommendation.RecommendationLinker} links the same recommendation printed in two
 * documents ({@code untoc:sameRecommendationAs}) with a {@code untoc:RecommendationLink} node holding the score and
 * method (Jaccard of 8-character shingles over letters and digits, threshold 0.85, mutual best match).
 */
package org.untoc.kg.extract.recommendation;
