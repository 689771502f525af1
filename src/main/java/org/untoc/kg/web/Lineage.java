package org.untoc.kg.web;

import java.util.ArrayList;
import java.util.Arrays;
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
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) r.offset() + r.limit());
        Reach reach = reached(index, root, r, wanted);
        int end = Math.min(reach.total, wanted);
        List<Reached> page = r.offset() >= reach.first.size() ? List.of()
                : reach.first.subList(r.offset(), Math.min(reach.first.size(), wanted));
        List<LineageGraph.Node> nodes = new ArrayList<>(page.size() + 1);
        nodes.add(node(index, root, r.act(), "root", 0));
        for (Reached x : page) {
            nodes.add(node(index, x.node, index.iri(x.node), x.role(), x.depth));
        }
        List<LineageGraph.Edge> edges = root >= 0 && r.edges() ? edges(index, root, page, r.verbs()) : List.of();
        return new LineageGraph(r.act(), nodes, edges, end < reach.total, reach.total, r.offset(), r.limit(), null);
    }

    private static final byte ROOT = 1;
    private static final byte ANCESTOR = 2;
    private static final byte DESCENDANT = 3;

    /**
     * The edges among the page's works and the root, ordered by source IRI then target IRI: up, from the root or an
     * ancestor to an ancestor; down, from a descendant to one or to the root. A work reached both ways (a cycle)
     * takes the role of its last place on the page.
     */
    private static List<LineageGraph.Edge> edges(LineageIndex index, int root, List<Reached> page, int verbs) {
        // Roles by work number and edges as packed sort keys: a page draws hundreds of edges, and maps of boxed
        // ints and IRI compares were half the cost of drawing them.
        byte[] role = new byte[index.size()];
        for (Reached x : page) {
            role[x.node] = x.code();
        }
        role[root] = ROOT;
        long[] keys = new long[16];
        int count = 0;
        for (int i = -1; i < page.size(); i++) {
            int from = i < 0 ? root : page.get(i).node;
            byte fromRole = role[from];
            if (i >= 0 && (fromRole == ROOT || fromRole != page.get(i).code())) {
                continue; // the root's edges are taken once, and a work on the page twice is read at its last role
            }
            int out = index.outDegree(from);
            for (int k = 0; k < out; k++) {
                int to = index.cited(from, k);
                Verb verb = index.citedVerb(from, k);
                byte toRole = role[to];
                boolean up = fromRole != DESCENDANT && toRole == ANCESTOR;
                boolean down = fromRole == DESCENDANT && (toRole == DESCENDANT || toRole == ROOT);
                if ((up || down) && (verbs & (1 << verb.ordinal())) != 0) {
                    if (count == keys.length) {
                        keys = Arrays.copyOf(keys, count * 2);
                    }
                    keys[count++] = EdgeKey.of(index.rank(from), index.rank(to), verb);
                }
            }
        }
        Arrays.sort(keys, 0, count);
        List<LineageGraph.Edge> edges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long key = keys[i];
            edges.add(edge(index, index.atRank(EdgeKey.from(key)), index.atRank(EdgeKey.to(key)), EdgeKey.verb(key)));
        }
        return edges;
    }

    /** An edge as one long that sorts as (source IRI, target IRI): the two works' places in IRI order, then the verb. */
    private static final class EdgeKey {
        private static final int PLACE_BITS = 30;
        private static final long PLACE_MASK = (1L << PLACE_BITS) - 1;
        private static final int VERB_BITS = 3;
        static {
            // Two more verbs would still fit in three bits; a ninth would not, and keys would mix verbs with targets.
            if (Verb.values().length > 1 << VERB_BITS) {
                throw new IllegalStateException(Verb.values().length + " verbs do not fit " + VERB_BITS + " bits of an edge key");
            }
        }

        static long of(int fromPlace, int toPlace, Verb verb) {
            // Places are below the number of works; 2^30 works would not fit a Java array of IRIs in any heap used here.
            return ((long) fromPlace << (PLACE_BITS + VERB_BITS)) | ((long) toPlace << VERB_BITS) | verb.ordinal();
        }

        static int from(long key) {
            return (int) (key >>> (PLACE_BITS + VERB_BITS));
        }

        static int to(long key) {
            return (int) ((key >>> VERB_BITS) & PLACE_MASK);
        }

        static Verb verb(long key) {
            return Verb.ofOrdinal((int) (key & ((1 << VERB_BITS) - 1)));
        }
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
            hits.sort(java.util.Comparator.comparingInt(h -> index.rank(h.node())));
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

    private record Reached(int node, boolean descendant, int depth) {
        String role() {
            return descendant ? "descendant" : "ancestor";
        }

        byte code() {
            return descendant ? DESCENDANT : ANCESTOR;
        }
    }

    /** The first works of the answer, and how many there are in all. */
    private record Reach(List<Reached> first, int total) {}

    /**
     * Ancestors and descendants in one list: nearest first, ancestors before descendants at a depth, then by IRI;
     * only the first {@code wanted} listed. The merged list's first {@code wanted} are among each walk's first
     * {@code wanted}, so each walk lists no more.
     */
    private static Reach reached(LineageIndex index, int root, Request r, int wanted) {
        List<Reached> first = new ArrayList<>();
        if (root < 0) {
            return new Reach(first, 0);
        }
        int total = 0;
        if (r.direction() != Direction.DOWN) {
            LineageIndex.Walk up = index.walk(root, Direction.UP, r.depth(), r.verbs(), wanted);
            up.first().forEach(h -> first.add(new Reached(h.node(), false, h.depth())));
            total += up.total();
        }
        if (r.direction() != Direction.UP) {
            LineageIndex.Walk down = index.walk(root, Direction.DOWN, r.depth(), r.verbs(), wanted);
            down.first().forEach(h -> first.add(new Reached(h.node(), true, h.depth())));
            total += down.total();
        }
        if (r.direction() == null) {
            // Each walk is already ordered by depth then IRI; merge the two by depth, a stable sort keeps the rest.
            first.sort((a, b) -> Integer.compare(a.depth, b.depth));
        }
        return new Reach(first.size() > wanted ? first.subList(0, wanted) : first, total);
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
