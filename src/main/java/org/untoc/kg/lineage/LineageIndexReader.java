package org.untoc.kg.lineage;

import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.vocab.Untoc;

/**
 * Reads a {@link LineageIndex} from the store with three SPARQL queries, so it works the same over the embedded
 * and a remote store: the citesWork edges, the verbs that qualify them, the facts about their works. Every query
 * is bounded by the edges of the work-lineage graph, never a scan of every citation.
 */
public final class LineageIndexReader {
    private static final String PREFIXES = """
            PREFIX untoc: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """.formatted(Untoc.NS);

    static final String EDGES = PREFIXES + """
            SELECT ?a ?b WHERE { GRAPH <%s> { ?a untoc:citesWork ?b } }""".formatted(WorkLineage.GRAPH);

    /**
     * The verbs each citing work states, and the wholes their targets are part of (11/1 endorses recommendation (j)
     * of a report: the edge to the report is an endorsement). Driven by the citing works, once each: its own
     * relation triples (the texts carry their clauses' relations themselves), each target climbed up partOf; the
     * edge a row stands for is picked in memory. (Joining every edge with its citing work's relations instead
     * climbed the same targets once per edge: 30 s at 1,000 documents on a loaded machine.)
     */
    static final String VERBS = PREFIXES + """
            SELECT ?a ?rel ?x ?whole WHERE {
              { SELECT DISTINCT ?a WHERE { GRAPH <%s> { ?a untoc:citesWork [] } } }
              VALUES ?rel { untoc:recalls untoc:reaffirms untoc:endorses untoc:takesNoteOf untoc:welcomes }
              ?a ?rel ?x
              OPTIONAL { ?x untoc:partOf+ ?whole }
            }""".formatted(WorkLineage.GRAPH);

    /** Label, number, date and title of each work an edge touches. */
    static final String FACTS = PREFIXES + """
            SELECT ?w ?p ?v WHERE {
              { SELECT DISTINCT ?w WHERE { GRAPH <%1$s> { { ?w untoc:citesWork [] } UNION { [] untoc:citesWork ?w } } } }
              VALUES ?p { rdfs:label skos:prefLabel untoc:number dcterms:date dcterms:title }
              ?w ?p ?v
              FILTER isLiteral(?v)
            }""".formatted(WorkLineage.GRAPH);

    private static final String SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel";

    private LineageIndexReader() {}

    /** Builds the index for {@code version} with the given way of running a SELECT query. */
    public static LineageIndex read(Function<Query, ResultSet> select, String version) {
        long t0 = System.nanoTime();
        LineageIndex.Builder b = new LineageIndex.Builder();
        each(select, EDGES, s -> b.edge(s.getResource("a").getURI(), s.getResource("b").getURI()));
        each(select, VERBS, s -> {
            Verb v = Verb.parse(s.getResource("rel").getURI());
            if (v == null || !s.get("x").isURIResource()) {
                return;
            }
            // Only rows that stand for an edge count: the builder ignores the rest.
            String a = s.getResource("a").getURI();
            b.verb(a, s.getResource("x").getURI(), v);
            if (s.contains("whole") && s.get("whole").isURIResource()) {
                b.verb(a, s.getResource("whole").getURI(), v);
            }
        });
        each(select, FACTS, s -> {
            String w = s.getResource("w").getURI();
            String p = s.getResource("p").getURI();
            Node v = s.get("v").asNode();
            LineageIndex.Facts f = b.facts(w);
            if (f == null) {
                f = new LineageIndex.Facts(null, null, null, null);
            }
            // Several values (two texts stating different dates): keep the least, so the answer is the same every time.
            f = switch (p) {
                case Terms.RDFS + "label", SKOS_PREF_LABEL ->
                        new LineageIndex.Facts(least(f.label(), v), f.number(), f.date(), f.title());
                case Untoc.NS + "number" -> new LineageIndex.Facts(f.label(), least(f.number(), v), f.date(), f.title());
                case Terms.DCTERMS + "date" -> new LineageIndex.Facts(f.label(), f.number(), least(f.date(), v), f.title());
                case Terms.DCTERMS + "title" -> new LineageIndex.Facts(f.label(), f.number(), f.date(), least(f.title(), v));
                default -> f;
            };
            b.facts(w, f);
        });
        return b.build(version, System.nanoTime() - t0);
    }

    private static Node least(Node old, Node candidate) {
        if (old == null) {
            return candidate;
        }
        return candidate.getLiteralLexicalForm().compareTo(old.getLiteralLexicalForm()) < 0 ? candidate : old;
    }

    private static void each(Function<Query, ResultSet> select, String text, java.util.function.Consumer<QuerySolution> row) {
        ResultSet rs = select.apply(QueryFactory.create(text));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            row.accept(s);
        }
    }
}
