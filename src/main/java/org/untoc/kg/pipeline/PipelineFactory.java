package org.untoc.kg.pipeline;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.untoc.kg.extract.entity.MeetingIdentities;
import org.untoc.kg.extract.recommendation.MeetingAndRecommendationExtractors;
import org.untoc.kg.extract.recommendation.RecommendationLinker;
import org.untoc.kg.lineage.WorkLineage;
import org.untoc.kg.load.DerivedGraph;

/** The application's document pipeline (parser and every extractor) and the graphs derived across documents. */
@Factory
public class PipelineFactory {

    @Singleton
    DocumentPipeline documentPipeline() {
        return standardPipeline();
    }

    /** The default parser followed by every extractor: what {@code serve} and {@code load} run. */
    public static DocumentPipeline standardPipeline() {
        return new DefaultDocumentPipeline(new DefaultDocumentParser(),
                DefaultDocumentPipeline.coreExtractorsAnd(MeetingAndRecommendationExtractors.all()));
    }

    /** Every graph derived across documents, as {@code load} recomputes them (for callers outside the context). */
    public static java.util.List<DerivedGraph> standardDerivedGraphs() {
        return java.util.List.of(new RecommendationLinker(), new MeetingIdentities(), new WorkLineage());
    }

    @Singleton
    DerivedGraph recommendationLinks() {
        return new RecommendationLinker();
    }

    @Singleton
    DerivedGraph meetingIdentities() {
        return new MeetingIdentities();
    }

    @Singleton
    DerivedGraph workLineage() {
        return new WorkLineage();
    }
}
