package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.untoc.kg.cli.Main;
import org.untoc.kg.lineage.LineageIndex;
import org.untoc.kg.lineage.LineageIndexes;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;

/**
 * A session report holding several acts, loaded by {@code load} and read back through the served endpoint: each
 * act has its own title, clauses and typed citations; an act may cite a sibling its text names ("Recalling its
 * resolution 14/1, adopted at the present session"), but the list of contents cites nothing.
 */
@ExtendWith(TestStores.class)
class CompilationLoadTest {
    private static final Path REPORT = Path.of("src/test/resources/shapes/docs/cop-session-report-14.txt");
    private static final String PREFIXES = "PREFIX untoc: <https://w3id.org/untoc/ontology#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "PREFIX prov: <http://www.w3.org/ns/prov#> ";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachActOfASessionReportHasItsOwnClausesCitationsAndTitle(TestStores stores) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path data = stores.tempDir();
        int code = Main.run(new String[] {"load", "--data", data.toString(), REPORT.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("citesWork edges, kept beside the database"),
                out.toString(StandardCharsets.UTF_8));

        // The service over the store `load` filled: it is not empty, so no first-start load adds the corpus.
        try (CorpusService service = CorpusService.start(StoreKind.EMBEDDED, stores,
                java.util.Map.of("untoc.store.data", data.toString()))) {
            // The first start after `load` reads the lineage index the load kept, not the store.
            assertEquals(LineageIndex.Origin.SNAPSHOT,
                    service.context().getBean(LineageIndexes.class).current().origin());
            for (String act : List.of("id:cop/resolution/14/1", "id:cop/resolution/14/2", "id:cop/decision/14/1")) {
                assertEquals(1, rows(service, "SELECT ?t { " + act + " dcterms:title ?t }").size(),
                        () -> act + " has one title; load said: " + out.toString(StandardCharsets.UTF_8)
                                + "; the service said: " + service.startupOutput());
                assertTrue(!rows(service, "SELECT ?p { ?p untoc:partOf " + act + " }").isEmpty(), act + " has paragraphs");
            }
            assertEquals("Countering the smuggling of migrants by sea", rows(service,
                    "SELECT ?t { id:cop/resolution/14/2 dcterms:title ?t }").get(0).get("t").get("value").asText());
            // Typed verbs per act, each from its own clauses.
            assertTrue(ask(service, "ASK { id:cop/resolution/14/1 untoc:recalls id:cop/resolution/13/4 }"));
            assertTrue(ask(service, "ASK { id:cop/resolution/14/2 untoc:reaffirms id:cop/resolution/12/3 }"));
            assertTrue(ask(service, "ASK { ?ref untoc:inParagraph ?c ; untoc:target id:cop/resolution/13/4 ; "
                    + "untoc:relation untoc:recalls . ?c untoc:partOf id:cop/resolution/14/1 ; untoc:verb \"Recalling also\"@en }"));
            // A sibling named in the text is cited; the list of contents makes no citation.
            assertTrue(ask(service, "ASK { id:cop/resolution/14/2 untoc:recalls id:cop/resolution/14/1 }"));
            assertTrue(!ask(service, "ASK { ?x untoc:cites id:cop/decision/14/1 }"), "the contents cite decision 14/1");
            assertTrue(!ask(service, "ASK { ?x untoc:cites id:cop/resolution/14/2 }"), "the contents cite resolution 14/2");
            assertTrue(!ask(service, "ASK { id:cop/resolution/14/1 untoc:cites ?x FILTER(STRSTARTS(STR(?x), "
                    + "\"https://w3id.org/untoc/id/cop/resolution/14/\")) }"), "14/1 cites a later act of its session");
            // One graph for the file, derived from its bytes.
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(REPORT)));
            assertTrue(ask(service, "ASK { GRAPH ?g { ?g prov:wasDerivedFrom <https://w3id.org/untoc/id/source/" + sha
                    + "> . id:cop/resolution/14/1 a untoc:Act . id:cop/decision/14/1 a untoc:Act } }"));
        }
    }

    private List<JsonNode> rows(CorpusService service, String select) throws Exception {
        var response = service.sparql(PREFIXES + iris(select), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        List<JsonNode> out = new java.util.ArrayList<>();
        json.readTree(response.body()).path("results").path("bindings").forEach(out::add);
        return out;
    }

    /** "id:cop/resolution/14/1" as the full IRI (a SPARQL prefixed name cannot hold the slashes). */
    private static String iris(String query) {
        return query.replaceAll("\\bid:([\\w/.-]+)", "<https://w3id.org/untoc/id/$1>");
    }

    private boolean ask(CorpusService service, String ask) throws Exception {
        var response = service.sparql(PREFIXES + iris(ask), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body()).path("boolean").asBoolean();
    }
}
