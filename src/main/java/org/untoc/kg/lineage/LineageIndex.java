package org.untoc.kg.lineage;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The work-level citation graph ({@code untoc:citesWork}) in memory: IRIs interned to ints, edges in two compact
 * adjacency arrays (forward: what a work cites; backward: what cites it), each edge with its strongest verb, each
 * work with its label, number, date and year. Immutable: a new dataset version gets a new index, so a reader
 * never sees one half-built.
 *
 * <p>Why: lineage questions are walks over a graph of tens of thousands of edges, which take microseconds in
 * memory, but a property path over the store costs as much as the store's index scans (hundreds of ms at 10,000
 * documents). Answers are plain ints until they are written out.
 */
public final class LineageIndex {
    /** Which way a walk goes: up to what a work cites (its ancestry), down to what cites it (its descendants). */
    public enum Direction {
        UP, DOWN;

        /** up, down (case-insensitive); null otherwise. */
        public static Direction parse(String s) {
            return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "up" -> UP;
                case "down" -> DOWN;
                default -> null;
            };
        }
    }

    /** Facts about one work, as the store states them (any may be null). */
    public record Facts(Node label, Node number, Node date, Node title) {}

    /** One work reached by a walk, at its shortest distance (hops) from the start. */
    public record Hit(int node, int depth) {}

    private final String version;
    private final String[] iris;
    private final Map<String, Integer> ids;
    private final int[] outStart;
    private final int[] outTo;
    private final byte[] outVerb;
    private final int[] inStart;
    private final int[] inFrom;
    private final byte[] inVerb;
    private final Facts[] facts;
    private final short[] year;
    private final long buildNanos;
    private final Origin origin;
    /** Each work's place in IRI order, and the work at each place: a walk orders a level by int, not by string. */
    private final int[] rank;
    private final int[] byRank;

    private LineageIndex(Builder b, String version, long buildNanos) {
        this.version = version;
        this.buildNanos = buildNanos;
        this.origin = Origin.STORE;
        int n = b.iris.size();
        this.iris = b.iris.toArray(new String[0]);
        this.ids = b.ids;
        int m = b.edgeCount;
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            outStart[b.from[e] + 1]++;
            inStart[b.to[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
            inStart[i + 1] += inStart[i];
        }
        outTo = new int[m];
        outVerb = new byte[m];
        inFrom = new int[m];
        inVerb = new byte[m];
        int[] outFill = Arrays.copyOf(outStart, n);
        int[] inFill = Arrays.copyOf(inStart, n);
        for (int e = 0; e < m; e++) {
            int f = b.from[e];
            int t = b.to[e];
            byte v = b.verb[e];
            outTo[outFill[f]] = t;
            outVerb[outFill[f]++] = v;
            inFrom[inFill[t]] = f;
            inVerb[inFill[t]++] = v;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> iris[i]));
        rank = new int[n];
        byRank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
            byRank[r] = order[r];
        }
        facts = new Facts[n];
        for (int i = 0; i < n; i++) {
            Facts f = b.facts.get(i);
            facts[i] = f == null ? new Facts(null, null, null, null) : f;
        }
        year = years(facts);
    }

    /** The index exactly as {@link #writeTo} wrote it: the same arrays, so walks and paths come in the same order. */
    private LineageIndex(String version, long buildNanos, String[] iris, int[][] ints, byte[][] verbs, Facts[] facts) {
        this.version = version;
        this.buildNanos = buildNanos;
        this.origin = Origin.SNAPSHOT;
        this.iris = iris;
        this.ids = new HashMap<>(iris.length * 2);
        for (int i = 0; i < iris.length; i++) {
            ids.put(iris[i], i);
        }
        outStart = ints[0];
        outTo = ints[1];
        inStart = ints[2];
        inFrom = ints[3];
        rank = ints[4];
        byRank = ints[5];
        outVerb = verbs[0];
        inVerb = verbs[1];
        this.facts = facts;
        year = years(facts);
    }

    private static short[] years(Facts[] facts) {
        short[] year = new short[facts.length];
        for (int i = 0; i < facts.length; i++) {
            year[i] = yearOf(facts[i].date());
        }
        return year;
    }

    /** Where an index was read from: the store's rows, or a snapshot of an index read from the same data. */
    public enum Origin { STORE, SNAPSHOT }

    /** Where this index was read from. */
    public Origin origin() {
        return origin;
    }

    /** Writes every array and fact, for {@link #readFrom} (see {@link LineageSnapshot}). */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(iris.length);
        out.writeInt(outTo.length);
        for (String iri : iris) {
            LineageSnapshot.writeString(out, iri);
        }
        for (int[] array : new int[][] {outStart, outTo, inStart, inFrom, rank, byRank}) {
            LineageSnapshot.writeInts(out, array);
        }
        out.write(outVerb);
        out.write(inVerb);
        for (Facts f : facts) {
            for (Node n : new Node[] {f.label(), f.number(), f.date(), f.title()}) {
                LineageSnapshot.writeLiteral(out, n);
            }
        }
    }

    /** An index as {@link #writeTo} wrote it, for {@code version}, from a file of {@code fileBytes}. */
    static LineageIndex readFrom(DataInputStream in, String version, long startNanos, long fileBytes) throws IOException {
        int n = in.readInt();
        int m = in.readInt();
        // Sizes a file this long cannot hold are damage: refuse them before allocating arrays of that size.
        if (n < 0 || m < 0 || 4L * n > fileBytes || 4L * m > fileBytes) {
            throw new IOException("sizes " + n + " / " + m + " do not fit a file of " + fileBytes + " bytes");
        }
        String[] iris = new String[n];
        for (int i = 0; i < n; i++) {
            iris[i] = LineageSnapshot.readString(in);
        }
        int[][] ints = new int[6][];
        int[] lengths = {n + 1, m, n + 1, m, n, n};
        for (int k = 0; k < ints.length; k++) {
            ints[k] = LineageSnapshot.readInts(in, lengths[k]);
        }
        byte[][] verbs = {new byte[m], new byte[m]};
        in.readFully(verbs[0]);
        in.readFully(verbs[1]);
        Facts[] facts = new Facts[n];
        for (int i = 0; i < n; i++) {
            facts[i] = new Facts(LineageSnapshot.readLiteral(in), LineageSnapshot.readLiteral(in), LineageSnapshot.readLiteral(in),
                    LineageSnapshot.readLiteral(in));
        }
        return new LineageIndex(version, System.nanoTime() - startNanos, iris, ints, verbs, facts);
    }

    /** The dataset version this index was built from. */
    public String version() {
        return version;
    }

    /** How long the build took, reading from the store (or the snapshot) included. */
    public long buildNanos() {
        return buildNanos;
    }

    /** Works in the index (those with at least one citesWork edge). */
    public int size() {
        return iris.length;
    }

    /** citesWork edges. */
    public int edgeCount() {
        return outTo.length;
    }

    /** The work's number in the index, or -1 when no citesWork edge touches it. */
    public int id(String iri) {
        Integer i = ids.get(iri);
        return i == null ? -1 : i;
    }

    public String iri(int node) {
        return iris[node];
    }

    public Facts facts(int node) {
        return facts[node];
    }

    /** The year of the work's (earliest) date, or 0 when it has none. */
    public int year(int node) {
        return year[node];
    }

    /** The work's place in IRI order: comparing places compares IRIs. */
    public int rank(int node) {
        return rank[node];
    }

    /** The work at a place in IRI order. */
    public int atRank(int place) {
        return byRank[place];
    }

    /** How many works {@code node} cites. */
    public int outDegree(int node) {
        return outStart[node + 1] - outStart[node];
    }

    /** The {@code k}-th work {@code node} cites ({@code k} below {@link #outDegree}). */
    public int cited(int node, int k) {
        return outTo[outStart[node] + k];
    }

    /** The strongest verb of {@code node}'s {@code k}-th citation. */
    public Verb citedVerb(int node, int k) {
        return Verb.ofOrdinal(outVerb[outStart[node] + k]);
    }

    /** The strongest verb of the edge from → to, or null when there is no such edge. */
    public Verb verb(int from, int to) {
        for (int k = outStart[from]; k < outStart[from + 1]; k++) {
            if (outTo[k] == to) {
                return Verb.ofOrdinal(outVerb[k]);
            }
        }
        return null;
    }

    /**
     * Every work reached from {@code start} in the direction within {@code maxDepth} hops, over edges whose verb
     * is in {@code verbs} (a bit set of {@link Verb} ordinals), breadth first: each at its shortest distance,
     * ordered by distance then IRI. The start itself is never in the answer, even on a cycle.
     */
    public List<Hit> walk(int start, Direction direction, int maxDepth, int verbs) {
        return walk(start, direction, maxDepth, verbs, Integer.MAX_VALUE).first();
    }

    /** The first works of a {@link #walk}, in its order, and how many it reaches in all. */
    public record Walk(List<Hit> first, int total) {}

    /**
     * As {@link #walk(int, Direction, int, int)}, listing only the first {@code keep} works and counting the rest.
     * Why: a page of 100 from an ancestry of thousands only needs the levels it shows put in IRI order; ordering
     * the rest was most of a first page's cost.
     */
    public Walk walk(int start, Direction direction, int maxDepth, int verbs, int keep) {
        int[] starts = direction == Direction.UP ? outStart : inStart;
        int[] ends = direction == Direction.UP ? outTo : inFrom;
        byte[] kinds = direction == Direction.UP ? outVerb : inVerb;
        List<Hit> hits = new ArrayList<>(Math.min(keep, 1024));
        boolean[] seen = new boolean[iris.length];
        // Breadth first in one queue: each level is a run of it, ordered in place when it is listed.
        int[] queue = new int[iris.length];
        seen[start] = true;
        queue[0] = start;
        int levelStart = 0;
        int levelEnd = 1;
        for (int depth = 1; depth <= maxDepth && levelStart < levelEnd; depth++) {
            int tail = levelEnd;
            for (int i = levelStart; i < levelEnd; i++) {
                int node = queue[i];
                for (int k = starts[node]; k < starts[node + 1]; k++) {
                    int other = ends[k];
                    if (!seen[other] && (verbs & (1 << kinds[k])) != 0) {
                        seen[other] = true;
                        queue[tail++] = other;
                    }
                }
            }
            if (hits.size() < keep) {
                // The level in IRI order: sort the works' ranks, then read the works back.
                for (int i = levelEnd; i < tail; i++) {
                    queue[i] = rank[queue[i]];
                }
                Arrays.sort(queue, levelEnd, tail);
                for (int i = levelEnd; i < tail; i++) {
                    queue[i] = byRank[queue[i]];
                }
                for (int i = levelEnd; i < tail && hits.size() < keep; i++) {
                    hits.add(new Hit(queue[i], depth));
                }
            }
            levelStart = levelEnd;
            levelEnd = tail;
        }
        return new Walk(hits, levelEnd - 1);
    }

    /** How many works {@link #walk} reaches, without listing or ordering them. */
    public int count(int start, Direction direction, int maxDepth, int verbs) {
        return walk(start, direction, maxDepth, verbs, 0).total();
    }

    /** The paths found from one work to another, and whether there were more than asked for. */
    public record Paths(List<int[]> paths, boolean truncated) {}

    /**
     * The simple paths {@code from} → … → {@code to} of at most {@code maxDepth} hops in the direction (UP: each
     * work cites the next), shortest first, at most {@code max} of them. A backward walk from {@code to} first
     * marks how far each work is from it, so the search never enters a work that cannot reach it in time.
     */
    public Paths paths(int from, int to, Direction direction, int maxDepth, int verbs, int max) {
        Direction back = direction == Direction.UP ? Direction.DOWN : Direction.UP;
        int[] distance = new int[iris.length];
        Arrays.fill(distance, Integer.MAX_VALUE);
        distance[to] = 0;
        for (Hit h : walk(to, back, maxDepth, verbs)) {
            distance[h.node()] = h.depth();
        }
        List<int[]> found = new ArrayList<>();
        if (from == to || distance[from] > maxDepth) {
            return new Paths(found, false);
        }
        int[] starts = direction == Direction.UP ? outStart : inStart;
        int[] ends = direction == Direction.UP ? outTo : inFrom;
        byte[] kinds = direction == Direction.UP ? outVerb : inVerb;
        boolean[] onPath = new boolean[iris.length];
        int[] path = new int[maxDepth + 1];
        path[0] = from;
        onPath[from] = true;
        boolean more = search(from, to, 1, maxDepth, verbs, max, starts, ends, kinds, distance, onPath, path, found);
        found.sort(Comparator.<int[]>comparingInt(p -> p.length).thenComparing(p -> Arrays.toString(p)));
        return new Paths(found, more);
    }

    private boolean search(int node, int to, int length, int maxDepth, int verbs, int max, int[] starts, int[] ends,
            byte[] kinds, int[] distance, boolean[] onPath, int[] path, List<int[]> found) {
        for (int k = starts[node]; k < starts[node + 1]; k++) {
            int next = ends[k];
            if ((verbs & (1 << kinds[k])) == 0 || onPath[next] || distance[next] > maxDepth - length) {
                continue;
            }
            path[length] = next;
            if (next == to) {
                if (found.size() == max) {
                    return true;
                }
                found.add(Arrays.copyOf(path, length + 1));
                continue;
            }
            onPath[next] = true;
            boolean more = search(next, to, length + 1, maxDepth, verbs, max, starts, ends, kinds, distance, onPath,
                    path, found);
            onPath[next] = false;
            if (more) {
                return true;
            }
        }
        return false;
    }

    /**
     * An estimate of the heap the index holds: its arrays, the interned IRIs (string and map entry) and the facts
     * (the literals' lexical forms). An estimate because the JVM's object layout is not observable from here.
     */
    public long approximateBytes() {
        long bytes = 16L * 12;
        bytes += 4L * (outStart.length + inStart.length + outTo.length + inFrom.length + rank.length + byRank.length);
        bytes += outVerb.length + inVerb.length + 2L * year.length;
        for (String iri : iris) {
            bytes += 40 + iri.length() + 48 + 16; // String + bytes, HashMap entry, boxed Integer
        }
        for (Facts f : facts) {
            bytes += 32;
            for (Node n : new Node[] {f.label(), f.number(), f.date(), f.title()}) {
                if (n != null) {
                    bytes += 64 + n.getLiteralLexicalForm().length();
                }
            }
        }
        return bytes + 8L * (iris.length + facts.length);
    }

    private static short yearOf(Node date) {
        if (date == null) {
            return 0;
        }
        String s = date.getLiteralLexicalForm();
        if (s.length() >= 4 && s.chars().limit(4).allMatch(Character::isDigit)) {
            return Short.parseShort(s.substring(0, 4));
        }
        return 0;
    }

    /** Collects edges and facts, then {@link #build}s the index. Not thread-safe; used once. */
    public static final class Builder {
        private final List<String> iris = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<Long, Integer> edgeOf = new HashMap<>();
        private final Map<Integer, Facts> facts = new HashMap<>();
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private byte[] verb = new byte[1024];
        private int edgeCount;

        private int intern(String iri) {
            Integer id = ids.get(iri);
            if (id == null) {
                id = iris.size();
                iris.add(iri);
                ids.put(iri, id);
            }
            return id;
        }

        /** A citesWork edge (plain cites until a verb says more); a repeat or a self-loop is ignored. */
        public Builder edge(String citing, String cited) {
            if (citing.equals(cited)) {
                return this;
            }
            int f = intern(citing);
            int t = intern(cited);
            long key = ((long) f << 32) | t;
            if (edgeOf.containsKey(key)) {
                return this;
            }
            if (edgeCount == from.length) {
                from = Arrays.copyOf(from, edgeCount * 2);
                to = Arrays.copyOf(to, edgeCount * 2);
                verb = Arrays.copyOf(verb, edgeCount * 2);
            }
            from[edgeCount] = f;
            to[edgeCount] = t;
            verb[edgeCount] = (byte) Verb.CITES.ordinal();
            edgeOf.put(key, edgeCount++);
            return this;
        }

        /** A verb stated for an existing edge; the edge keeps its strongest. Verbs for non-edges are ignored. */
        public Builder verb(String citing, String cited, Verb v) {
            Integer f = ids.get(citing);
            Integer t = ids.get(cited);
            if (f == null || t == null) {
                return this;
            }
            Integer e = edgeOf.get(((long) f << 32) | t);
            if (e != null && v.ordinal() > verb[e]) {
                verb[e] = (byte) v.ordinal();
            }
            return this;
        }

        /** True when the work has an edge. */
        public boolean has(String iri) {
            return ids.containsKey(iri);
        }

        /** The work's facts; only for works with an edge. */
        public Builder facts(String iri, Facts f) {
            Integer id = ids.get(iri);
            if (id != null) {
                facts.put(id, f);
            }
            return this;
        }

        /** The facts set so far, or null. */
        public Facts facts(String iri) {
            Integer id = ids.get(iri);
            return id == null ? null : facts.get(id);
        }

        public LineageIndex build(String version, long buildNanos) {
            return new LineageIndex(this, version, buildNanos);
        }
    }
}
