package org.untoc.kg.cli;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import org.untoc.kg.query.NamedQueryCatalog;
import org.untoc.kg.report.DataQualityReport;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report [--data DIR | --endpoint URL]}: the data-quality report of a store. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Data-quality report: unresolved references, conflicting facts, entities mentioned but not"
                + " described, recommendations without an endorsing act.")
class ReportCommand extends StoreCommand {
    @Option(names = "--fail-on-findings", description = "exit 1 when any section lists something")
    boolean failOnFindings;

    @Override
    public Integer call() {
        try (ApplicationContext context = context(storeProperties())) {
            KnowledgeStore knowledgeStore = context.getBean(KnowledgeStore.class);
            List<DataQualityReport.Section> sections =
                    new DataQualityReport(NamedQueryCatalog.load(), Duration.ofMinutes(5)).run(knowledgeStore);
            DataQualityReport.print(sections, out);
            boolean findings = sections.stream().anyMatch(s -> !s.rows().isEmpty());
            return failOnFindings && findings ? Main.FAILED : Main.OK;
        } catch (StoreException e) {
            err.println("untoc-kg report: " + e.getMessage());
            return Main.FAILED;
        } catch (io.micronaut.context.exceptions.BeanInstantiationException e) {
            err.println("untoc-kg report: " + Main.userMessage(e));
            return Main.FAILED;
        }
    }
}
