package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.untoc.kg.lineage.LineageIndex;
import org.untoc.kg.lineage.LineageIndex.Direction;
import org.untoc.kg.lineage.LineageIndexReader;
import org.untoc.kg.lineage.LineageIndexes;
import org.untoc.kg.lineage.Verb;
import org.untoc.kg.lineage.WorkLineage;

/**
 * A page of lineage as {@link Lineage} answers it from the index, against the same page worked out plainly from
 * the edge list (strings, sets, full sorts): which works, in which order, with which role and depth; the total;
 * and the edges among the page's works with their verbs, ordered by source then target IRI. On random graphs with
 * cycles (a work both ancestor and descendant), IRIs in an order unrelated to the index's numbering, and random
 * depths, verbs, limits and offsets: the index lists only the page's levels in order and packs edges into sort
 * keys, and each shortcut must give what the plain reading gives.
 */
class LineagePageTest {
    private static final String BASE = PublicBase.DEFAULT + "id/test/";

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void pagesAreThePlainReadingOfTheEdges(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int works = 30 + random.nextInt(120);
        List<String> iris = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            iris.add(BASE + Long.toString(random.nextLong() >>> 1, 36));
        }
        // Mostly citing older works (a DAG, as acts do), with some back edges for cycles; each pair once.
        Map<String, Map<String, Verb>> cites = new HashMap<>();
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 1; i < works; i++) {
            int out = random.nextInt(6);
            for (int k = 0; k < out; k++) {
                int j = random.nextInt(10) == 0 ? random.nextInt(works) : random.nextInt(i);
                if (j == i || cites.computeIfAbsent(iris.get(i), x -> new HashMap<>()).containsKey(iris.get(j))) {
                    continue;
                }
                Verb verb = Verb.values()[random.nextInt(Verb.values().length)];
                cites.get(iris.get(i)).put(iris.get(j), verb);
                g.add(uri(iris.get(i)), uri(Verb.CITES.workIri()), uri(iris.get(j)));
                g.add(uri(iris.get(i)), uri(verb.workIri()), uri(iris.get(j)));
            }
        }
        Dataset ds = DatasetFactory.create();
        ds.asDatasetGraph().addGraph(uri(WorkLineage.GRAPH), g);
        LineageIndexes indexes = new LineageIndexes(LineageIndexReader.Rows.of(q -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        }), () -> "random");
        Lineage lineage = new Lineage(indexes, null, new PublicBase(PublicBase.DEFAULT, ""));
        LineageIndex index = indexes.current();

        for (int q = 0; q < 300; q++) {
            String act = index.iri(random.nextInt(index.size()));
            Direction direction = new Direction[] {Direction.UP, Direction.DOWN, null}[random.nextInt(3)];
            int depth = 1 + random.nextInt(random.nextBoolean() ? 3 : 1000);
            int verbs = random.nextInt(4) == 0 ? 1 + random.nextInt((1 << Verb.values().length) - 1) : Verb.all();
            int limit = random.nextInt(4) == 0 ? Lineage.MAX_LIMIT : random.nextInt(25);
            int offset = random.nextInt(3) == 0 ? random.nextInt(40) : 0;
            LineageGraph got = lineage.graph(new Lineage.Request(act, direction, depth, verbs, limit, offset, null));
            String what = act + " " + direction + " depth " + depth + " verbs " + verbs + " limit " + limit + " offset " + offset;

            List<String[]> all = new ArrayList<>(); // {iri, role, depth}, in the answer's order
            Map<String, Integer> up = direction == Direction.DOWN ? Map.of() : reach(cites, act, true, depth, verbs);
            Map<String, Integer> down = direction == Direction.UP ? Map.of() : reach(cites, act, false, depth, verbs);
            up.forEach((w, d) -> all.add(new String[] {w, "ancestor", d.toString()}));
            down.forEach((w, d) -> all.add(new String[] {w, "descendant", d.toString()}));
            all.sort(Comparator.<String[]>comparingInt(x -> Integer.parseInt(x[2]))
                    .thenComparing(x -> x[1].equals("descendant"))
                    .thenComparing(x -> x[0]));
            List<String[]> page = all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + limit));
            List<String> expectedNodes = new ArrayList<>(List.of(act + " root 0"));
            page.forEach(x -> expectedNodes.add(x[0] + " " + x[1] + " " + x[2]));
            assertEquals(expectedNodes, got.nodes().stream().map(n -> n.id() + " " + n.role() + " " + n.depth()).toList(), what);
            assertEquals(all.size(), got.total(), what);
            assertEquals((long) offset + limit < all.size(), got.truncated(), what);

            Map<String, String> role = new LinkedHashMap<>();
            page.forEach(x -> role.put(x[0], x[1]));
            role.put(act, "root");
            TreeMap<String, String> expectedEdges = new TreeMap<>();
            for (Map.Entry<String, String> from : role.entrySet()) {
                cites.getOrDefault(from.getKey(), Map.of()).forEach((to, verb) -> {
                    String other = role.get(to);
                    boolean upEdge = !from.getValue().equals("descendant") && "ancestor".equals(other);
                    boolean downEdge = from.getValue().equals("descendant") && ("descendant".equals(other) || "root".equals(other));
                    if ((upEdge || downEdge) && (verbs & (1 << verb.ordinal())) != 0) {
                        expectedEdges.put(from.getKey() + " " + to, from.getKey() + " " + to + " " + verb.localName());
                    }
                });
            }
            assertEquals(List.copyOf(expectedEdges.values()),
                    got.edges().stream().map(e -> e.source() + " " + e.target() + " " + e.type()).toList(), what);
        }

        // The named query's rows: every ancestor, in IRI order, a page of them.
        String act = index.iri(random.nextInt(index.size()));
        List<String> expected = new ArrayList<>(reach(cites, act, true, Integer.MAX_VALUE, Verb.all()).keySet());
        expected.sort(null);
        List<String> rows = new ArrayList<>();
        ResultSetFormatter.toList(lineage.namedQuery("ancestry", act, 2, 5).orElseThrow())
                .forEach(s -> rows.add(s.getResource("ancestor").getURI()));
        assertEquals(expected.subList(Math.min(2, expected.size()), Math.min(7, expected.size())), rows);
    }

    /** Breadth first over the plain edge lists: each work at its shortest distance. */
    private static Map<String, Integer> reach(Map<String, Map<String, Verb>> cites, String start, boolean up, int depth,
            int verbs) {
        Map<String, Map<String, Verb>> citedBy = new HashMap<>();
        cites.forEach((a, targets) -> targets.forEach((b, v) -> citedBy.computeIfAbsent(b, x -> new HashMap<>()).put(a, v)));
        Map<String, Map<String, Verb>> next = up ? cites : citedBy;
        Map<String, Integer> dist = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>(Set.of(start));
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        Map<String, Integer> at = new HashMap<>(Map.of(start, 0));
        while (!queue.isEmpty()) {
            String w = queue.poll();
            if (at.get(w) == depth) {
                continue;
            }
            for (Map.Entry<String, Verb> e : next.getOrDefault(w, Map.of()).entrySet()) {
                if ((verbs & (1 << e.getValue().ordinal())) != 0 && seen.add(e.getKey())) {
                    at.put(e.getKey(), at.get(w) + 1);
                    dist.put(e.getKey(), at.get(w) + 1);
                    queue.add(e.getKey());
                }
            }
        }
        return dist;
    }

    private static org.apache.jena.graph.Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
