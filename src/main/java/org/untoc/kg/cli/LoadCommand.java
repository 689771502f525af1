package org.untoc.kg.cli;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.untoc.kg.lineage.LineageIndex;
import org.untoc.kg.load.DocumentFiles;
import org.untoc.kg.load.DocumentSource;
import org.untoc.kg.load.LoadReport;
import org.untoc.kg.load.Loader;
import org.untoc.kg.load.DerivedGraph;
import org.untoc.kg.pipeline.DocumentPipeline;
import org.untoc.kg.serve.LineageIndexFactory;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code load [--data DIR | --endpoint URL] PATH...}: parses documents and loads each into its own graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load documents (.txt .md .pdf .docx .html .htm, or RDF files as they are), each into its own named graph.")
class LoadCommand extends StoreCommand {
    /** Bounds the two scans that read the lineage index; generous, they run once per load. */
    private static final Duration LINEAGE_TIMEOUT = Duration.ofMinutes(5);

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
            keepLineageIndex(knowledgeStore);
            return report.allLoaded() ? Main.OK : Main.FAILED;
        } catch (StoreException e) {
            err.println("untoc-kg load: " + e.getMessage());
            return Main.FAILED;
        } catch (io.micronaut.context.exceptions.BeanInstantiationException e) {
            err.println("untoc-kg load: " + Main.userMessage(e));
            return Main.FAILED;
        }
    }

    /** The lineage index kept beside an embedded database; not keeping it loses nothing (serve reads the store). */
    private void keepLineageIndex(KnowledgeStore store) {
        try {
            LineageIndex index = LineageIndexFactory.keep(store, LINEAGE_TIMEOUT);
            if (index != null) {
                out.printf("lineage index: %d works, %d citesWork edges, kept beside the database (%d ms)%n",
                        index.size(), index.edgeCount(), index.buildNanos() / 1_000_000);
            }
        } catch (RuntimeException e) {
            err.println("WARNING: lineage index not kept beside the database: " + e.getMessage());
        }
    }
}
