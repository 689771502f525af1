package org.untoc.kg.lineage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.load.DerivedGraph;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * Work-level lineage: one {@code untoc:citesWork} edge from each whole text or instrument (anything that is not
 * {@code untoc:partOf} something) to each other whole it cites, directly or through parts on either side (a
 * clause citing paragraph 5 of an act gives its text an edge to that act).
 *
 * <p>Why a derived graph: tracing ancestry with {@code untoc:cites+} walks every citation of every clause,
 * recommendation and provision (≈ 14 M quads at 10,000 documents) and took seconds; the same lineage over these
 * edges alone is a small graph with one edge per pair of texts. Read with plain SPARQL scans through the store, so
 * it works the same over a remote store; a bulk load reads the same rows from its documents as they pass
 * ({@link #accumulator}), which gives the same graph without reading the new database back.
 *
 * <p>Each edge whose citing text also states a verb towards the cited work or one of its parts gets a second
 * triple with the strongest of them ({@code untoc:recallsWork}, {@code untoc:reaffirmsWork}…, sub-properties of
 * citesWork): the lineage index then reads edges and verbs from this graph alone, instead of climbing every
 * target up {@code partOf} at each start (seconds at 10,000 documents); the climbing is done here, once per load,
 * over the part-of links this step holds anyway.
 */
public final class WorkLineage implements DerivedGraph {
    /** Named graph this step writes to (replaced after every load). */
    public static final String GRAPH = Ids.graph("derived/work-lineage");

    /** One full scan of the citations; generous because it is done once per load, not per request. */
    private static final Duration QUERY_TIMEOUT = Duration.ofMinutes(10);

    private static final Node DESCRIPTION = NodeFactory.createURI(Terms.DCTERMS + "description");
    private static final Node ENTITY = NodeFactory.createURI(Terms.PROV + "Entity");

    /** Every part-of link: few per part, and one plain scan (the climbing is done here, not in SPARQL). */
    static final String PARTS_QUERY = """
            PREFIX untoc: <%s>
            SELECT ?part ?whole WHERE { ?part untoc:partOf ?whole }""".formatted(Untoc.NS);

    /**
     * Every citation with the document graph that states it; one plain scan. No DISTINCT: a quad is in a dataset
     * once, and DISTINCT's own table of every solution ran out of a 512 MB heap at 10,000 documents; {@link Rows}
     * keeps each citation as three shared IRIs instead (234,000 citations there).
     */
    static final String CITATIONS_QUERY = """
            PREFIX untoc: <%s>
            SELECT ?g ?from ?to WHERE { GRAPH ?g { ?from untoc:cites ?to } }""".formatted(Untoc.NS);

    /** The verbs whose relations the lineage reads: every verb but the bare citation. */
    private static final List<Verb> RELATION_VERBS = java.util.Arrays.stream(Verb.values())
            .filter(v -> v != Verb.CITES).toList();
    /** The same verbs by predicate, for the store's scan and the loader's accumulator alike. */
    private static final Map<Node, Verb> RELATIONS = RELATION_VERBS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(v -> NodeFactory.createURI(v.iri()), v -> v));

    /**
     * Every relation a text states with a verb (recalls, reaffirms…) and its target; one plain scan of five
     * predicates, streamed.
     */
    static final String RELATIONS_QUERY = """
            PREFIX untoc: <%s>
            SELECT ?from ?rel ?to WHERE {
              VALUES ?rel { %s }
              ?from ?rel ?to
            }""".formatted(Untoc.NS, String.join(" ", RELATION_VERBS.stream().map(v -> "untoc:" + v.localName()).toList()));

    /** A whole text or instrument citing another. */
    public record Edge(String citing, String cited) implements Comparable<Edge> {
        @Override
        public int compareTo(Edge o) {
            int c = citing.compareTo(o.citing);
            return c != 0 ? c : cited.compareTo(o.cited);
        }
    }

    /**
     * The lineage edges, the strongest verb of those whose citing text states one (a bare citation is not in the
     * map), and the document graphs whose citations gave them.
     */
    public record Lineage(Set<Edge> edges, Map<Edge, Verb> verbs, Set<String> sources) {}

    @Override
    public String graphIri() {
        return GRAPH;
    }

    @Override
    public Consumer<StreamRDF> compute(KnowledgeStore store) {
        Lineage lineage = find(store);
        return out -> write(lineage, out);
    }

    /**
     * Reads the lineage from the store's citations: both ends of each citation are taken up {@code untoc:partOf}
     * (across graphs: the Convention's articles are part of it in the reference data) to the resources that are
     * part of nothing. Three plain scans and the climbing in memory: the same as one SPARQL query with
     * {@code partOf*} and {@code FILTER NOT EXISTS}, which cost ≈ 0.3 ms a citation (20 s at 1,000 documents).
     */
    public static Lineage find(KnowledgeStore store) {
        Rows rows = new Rows();
        scan(store, PARTS_QUERY, s -> rows.part(s.get("part").asNode(), s.get("whole").asNode()));
        scan(store, CITATIONS_QUERY, s -> rows.citation(s.getResource("g").getURI(), s.get("from").asNode(),
                s.get("to").asNode()));
        scan(store, RELATIONS_QUERY, s -> rows.relation(s.get("from").asNode(), s.get("rel").asNode(),
                s.get("to").asNode()));
        return rows.lineage();
    }

    private static void scan(KnowledgeStore store, String query, Consumer<QuerySolution> row) {
        store.query(QueryFactory.create(query), QUERY_TIMEOUT, qe -> {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                row.accept(rs.next());
            }
            return null;
        });
    }

    /**
     * Reads the same lineage from document graphs as they are loaded: the rows the three scans would give, taken
     * from each graph's triples (the part-of links and verbs of the union of graphs, the citations with their graph).
     */
    @Override
    public Optional<Accumulator> accumulator() {
        Rows rows = new Rows();
        return Optional.of(new Accumulator() {
            @Override
            public void add(String graphIri, List<Triple> triples) {
                for (Triple t : triples) {
                    Node p = t.getPredicate();
                    if (p.equals(Untoc.partOf)) rows.part(t.getSubject(), t.getObject());
                    else if (p.equals(Untoc.cites)) rows.citation(graphIri, t.getSubject(), t.getObject());
                    else if (RELATIONS.containsKey(p)) rows.relation(t.getSubject(), p, t.getObject());
                }
            }

            @Override
            public Consumer<StreamRDF> result() {
                Lineage lineage = rows.lineage();
                return out -> write(lineage, out);
            }
        });
    }

    /**
     * The rows the lineage is read from, in any order: every part-of link, every citation with its graph, every
     * verb relation. Citations and relations are kept until the end because a part-of link that climbs one of
     * their ends may come later (from another graph).
     */
    private static final class Rows {
        private final PartOf parts = new PartOf();
        private final Map<String, String> names = new HashMap<>();
        private final List<String[]> citations = new ArrayList<>();
        private final List<Object[]> relations = new ArrayList<>();

        void part(Node part, Node whole) {
            if (part.isURI() && whole.isURI()) parts.add(part.getURI(), whole.getURI());
        }

        void citation(String graph, Node from, Node to) {
            if (from.isURI() && to.isURI()) citations.add(new String[] {name(graph), name(from.getURI()), name(to.getURI())});
        }

        void relation(Node from, Node rel, Node to) {
            Verb verb = RELATIONS.get(rel);
            if (from.isURI() && to.isURI() && verb != null) relations.add(new Object[] {name(from.getURI()), verb, name(to.getURI())});
        }

        private String name(String iri) {
            return names.computeIfAbsent(iri, k -> k);
        }

        Lineage lineage() {
            Set<String> sources = new TreeSet<>();
            Set<Edge> edges = new TreeSet<>();
            for (String[] c : citations) {
                boolean any = false;
                for (String citing : parts.wholes(c[1])) {
                    for (String cited : parts.wholes(c[2])) {
                        if (!citing.equals(cited)) {
                            edges.add(new Edge(citing, cited));
                            any = true;
                        }
                    }
                }
                if (any) sources.add(c[0]);
            }
            return new Lineage(edges, strongestVerbs(edges), sources);
        }

        /**
         * For each edge, the strongest verb its citing text states towards the cited work or a part of it. Only
         * the text's own relations count (texts carry their clauses' relations themselves, ontology 2.0.0).
         */
        private Map<Edge, Verb> strongestVerbs(Set<Edge> edges) {
            Map<Edge, Verb> verbs = new TreeMap<>();
            for (Object[] r : relations) {
                String citing = (String) r[0];
                if (!parts.isWhole(citing)) continue;
                for (String cited : parts.wholes((String) r[2])) {
                    Edge edge = new Edge(citing, cited);
                    if (edges.contains(edge)) {
                        verbs.merge(edge, (Verb) r[1], (x, y) -> x.compareTo(y) >= 0 ? x : y);
                    }
                }
            }
            return verbs;
        }
    }

    /** Writes the edges, and the graph's own description: what it holds and the document graphs it comes from. */
    public static void write(Lineage lineage, StreamRDF out) {
        // No citation, no graph: a store of texts that cite nothing keeps only their own graphs.
        if (lineage.edges().isEmpty()) return;
        Node graph = NodeFactory.createURI(GRAPH);
        out.triple(Triple.create(graph, Terms.TYPE, ENTITY));
        out.triple(Triple.create(graph, DESCRIPTION, NodeFactory.createLiteralLang(
                "Work-level lineage derived from the citations of every document graph: each whole text or instrument "
                        + "and each other whole text or instrument it cites, directly or through any of their parts "
                        + "(untoc:citesWork), and for each such pair the strongest verb the citing text states "
                        + "towards the cited work or one of its parts (untoc:recallsWork, untoc:reaffirmsWork, …).", "en")));
        for (String source : lineage.sources()) {
            out.triple(Triple.create(graph, Terms.WAS_DERIVED_FROM, NodeFactory.createURI(source)));
        }
        for (Edge e : lineage.edges()) {
            Node citing = NodeFactory.createURI(e.citing());
            Node cited = NodeFactory.createURI(e.cited());
            out.triple(Triple.create(citing, Untoc.citesWork, cited));
            Verb verb = lineage.verbs().get(e);
            if (verb != null && verb != Verb.CITES) {
                out.triple(Triple.create(citing, NodeFactory.createURI(verb.workIri()), cited));
            }
        }
    }

}
