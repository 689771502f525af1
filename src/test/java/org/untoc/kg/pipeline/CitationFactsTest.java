package org.untoc.kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.untoc.kg.rdf.Prefixes;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * Precision and recall of the citation facts extracted from the corpus against facts written by hand from a
 * reading of the texts ({@code src/test/resources/extract/facts/*.tsv}): citations of acts with their relation,
 * provisions, documents and instruments cited, and the dates and titles the texts give cited acts.
 */
class CitationFactsTest {
    private static final Path FACTS = Path.of("src/test/resources/extract/facts");
    private static final Set<Node> CITING = Set.of(Untoc.cites, Untoc.recalls, Untoc.reaffirms, Untoc.takesNoteOf,
            Untoc.welcomes, Untoc.endorses, Untoc.citesProvision, Untoc.citesDocument);
    /** Sub-properties of untoc:cites, whose cites triple is materialised next to them. */
    private static final Set<Node> TYPED = Set.of(Untoc.recalls, Untoc.reaffirms, Untoc.takesNoteOf, Untoc.welcomes,
            Untoc.endorses, Untoc.citesDocument, Untoc.citesProvision);

    @Test
    void extractedCitationFactsArePreciseAndComplete() throws Exception {
        Set<String> expected = new TreeSet<>();
        Set<String> extracted = new TreeSet<>();
        List<Path> files;
        try (var s = Files.list(FACTS)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "one facts file per corpus text and fixture");
        for (Path facts : files) {
            List<String> lines = Files.readAllLines(facts).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String name = lines.get(0).split("\t")[0];
            Graph g = CorpusGraphs.extract(CorpusGraphs.source(name));
            Set<Node> docs = documentsOf(g);
            for (String line : lines) {
                String[] f = line.split("\t");
                assertTrue(!f[1].equals("<doc>") || docs.size() == 1,
                        () -> facts.getFileName() + ": <doc> in a file of several acts " + docs + "; name the act");
                Triple t = triple(f[1], f[2], f[3], docs.iterator().next());
                expected.add(name + " " + t);
                if (TYPED.contains(t.getPredicate())) {
                    expected.add(name + " " + Triple.create(t.getSubject(), Untoc.cites, t.getObject()));
                }
            }
            g.find().forEachRemaining(t -> {
                if (inScope(t, docs)) extracted.add(name + " " + t);
            });
        }
        Set<String> hits = new LinkedHashSet<>(extracted);
        hits.retainAll(expected);
        double precision = extracted.isEmpty() ? 0 : (double) hits.size() / extracted.size();
        double recall = (double) hits.size() / expected.size();
        System.out.printf("citation facts: expected %d, extracted %d, correct %d; precision %.3f, recall %.3f%n",
                expected.size(), extracted.size(), hits.size(), precision, recall);
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(extracted);
        Set<String> wrong = new TreeSet<>(extracted);
        wrong.removeAll(expected);
        missed.forEach(m -> System.out.println("  missed: " + m));
        wrong.forEach(w -> System.out.println("  wrong:  " + w));
        assertTrue(precision >= 1.0, "precision " + precision + "; wrong: " + wrong);
        assertTrue(recall >= 0.98, "recall " + recall + "; missed: " + missed);
    }

    /**
     * Citations from the document (each act of the file) itself and the date an act's text gives for its own
     * adoption; titles and dates stated for the acts it cites.
     */
    private static boolean inScope(Triple t, Set<Node> docs) {
        boolean act = t.getSubject().isURI() && t.getSubject().getURI().matches(Ids.ID + "[a-z]+/(?:resolution|decision)/.*");
        if (docs.contains(t.getSubject())) return CITING.contains(t.getPredicate()) || act && t.getPredicate().equals(Terms.DATE);
        return act && (t.getPredicate().equals(Terms.TITLE) || t.getPredicate().equals(Terms.DATE));
    }

    /**
     * What the file's source text is the text of, and every act whose text the graph holds (a file compiling several
     * acts gives each its own resource, clauses and citations).
     */
    private static Set<Node> documentsOf(Graph g) {
        Set<Node> docs = new LinkedHashSet<>();
        g.find(Node.ANY, Untoc.textOf, Node.ANY).forEachRemaining(t -> docs.add(t.getObject()));
        assertTrue(!docs.isEmpty(), "a source text per document graph");
        g.find(Node.ANY, Untoc.partOf, Node.ANY).forEachRemaining(t -> {
            if (g.contains(t.getObject(), Terms.TYPE, Untoc.Act)) docs.add(t.getObject());
        });
        return docs;
    }

    /** A fact line's triple: prefixed names as in the Turtle files, {@code <doc>} for the document. */
    private static Triple triple(String s, String p, String o, Node doc) {
        StringBuilder ttl = new StringBuilder();
        Prefixes.all().forEach((k, v) -> ttl.append("@prefix ").append(k).append(": <").append(v).append("> .\n"));
        String subject = s.equals("<doc>") ? "<" + doc.getURI() + ">" : iri(s);
        ttl.append(subject).append(' ').append(p).append(' ').append(o.startsWith("id:") ? iri(o) : o).append(" .");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(g);
        return g.find().next();
    }

    private static String iri(String prefixed) {
        return "<" + NodeFactory.createURI(Ids.ID + prefixed.substring(3)).getURI() + ">";
    }
}
