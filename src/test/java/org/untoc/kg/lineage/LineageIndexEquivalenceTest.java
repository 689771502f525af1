package org.untoc.kg.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.untoc.kg.bench.CorpusGenerator;
import org.untoc.kg.load.DocumentFiles;
import org.untoc.kg.load.LoadReport;
import org.untoc.kg.load.Loader;
import org.untoc.kg.lineage.LineageIndex.Direction;
import org.untoc.kg.pipeline.DocumentPipeline;
import org.untoc.kg.pipeline.PipelineFactory;
import org.untoc.kg.serve.DatasetVersion;
import org.untoc.kg.serve.LineageIndexFactory;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.StoreKind;
import org.untoc.kg.store.TestStores;
import org.untoc.kg.vocab.Untoc;

/**
 * The lineage index answers as the SPARQL property path over {@code untoc:citesWork} does, on random acts of a
 * generated corpus, in both store modes: after a first load, after loading the same texts again, and after one
 * document changed its citations (the index must follow the new version, not keep its old answers). In the
 * embedded store the property functions are checked against the same path; each edge's verb against the
 * strongest relation its citing text states towards the cited work or a part of it.
 */
@ExtendWith(TestStores.class)
class LineageIndexEquivalenceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int DOCUMENTS = 40;
    private static final int ACTS_CHECKED = 12;
    private static final DocumentPipeline PIPELINE = PipelineFactory.standardPipeline();

    @ParameterizedTest
    @EnumSource(value = StoreKind.class, names = {"EMBEDDED", "REMOTE"})
    void indexAnswersAsThePropertyPathAfterLoadsReloadsAndAChange(StoreKind kind, TestStores stores) throws IOException {
        KnowledgeStore store = stores.open(kind);
        Path dir = stores.tempDir().resolve("corpus");
        CorpusGenerator.GeneratedCorpus corpus = CorpusGenerator.fromBuiltInCorpus().generate(DOCUMENTS, 11, dir);
        LineageIndexes indexes = LineageIndexFactory.indexes(store, LineageIndexFactory.streamed(store, TIMEOUT),
                DatasetVersion.of(store, TIMEOUT, Duration.ZERO));
        SplittableRandom random = new SplittableRandom(5);

        load(store, List.of(dir));
        LineageIndex first = indexes.current();
        assertTrue(first.edgeCount() > DOCUMENTS, "the generated texts cite each other: " + first.edgeCount());
        compare(store, indexes, corpus, random, kind);

        load(store, List.of(dir));
        compare(store, indexes, corpus, random, kind);

        // The newest act that cites something: its first citation now names the oldest act instead.
        CorpusGenerator.GeneratedDocument changed = corpus.documents().stream()
                .filter(d -> d.act() != null && !d.cites().isEmpty()).reduce((a, b) -> b).orElseThrow();
        CorpusGenerator.Act oldCitation = changed.cites().get(0);
        CorpusGenerator.Act newCitation = corpus.acts().get(0);
        String text = Files.readString(changed.file(), StandardCharsets.UTF_8);
        String edited = Pattern.compile("(?<![\\d/])" + Pattern.quote(oldCitation.number()) + "(?![\\d/])")
                .matcher(text).replaceAll(newCitation.number());
        assertNotEquals(text, edited);
        Files.writeString(changed.file(), edited, StandardCharsets.UTF_8);
        Set<String> before = indexed(indexes.current(), changed.act().iri(), Direction.UP, 1);
        load(store, List.of(changed.file()));
        LineageIndex after = indexes.current();
        assertNotEquals(first.version(), after.version(), "a changed document is a new version");
        Set<String> cited = indexed(after, changed.act().iri(), Direction.UP, 1);
        assertNotEquals(before, cited, "the changed citations are in the index");
        assertFalse(cited.contains(oldCitation.iri()), cited.toString());
        assertEquals(sparql(store, changed.act().iri(), Direction.UP, 1), cited);
        compare(store, indexes, corpus, random, kind);
    }

    private static void compare(KnowledgeStore store, LineageIndexes indexes, CorpusGenerator.GeneratedCorpus corpus,
            SplittableRandom random, StoreKind kind) {
        List<CorpusGenerator.Act> acts = corpus.acts();
        LineageIndex index = indexes.current();
        for (int i = 0; i < ACTS_CHECKED; i++) {
            String act = acts.get(random.nextInt(acts.size())).iri();
            for (Direction d : Direction.values()) {
                for (int depth : new int[] {1, 2, Integer.MAX_VALUE}) {
                    Set<String> path = sparql(store, act, d, depth);
                    assertEquals(path, indexed(index, act, d, depth), kind + ": " + d + " from " + act + " within " + depth);
                    if (index.id(act) >= 0) {
                        assertEquals(path.size(), index.count(index.id(act), d, depth, Verb.all()),
                                kind + ": the count of " + d + " from " + act + " within " + depth);
                    }
                }
                if (d == Direction.UP) {
                    for (String cited : indexed(index, act, d, 1)) {
                        assertEquals(strongestVerb(store, act, cited), index.verb(index.id(act), index.id(cited)),
                                kind + ": the verb of " + act + " -> " + cited);
                    }
                }
                // Lineage by verb: the index's filter answers as the path over the verb sub-properties.
                int strong = (1 << Verb.RECALLS.ordinal()) | (1 << Verb.REAFFIRMS.ordinal());
                assertEquals(byVerb(store, act, d), indexed(index, act, d, Integer.MAX_VALUE, strong),
                        kind + ": recalls/reaffirms " + d + " from " + act);
                if (kind == StoreKind.EMBEDDED) {
                    assertEquals(sparql(store, act, d, Integer.MAX_VALUE), propertyFunction(store, act, d),
                            "the property function answers as the path: " + d + " from " + act);
                }
            }
        }
    }

    private static Set<String> indexed(LineageIndex index, String act, Direction d, int depth) {
        return indexed(index, act, d, depth, Verb.all());
    }

    private static Set<String> indexed(LineageIndex index, String act, Direction d, int depth, int verbs) {
        int id = index.id(act);
        if (id < 0) {
            return Set.of();
        }
        return index.walk(id, d, depth, verbs).stream().map(h -> index.iri(h.node()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The same question as a property path: citesWork+ or, within a depth, ARQ's citesWork{1,n}. */
    private static Set<String> sparql(KnowledgeStore store, String act, Direction d, int depth) {
        String path = "untoc:citesWork" + (depth == Integer.MAX_VALUE ? "+" : "{1," + depth + "}");
        String pattern = d == Direction.UP ? "<" + act + "> " + path + " ?x" : "?x " + path + " <" + act + ">";
        return column(store, QueryFactory.create("PREFIX untoc: <" + Untoc.NS + "> SELECT DISTINCT ?x WHERE { GRAPH <"
                + WorkLineage.GRAPH + "> { " + pattern + " } FILTER (?x != <" + act + ">) }", Syntax.syntaxARQ));
    }

    /** (recallsWork|reaffirmsWork)+ from or to the act, as the ontology README gives it. */
    private static Set<String> byVerb(KnowledgeStore store, String act, Direction d) {
        String path = "(untoc:recallsWork|untoc:reaffirmsWork)+";
        String pattern = d == Direction.UP ? "<" + act + "> " + path + " ?x" : "?x " + path + " <" + act + ">";
        return column(store, QueryFactory.create("PREFIX untoc: <" + Untoc.NS + "> SELECT DISTINCT ?x WHERE { GRAPH <"
                + WorkLineage.GRAPH + "> { " + pattern + " } FILTER (?x != <" + act + ">) }"));
    }

    /** The strongest relation the citing text states towards the work or any part of it; cites when none. */
    private static Verb strongestVerb(KnowledgeStore store, String citing, String cited) {
        Query q = QueryFactory.create("PREFIX untoc: <" + Untoc.NS + "> SELECT DISTINCT ?rel WHERE { VALUES ?rel {"
                + " untoc:recalls untoc:reaffirms untoc:endorses untoc:takesNoteOf untoc:welcomes } <" + citing
                + "> ?rel ?x . ?x untoc:partOf* <" + cited + "> }");
        Verb strongest = Verb.CITES;
        ResultSet rs = select(store, q);
        while (rs.hasNext()) {
            Verb v = Verb.parse(rs.next().getResource("rel").getURI());
            if (v.compareTo(strongest) > 0) {
                strongest = v;
            }
        }
        return strongest;
    }

    private static Set<String> propertyFunction(KnowledgeStore store, String act, Direction d) {
        String function = d == Direction.UP ? "untoc:ancestorOf" : "untoc:descendantOf";
        return column(store, QueryFactory.create("PREFIX untoc: <" + Untoc.NS + "> SELECT ?x WHERE { ?x " + function
                + " (<" + act + ">) }"));
    }

    private static Set<String> column(KnowledgeStore store, Query q) {
        Set<String> out = new TreeSet<>();
        ResultSet rs = select(store, q);
        rs.forEachRemaining(s -> out.add(s.getResource("x").getURI()));
        return out;
    }

    private static ResultSet select(KnowledgeStore store, Query q) {
        return store.query(q, TIMEOUT, qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    private static void load(KnowledgeStore store, List<Path> paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        // Only the derived graph the index reads: the others cost time and change nothing here.
        LoadReport report = new Loader(store, print, print, List.of(new WorkLineage()),
                Loader.Options.defaults()).load(DocumentFiles.collect(paths, PIPELINE));
        assertTrue(report.failures().isEmpty(), out.toString(StandardCharsets.UTF_8));
    }
}
