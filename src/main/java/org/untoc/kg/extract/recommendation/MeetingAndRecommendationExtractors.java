package org.untoc.kg.extract.recommendation;

import java.util.List;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.extract.entity.AttendanceExtractor;
import org.untoc.kg.extract.entity.MeetingExtractor;
import org.untoc.kg.extract.entity.ReferenceEntities;
import org.untoc.kg.extract.entity.ReportExtractor;

/** The extractors of the entity and recommendation packages, in the order a pipeline should run them. */
public final class MeetingAndRecommendationExtractors {
    private MeetingAndRecommendationExtractors() {}

    /** Meetings, report facts, attendance and statements, and recommendations with endorsement, on {@code reference}. */
    public static List<Extractor> all(ReferenceEntities reference) {
        return List.of(new MeetingExtractor(), new ReportExtractor(reference), new AttendanceExtractor(reference),
                new RecommendationExtractor(reference));
    }

    /** The same on the reference data shipped on the classpath. */
    public static List<Extractor> all() {
        return all(ReferenceEntities.defaults());
    }
}
