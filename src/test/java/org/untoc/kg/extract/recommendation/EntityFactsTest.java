package org.untoc.kg.extract.recommendation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.untoc.kg.pipeline.DefaultDocumentPipeline;
import org.untoc.kg.pipeline.DefaultDocumentParser;
import org.untoc.kg.extract.entity.TestDocs;

/**
 * Precision and recall of the entity facts extracted from the five corpus texts and our own report fixtures against
 * facts written by hand from a reading of the texts ({@code src/test/resources/facts/entity-facts.tsv}: document,
 * subject, relation, object, note; {@code id:} abbreviates {@code https://w3id.org/untoc/id/}).
 *
 * <p>The universe of extracted facts (what precision counts) is every fact of these kinds, each read off the graph
 * of one document by one query below: {@code meetingOf}, {@code ordinal}, {@code startDate}, {@code endDate},
 * {@code venue} and {@code format} of the meeting a report reports ({@code reportedIn}); its agenda items (number
 * and title); its chair and officers ({@code chair}, {@code viceChair}, {@code rapporteur}, and an acting chair as
 * {@code actingChair}), each a person with the State the person represents, or a State that holds the office
 * through its delegation when the report names only the State; its panellists; the documents it had before it
 * ({@code hadBefore}); discussion points not adopted ({@code notAdopted} with the reason); attendance, as
 * {@code attended:CAPACITY} from each participant to the meeting; statements, as {@code spokeOn} from each speaker to
 * the agenda item (or {@code spokeAt} the meeting when no item is stated); recommendations ({@code adoptedAt}, by
 * label) and the acts that endorse them ({@code endorses}, by label). Meetings that other texts only mention are
 * not counted here (their phrases are the MeetingExtractor's unit tests).
 *
 * <p>Kind {@code mention}: what each recommendation names, read off the graph the whole pipeline writes (the
 * citation extractor included, {@link #FULL_PIPELINE_KINDS}). Its universe is every triple from an
 * {@code untoc:Recommendation} by {@code untoc:mentions} (whatever it names: curated organisations and tools,
 * meetings, …), by {@code untoc:citesProvision} (an article, and a paragraph with its article), and by
 * {@code untoc:cites} to anything not also cited as a provision (acts such as Conference resolution 5/8, and
 * instruments cited by their Treaty Series footnote). The materialised {@code cites} beside each
 * {@code citesProvision} is not counted twice. Bodies of the Conference (the Conference, its working groups, the
 * Review Mechanism, the Secretariat) are not organisations here and the extractor does not link them from
 * recommendations, so they are outside the universe.
 */
class EntityFactsTest {
    static final Path FACTS = Path.of("src/test/resources/facts/entity-facts.tsv");
    private static final String ID = "https://w3id.org/untoc/id/";

    /** Kinds read off the whole pipeline's graph, not only the meeting and recommendation extractors'. */
    static final Set<String> FULL_PIPELINE_KINDS = Set.of("mention");

    /** Kind → query returning ?s ?r ?o (?r a string naming the relation). */
    static final Map<String, String> KINDS = new TreeMap<>(Map.of(
            "meeting", """
                SELECT ?s ?r ?o WHERE { ?s untoc:reportedIn ?doc .
                  { ?s untoc:meetingOf ?o BIND("meetingOf" AS ?r) } UNION { ?s untoc:ordinal ?o BIND("ordinal" AS ?r) }
                  UNION { ?s untoc:startDate ?o BIND("startDate" AS ?r) } UNION { ?s untoc:endDate ?o BIND("endDate" AS ?r) }
                  UNION { ?s untoc:venue ?o BIND("venue" AS ?r) } UNION { ?s untoc:format ?o BIND("format" AS ?r) }
                  UNION { ?s untoc:reportedIn ?o BIND("reportedIn" AS ?r) }
                  UNION { ?s untoc:agendaItem ?i . ?i untoc:number ?n . OPTIONAL { ?i dcterms:title ?t }
                          BIND(CONCAT("agendaItem ", ?n) AS ?r) BIND(COALESCE(STR(?t), "") AS ?o) }
                  UNION { ?s untoc:hadBefore ?o BIND("hadBefore" AS ?r) }
                  UNION { ?d untoc:discussedAt ?s ; untoc:notAdoptedReason ?o BIND("notAdopted" AS ?r) } }""",
            "officer", """
                SELECT ?s ?r ?o WHERE { ?p untoc:atMeeting ?s ; untoc:participant ?who ; untoc:capacity ?c .
                  ?s untoc:reportedIn ?doc . { ?who a untoc:Person } UNION { ?who a untoc:State }
                  VALUES (?c ?role) { (untoc:ChairCapacity "chair") (untoc:ActingChairCapacity "actingChair")
                    (untoc:ViceChairCapacity "viceChair") (untoc:RapporteurCapacity "rapporteur") (untoc:PanellistCapacity "panellist") }
                  OPTIONAL { ?p untoc:represents ?st }
                  BIND(CONCAT(?role, " ", STR(?who)) AS ?r) BIND(COALESCE(?st, "") AS ?o) }""",
            "attendance", """
                SELECT ?s ?r ?o WHERE { ?p a untoc:Participation ; untoc:participant ?s ; untoc:capacity ?c ; untoc:atMeeting ?o .
                  FILTER NOT EXISTS { ?s a untoc:Person }
                  FILTER (?c NOT IN (untoc:ChairCapacity, untoc:ActingChairCapacity, untoc:ViceChairCapacity, untoc:RapporteurCapacity))
                  BIND(CONCAT("attended:", STRAFTER(STR(?c), "#")) AS ?r) }""",
            "statement", """
                SELECT ?s ?r ?o WHERE { ?x a untoc:Statement ; untoc:speaker ?s ; untoc:atMeeting ?m .
                  OPTIONAL { ?x untoc:onAgendaItem ?i }
                  BIND(IF(BOUND(?i), "spokeOn", "spokeAt") AS ?r) BIND(COALESCE(?i, ?m) AS ?o) }""",
            "recommendation", """
                SELECT ?s ?r ?o WHERE { ?rec a untoc:Recommendation . BIND(?rec AS ?o)
                  { ?rec untoc:adoptedAt ?s BIND("adoptedAt" AS ?r) } UNION { ?s untoc:endorses ?rec BIND("endorses" AS ?r) } }""",
            "mention", """
                SELECT ?s ?r ?o WHERE { ?s a untoc:Recommendation .
                  { ?s untoc:mentions ?o BIND("mentions" AS ?r) } UNION { ?s untoc:citesProvision ?o BIND("citesProvision" AS ?r) }
                  UNION { ?s untoc:cites ?o FILTER NOT EXISTS { ?s untoc:citesProvision ?o } BIND("cites" AS ?r) } }"""));

    /** The facts one document's graphs state, "KIND\tS\tR\tO": {@code full} is the whole pipeline's graph. */
    static Set<String> extracted(Graph g, Graph full) {
        Model m = ModelFactory.createModelForGraph(g);
        Model fm = ModelFactory.createModelForGraph(full);
        Set<String> out = new TreeSet<>();
        KINDS.forEach((kind, q) -> {
            try (var qe = QueryExecutionFactory.create(TestDocs.PREFIXES + q, FULL_PIPELINE_KINDS.contains(kind) ? fm : m)) {
                qe.execSelect().forEachRemaining(s -> out.add(kind + "\t" + show(s.get("s")) + "\t"
                        + s.getLiteral("r").getLexicalForm().replace(ID, "id:") + "\t" + show(s.get("o"))));
            }
        });
        return out;
    }

    static String show(RDFNode n) {
        if (n == null) return "";
        if (n.isURIResource()) return n.asResource().getURI().replace(ID, "id:");
        return n.asLiteral().getLexicalForm();
    }

    static List<Path> documents() throws Exception {
        List<Path> all = new ArrayList<>(EntityGoldenTest.sources());
        return all;
    }

    /** The graph the served pipeline writes for one text: structure, citations, meetings and recommendations. */
    static Graph wholePipeline(Path doc) throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        new DefaultDocumentPipeline(new DefaultDocumentParser(),
                DefaultDocumentPipeline.coreExtractorsAnd(MeetingAndRecommendationExtractors.all()))
                .process(doc).emit(StreamRDFLib.graph(g));
        return g;
    }

    @Test
    void entityFactsArePreciseAndComplete() throws Exception {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (String line : Files.readAllLines(FACTS)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String fact = f[1] + "\t" + f[2] + "\t" + f[3] + "\t" + f[4];
            expected.computeIfAbsent(f[0], k -> new TreeSet<>()).add(fact);
        }
        Map<String, int[]> byKind = new TreeMap<>(); // expected, extracted, correct
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Path doc : documents()) {
            String name = doc.getFileName().toString();
            Set<String> want = expected.getOrDefault(name, Set.of());
            Set<String> got = extracted(EntityGoldenTest.extract(doc), wholePipeline(doc));
            for (String f : want) {
                int[] c = byKind.computeIfAbsent(f.split("\t")[0], k -> new int[3]);
                c[0]++;
                if (got.contains(f)) c[2]++;
                else missed.add(name + "\t" + f);
            }
            for (String f : got) {
                byKind.computeIfAbsent(f.split("\t")[0], k -> new int[3])[1]++;
                if (!want.contains(f)) wrong.add(name + "\t" + f);
            }
        }
        int[] all = new int[3];
        byKind.forEach((kind, c) -> {
            System.out.printf("entity facts %-15s expected %4d, extracted %4d, correct %4d; precision %.3f, recall %.3f%n",
                    kind, c[0], c[1], c[2], c[1] == 0 ? 1.0 : (double) c[2] / c[1], c[0] == 0 ? 1.0 : (double) c[2] / c[0]);
            for (int i = 0; i < 3; i++) all[i] += c[i];
        });
        double precision = all[1] == 0 ? 0 : (double) all[2] / all[1];
        double recall = (double) all[2] / all[0];
        System.out.printf("entity facts %-15s expected %4d, extracted %4d, correct %4d; precision %.3f, recall %.3f%n",
                "ALL", all[0], all[1], all[2], precision, recall);
        missed.forEach(m -> System.out.println("  missed: " + m));
        wrong.forEach(w -> System.out.println("  wrong:  " + w));
        assertTrue(precision >= 1.0, "precision " + precision + "; wrong: " + wrong);
        assertTrue(recall >= 0.98, "recall " + recall + "; missed: " + missed);
    }
}
