package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.untoc.kg.ontology.GraphCheck;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;

/**
 * The SHACL shapes and the SPARQL violation queries of {@code ontology/} over the WHOLE graph the service serves
 * after its first start (the five texts, the derived graphs and the reference data), read back over the store's
 * query interface: zero violations, or the build fails with every finding listed.
 */
@ExtendWith(TestStores.class)
class LoadedGraphChecksTest {

    @Test
    void theServedGraphHasNoShapeViolationAndNoViolationQueryRow(TestStores stores) {
        try (CorpusService service = CorpusService.start(StoreKind.EMBEDDED, stores)) {
            KnowledgeStore store = service.context().getBean(KnowledgeStore.class);
            Model served = store.query(QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }"), Duration.ofMinutes(2),
                    qe -> qe.execConstruct());
            assertTrue(served.size() > 10_000, "the corpus and the reference data are loaded: " + served.size());
            GraphCheck.Result result = GraphCheck.standard().check(served.getGraph());
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            result.print(new PrintStream(report, true, StandardCharsets.UTF_8));
            assertTrue(result.passes(), () -> report.toString(StandardCharsets.UTF_8));
        }
    }
}
