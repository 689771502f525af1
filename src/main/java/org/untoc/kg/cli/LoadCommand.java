package org.untoc.kg.cli;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.List;
import org.untoc.kg.load.DocumentFiles;
import org.untoc.kg.load.DocumentSource;
import org.untoc.kg.load.LoadReport;
import org.untoc.kg.load.Loader;
import org.untoc.kg.load.DerivedGraph;
import org.untoc.kg.pipeline.DocumentPipeline;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code load [--data DIR | --endpoint URL] PATH...}: parses documents and loads each into its own graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load documents (.txt .md .pdf .docx .html .htm, or RDF files as they are), each into its own named graph.")
class LoadCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (searched recursively)")
    List<Path> paths;

    @CommandLine.Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "50",
            description = "refuse files larger than this many megabytes (default ${DEFAULT-VALUE})")
    long maxFileSizeMb;

    @Override
    public Integer call() {
        if (maxFileSizeMb <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-size must be positive");
        }
        try (ApplicationContext context = context(storeProperties())) {
            DocumentPipeline pipeline = context.getBean(DocumentPipeline.class);
            List<DocumentSource> sources;
            try {
                sources = DocumentFiles.collect(paths, pipeline, maxFileSizeMb * 1024 * 1024);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            KnowledgeStore knowledgeStore = context.getBean(KnowledgeStore.class);
            LoadReport report = new Loader(knowledgeStore, out, err, List.copyOf(context.getBeansOfType(DerivedGraph.class)))
                    .load(sources);
            return report.allLoaded() ? Main.OK : Main.FAILED;
        } catch (StoreException e) {
            err.println("untoc-kg load: " + e.getMessage());
            return Main.FAILED;
        } catch (io.micronaut.context.exceptions.BeanInstantiationException e) {
            err.println("untoc-kg load: " + Main.userMessage(e));
            return Main.FAILED;
        }
    }
}
