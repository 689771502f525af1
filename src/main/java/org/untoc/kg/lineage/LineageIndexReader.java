package org.untoc.kg.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.vocab.Untoc;

/**
 * Reads a {@link LineageIndex} from the store with two SPARQL queries, so it works the same over the embedded and a
 * remote store: the work-lineage graph (edges and their strongest verbs, as {@link WorkLineage} wrote them at load
 * time), and the facts about the works. Both are plain scans (one graph; five predicates) filtered in memory:
 * driving a lookup per work, or climbing each target up partOf here, cost seconds at start at 1,000 documents.
 */
public final class LineageIndexReader {
    private static final String PREFIXES = """
            PREFIX untoc: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """.formatted(Untoc.NS);

    /** Every statement of the work-lineage graph between two IRIs: citesWork edges and their verb sub-properties. */
    static final String EDGES = PREFIXES + """
            SELECT ?a ?p ?b WHERE { GRAPH <%s> { ?a ?p ?b } FILTER (isIRI(?b)) }""".formatted(WorkLineage.GRAPH);

    /**
     * Every label, number, date and title in the store; the ones of works without an edge are dropped in memory. A
     * scan per predicate (a few thousand values at 1,000 documents) is far cheaper than a lookup per work.
     */
    static final String FACTS = PREFIXES + """
            SELECT ?w ?p ?v WHERE {
              VALUES ?p { rdfs:label skos:prefLabel untoc:number dcterms:date dcterms:title }
              ?w ?p ?v
              FILTER (isLiteral(?v) && isIRI(?w))
            }""";

    private static final String SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel";

    private LineageIndexReader() {}

    /**
     * Runs a SELECT and hands over each row while the query is open: the index is built as the rows stream in,
     * never from a copy of hundreds of thousands of them (at 10,000 documents the copy was most of the build).
     */
    @FunctionalInterface
    public interface Rows {
        void each(Query query, Consumer<Binding> row);

        /** Rows of a way of running a SELECT that returns its results (read to the end here). */
        static Rows of(Function<Query, ResultSet> select) {
            return (query, row) -> {
                ResultSet rs = select.apply(query);
                while (rs.hasNext()) {
                    row.accept(rs.nextBinding());
                }
            };
        }
    }

    private static final Var A = Var.alloc("a");
    private static final Var P = Var.alloc("p");
    private static final Var B = Var.alloc("b");
    private static final Var W = Var.alloc("w");
    private static final Var V = Var.alloc("v");

    /**
     * Builds the index for {@code version} from the store's rows. The facts are read on a second thread while the
     * edges are read here (two independent scans; on two cores the build takes the longer of the two, not both).
     */
    public static LineageIndex read(Rows rows, String version) {
        long t0 = System.nanoTime();
        CompletableFuture<Map<String, LineageIndex.Facts>> facts = CompletableFuture.supplyAsync(() -> facts(rows));
        LineageIndex.Builder b = new LineageIndex.Builder();
        List<String[]> verbs = new ArrayList<>();
        rows.each(QueryFactory.create(EDGES), s -> {
            String p = s.get(P).getURI();
            String citing = s.get(A).getURI();
            String cited = s.get(B).getURI();
            if (p.equals(Verb.CITES.workIri())) {
                b.edge(citing, cited);
            } else if (Verb.ofWorkIri(p) != null) {
                verbs.add(new String[] {citing, cited, p});
            }
        });
        // After every edge is known: the builder keeps a verb only for an edge.
        for (String[] v : verbs) {
            b.verb(v[0], v[1], Verb.ofWorkIri(v[2]));
        }
        try {
            facts.join().forEach((w, f) -> {
                if (b.has(w)) {
                    b.facts(w, f);
                }
            });
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return b.build(version, System.nanoTime() - t0);
    }

    /** Label, number, date and title of every resource that has them; the least value where there are several. */
    private static Map<String, LineageIndex.Facts> facts(Rows rows) {
        Map<String, LineageIndex.Facts> all = new HashMap<>();
        rows.each(QueryFactory.create(FACTS), s -> {
            String w = s.get(W).getURI();
            String p = s.get(P).getURI();
            Node v = s.get(V);
            LineageIndex.Facts f = all.get(w);
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
            all.put(w, f);
        });
        return all;
    }

    private static Node least(Node old, Node candidate) {
        if (old == null) {
            return candidate;
        }
        return candidate.getLiteralLexicalForm().compareTo(old.getLiteralLexicalForm()) < 0 ? candidate : old;
    }
}
