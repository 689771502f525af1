package org.untoc.kg.pipeline;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import org.untoc.kg.structure.DefaultDocumentParser;

/** The application's one document pipeline: the default parser followed by every extractor. */
@Factory
public class PipelineFactory {

    @Singleton
    DocumentPipeline documentPipeline() {
        return new DefaultDocumentPipeline(new DefaultDocumentParser(), DefaultDocumentPipeline.coreExtractorsAnd(List.of()));
    }
}
