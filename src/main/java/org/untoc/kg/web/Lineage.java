package org.untoc.kg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.untoc.kg.lineage.LineageIndex;
import org.untoc.kg.lineage.LineageIndex.Direction;
import org.untoc.kg.lineage.LineageIndexes;
import org.untoc.kg.lineage.Verb;

/**
 * Lineage answers from the in-memory index: an act's ancestry and descendants (depth, verbs, paging), the paths
 * between two works, counts; and the {@code ancestry} / {@code descendants} named queries, with the same columns
 * their SPARQL gives. The store is asked only whether an act that the index does not know exists at all.
 */
public final class Lineage {
    /** Depth of the picture when none is asked for. */
    public static final int DEFAULT_DEPTH = 2;
    /** Works per page when no limit is asked for (what the picture can draw readably). */
    public static final int DEFAULT_LIMIT = 150;
    /** The largest page: a full ancestry at 10,000 documents is a few thousand works. */
    public static final int MAX_LIMIT = 100_000;
    /** The named queries answered from the index, with the direction each walks. */
    private static final Map<String, Direction> NAMED = Map.of("ancestry", Direction.UP, "descendants", Direction.DOWN);

    private static final Query EXISTS = QueryFactory.create("ASK { { ?act ?p ?o } UNION { ?s ?p ?act } }");

    private final LineageIndexes indexes;
    private final QueryRunner runner;
    private final PublicBase base;

    public Lineage(LineageIndexes indexes, QueryRunner runner, PublicBase base) {
        this.indexes = indexes;
        this.runner = runner;
        this.base = base;
    }

    /**
     * A lineage question.
     *
     * @param direction UP, DOWN, or null for both
     * @param depth hops at most (at least 1)
     * @param verbs bit set of {@link Verb} ordinals an edge's verb must be among
     * @param to with paths: the other end; null otherwise
     * @param edges whether the edges among the works are wanted (a full ancestry has thousands of works and
     *     many more edges among them: most of the answer, when only the list is wanted)
     */
    public record Request(String act, Direction direction, int depth, int verbs, int limit, int offset, String to,
            boolean edges) {
        public Request(String act, Direction direction, int depth, int verbs, int limit, int offset, String to) {
            this(act, direction, depth, verbs, limit, offset, to, true);
        }
    }

    /** The act (or {@code to}) is in no triple of the store. */
    public static final class NotFound extends RuntimeException {
        public NotFound(String iri) {
            super("no resource " + iri + " in the knowledge graph");
        }
    }

    /** The ancestry and descendants of {@code act} within {@code depth} hops, the first page, as the picture asks. */
    public LineageGraph of(String act, int depth) {
        return graph(new Request(act, null, Math.max(1, depth), Verb.all(), DEFAULT_LIMIT, 0, null));
    }

    /** The works reached from the act, one page of them, the act first, and the edges among them. */
    public LineageGraph graph(Request r) {
        LineageIndex index = indexes.current();
        int root = known(index, r.act());
        List<Reached> all = reached(index, root, r);
        int end = (int) Math.min(all.size(), (long) r.offset() + r.limit());
        List<Reached> page = r.offset() >= all.size() ? List.of() : all.subList(r.offset(), end);
        List<LineageGraph.Node> nodes = new ArrayList<>();
        nodes.add(root < 0 ? node(index, -1, r.act(), "root", 0) : node(index, root, r.act(), "root", 0));
        Map<Integer, String> roles = new HashMap<>();
        for (Reached x : page) {
            nodes.add(node(index, x.node, index.iri(x.node), x.role, x.depth));
            roles.put(x.node, x.role);
        }
        List<LineageGraph.Edge> edges = new ArrayList<>();
        if (root >= 0 && r.edges()) {
            roles.put(root, "root");
            for (Map.Entry<Integer, String> e : roles.entrySet()) {
                int from = e.getKey();
                String role = e.getValue();
                // Up: from the root or an ancestor to an ancestor; down: from a descendant to one or to the root.
                index.eachCited(from, (to, verb) -> {
                    String other = roles.get(to);
                    boolean up = !role.equals("descendant") && "ancestor".equals(other);
                    boolean down = role.equals("descendant") && ("descendant".equals(other) || "root".equals(other));
                    if ((up || down) && (r.verbs() & (1 << verb.ordinal())) != 0) {
                        edges.add(edge(index, from, to, verb));
                    }
                });
            }
            edges.sort((a, b) -> a.source().equals(b.source()) ? a.target().compareTo(b.target())
                    : a.source().compareTo(b.source()));
        }
        return new LineageGraph(r.act(), nodes, edges, end < all.size(), all.size(), r.offset(), r.limit(), null);
    }

    /** How many works the act reaches, up, down and in all. */
    public LineageGraph.Counts counts(Request r) {
        LineageIndex index = indexes.current();
        int root = known(index, r.act());
        Integer up = null;
        Integer down = null;
        if (r.direction() != Direction.DOWN) {
            up = root < 0 ? 0 : index.count(root, Direction.UP, r.depth(), r.verbs());
        }
        if (r.direction() != Direction.UP) {
            down = root < 0 ? 0 : index.count(root, Direction.DOWN, r.depth(), r.verbs());
        }
        return new LineageGraph.Counts(r.act(), up, down, (up == null ? 0 : up) + (down == null ? 0 : down));
    }

    /**
     * The paths from the act to {@code to} within the depth: up, each work citing the next; down, each cited by
     * the next (the act's descendants that lead to {@code to}); both, the up paths then the down paths.
     */
    public LineageGraph paths(Request r) {
        LineageIndex index = indexes.current();
        int from = known(index, r.act());
        int to = known(index, r.to());
        List<int[]> found = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        boolean more = false;
        int wanted = (int) Math.min(Integer.MAX_VALUE - 1, (long) r.offset() + r.limit());
        if (from >= 0 && to >= 0) {
            for (Direction d : r.direction() == null ? List.of(Direction.UP, Direction.DOWN) : List.of(r.direction())) {
                LineageIndex.Paths p = index.paths(from, to, d, r.depth(), r.verbs(), wanted - found.size());
                for (int[] path : p.paths()) {
                    found.add(path);
                    roles.add(d == Direction.UP ? "ancestor" : "descendant");
                }
                more |= p.truncated();
            }
        }
        List<int[]> page = r.offset() >= found.size() ? List.of() : found.subList(r.offset(), found.size());
        Map<Integer, LineageGraph.Node> nodes = new LinkedHashMap<>();
        Map<String, LineageGraph.Edge> edges = new LinkedHashMap<>();
        List<List<String>> paths = new ArrayList<>();
        if (from >= 0) {
            nodes.put(from, node(index, from, r.act(), "root", 0));
        } else {
            nodes.put(-1, node(index, -1, r.act(), "root", 0));
        }
        for (int i = 0; i < page.size(); i++) {
            int[] path = page.get(i);
            String role = roles.get(r.offset() + i);
            List<String> iris = new ArrayList<>();
            for (int step = 0; step < path.length; step++) {
                iris.add(index.iri(path[step]));
                nodes.putIfAbsent(path[step], node(index, path[step], index.iri(path[step]), role, step));
                if (step > 0) {
                    int a = role.equals("ancestor") ? path[step - 1] : path[step];
                    int b = role.equals("ancestor") ? path[step] : path[step - 1];
                    edges.putIfAbsent(a + " " + b, edge(index, a, b, index.verb(a, b)));
                }
            }
            paths.add(iris);
        }
        return new LineageGraph(r.act(), List.copyOf(nodes.values()), List.copyOf(edges.values()), more,
                found.size(), r.offset(), r.limit(), paths);
    }

    /** True when the named query is answered here rather than by SPARQL. */
    public static boolean answers(String namedQuery) {
        return NAMED.containsKey(namedQuery);
    }

    /**
     * The {@code ancestry} or {@code descendants} named query's answer from the index: its columns (the work,
     * number, date for ancestry, label), ordered by the work's IRI as the SPARQL orders it; the page from
     * {@code offset}, at most {@code limit} rows.
     */
    public Optional<ResultSet> namedQuery(String name, String act) {
        return namedQuery(name, act, 0, Long.MAX_VALUE);
    }

    /** As {@link #namedQuery(String, String)}, one page of it. */
    public Optional<ResultSet> namedQuery(String name, String act, long offset, long limit) {
        Direction direction = NAMED.get(name);
        if (direction == null) {
            return Optional.empty();
        }
        LineageIndex index = indexes.current();
        Var work = Var.alloc(direction == Direction.UP ? "ancestor" : "descendant");
        Var number = Var.alloc("number");
        Var date = Var.alloc("date");
        Var label = Var.alloc("label");
        List<Var> vars = direction == Direction.UP ? List.of(work, number, date, label) : List.of(work, number, label);
        List<Binding> rows = new ArrayList<>();
        int start = index.id(act);
        if (start >= 0) {
            List<LineageIndex.Hit> hits = new ArrayList<>(index.walk(start, direction, Integer.MAX_VALUE, Verb.all()));
            hits.sort((a, b) -> index.iri(a.node()).compareTo(index.iri(b.node())));
            int from = (int) Math.min(hits.size(), offset);
            int to = (int) Math.min(hits.size(), from + Math.min(limit, Integer.MAX_VALUE));
            for (LineageIndex.Hit h : hits.subList(from, to)) {
                LineageIndex.Facts f = index.facts(h.node());
                BindingBuilder b = BindingBuilder.create().add(work, NodeFactory.createURI(index.iri(h.node())));
                addIf(b, number, f.number());
                if (direction == Direction.UP) {
                    addIf(b, date, f.date());
                }
                addIf(b, label, f.label());
                rows.add(b.build());
            }
        }
        return Optional.of(ResultSet.adapt(RowSetStream.create(vars, rows.iterator())));
    }

    private static void addIf(BindingBuilder b, Var v, Node n) {
        if (n != null) {
            b.add(v, n);
        }
    }

    private record Reached(int node, String role, int depth) {}

    /** Ancestors and descendants in one list: nearest first, ancestors before descendants at a depth, then by IRI. */
    private static List<Reached> reached(LineageIndex index, int root, Request r) {
        List<Reached> all = new ArrayList<>();
        if (root < 0) {
            return all;
        }
        if (r.direction() != Direction.DOWN) {
            for (LineageIndex.Hit h : index.walk(root, Direction.UP, r.depth(), r.verbs())) {
                all.add(new Reached(h.node(), "ancestor", h.depth()));
            }
        }
        if (r.direction() != Direction.UP) {
            for (LineageIndex.Hit h : index.walk(root, Direction.DOWN, r.depth(), r.verbs())) {
                all.add(new Reached(h.node(), "descendant", h.depth()));
            }
        }
        if (r.direction() == null) {
            // Each walk is already ordered by depth then IRI; merge the two by depth, a stable sort keeps the rest.
            all.sort((a, b) -> Integer.compare(a.depth, b.depth));
        }
        return all;
    }

    /** The act's number in the index; -1 when no citation touches it but it exists; NotFound when it does not. */
    private int known(LineageIndex index, String iri) {
        int id = index.id(iri);
        if (id >= 0) {
            return id;
        }
        Query ask = QueryTransformOps.transform(EXISTS, Map.of(Var.alloc("act"), NodeFactory.createURI(iri)));
        if (!runner.ask(ask)) {
            throw new NotFound(iri);
        }
        return -1;
    }

    private LineageGraph.Node node(LineageIndex index, int id, String iri, String role, int depth) {
        // Only pages here and web addresses become click targets: the data must not be able to plant a javascript: link.
        String href = base.isLocal(iri) || PublicBase.isWebIri(iri) ? base.href(iri) : null;
        LineageIndex.Facts f = id < 0 ? new LineageIndex.Facts(null, null, null, null) : index.facts(id);
        int year = id < 0 ? 0 : index.year(id);
        return new LineageGraph.Node(iri, f.label() != null ? lexical(f.label()) : Labels.fromIri(iri, base), href, role,
                depth, lexical(f.date()), year == 0 ? null : year, lexical(f.number()), lexical(f.title()));
    }

    private static LineageGraph.Edge edge(LineageIndex index, int from, int to, Verb verb) {
        int year = index.year(from);
        return new LineageGraph.Edge(index.iri(from), index.iri(to), verb.localName(), year == 0 ? null : year);
    }

    private static String lexical(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }
}
