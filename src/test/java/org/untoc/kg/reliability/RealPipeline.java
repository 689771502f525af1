package org.untoc.kg.reliability;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.untoc.kg.pipeline.PipelineFactory;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.pipeline.DocumentPipeline;

/**
 * The real document pipeline (parser and every extractor) as a bean for the command line under test, where
 * {@code untoc.test.real-pipeline=true}: the bad-input cases must go through the reader the product uses.
 */
@Singleton
@Primary
@Requires(property = "untoc.test.real-pipeline", value = "true")
public class RealPipeline implements DocumentPipeline {
    private final DocumentPipeline delegate = create();

    /** A new real pipeline. */
    public static DocumentPipeline create() {
        return PipelineFactory.standardPipeline();
    }

    @Override
    public DocumentGraph process(Path file) throws DocumentException {
        return delegate.process(file);
    }
}
