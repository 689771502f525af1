package org.untoc.kg.lineage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code untoc:partOf} links of a store, climbed to the wholes that contain a resource.
 *
 * <p>A part is kept as 128 bits of the SHA-256 of its IRI, in flat arrays, with its containers' IRIs shared: at
 * 10,000 generated documents the 694,000 parts took 117 MB as a map of strings and about 25 MB so, which lets the
 * loader hold them during a bulk load. Two IRIs sharing 128 bits of SHA-256 is not a risk worth a byte of memory.
 */
final class PartOf {
    private static final int MIN_CAPACITY = 1 << 10;

    private long[] high = new long[MIN_CAPACITY];
    private long[] low = new long[MIN_CAPACITY];
    /** A part's containers: one IRI, or an array of them. */
    private Object[] up = new Object[MIN_CAPACITY];
    private int size;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Set<String>> wholes = new HashMap<>();
    private final MessageDigest sha256;
    private final ByteBuffer digest = ByteBuffer.allocate(32);

    PartOf() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    void add(String part, String whole) {
        if ((size + 1) * 4L > high.length * 3L) grow();
        String container = names.computeIfAbsent(whole, k -> k);
        int slot = slot(part);
        Object known = up[slot];
        if (known == null) {
            // slot(part) left the part's digest in the buffer: its first 128 bits are the key.
            high[slot] = digest.getLong(0);
            low[slot] = digest.getLong(8);
            up[slot] = container;
            size++;
        } else if (known instanceof String one) {
            up[slot] = new String[] {one, container};
        } else {
            String[] many = (String[]) known;
            String[] more = Arrays.copyOf(many, many.length + 1);
            more[many.length] = container;
            up[slot] = more;
        }
        wholes.clear();
    }

    /** True when the resource is part of nothing. */
    boolean isWhole(String resource) {
        return up[slot(resource)] == null;
    }

    /**
     * The resources that contain this one (or itself when it is part of nothing) and are part of nothing. Empty for
     * a resource caught in a partOf cycle with no way out: it has no whole to stand for it.
     */
    Set<String> wholes(String resource) {
        if (isWhole(resource)) return Set.of(resource);
        Set<String> known = wholes.get(resource);
        if (known != null) return known;
        Set<String> found = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(resource));
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (!seen.add(r)) continue;
            Object containers = up[slot(r)];
            if (containers == null) found.add(r);
            else if (containers instanceof String one) todo.push(one);
            else for (String c : (String[]) containers) todo.push(c);
        }
        Set<String> result = Set.copyOf(found);
        wholes.put(resource, result);
        return result;
    }

    /** The slot of a resource: where it is, or the empty slot where it would go. */
    private int slot(String iri) {
        digest.clear();
        digest.put(sha256.digest(iri.getBytes(StandardCharsets.UTF_8)));
        long h = digest.getLong(0);
        long l = digest.getLong(8);
        int mask = high.length - 1;
        int i = (int) l & mask;
        while (up[i] != null && (high[i] != h || low[i] != l)) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        Object[] oldUp = up;
        high = new long[oldHigh.length * 2];
        low = new long[oldHigh.length * 2];
        up = new Object[oldHigh.length * 2];
        int mask = high.length - 1;
        for (int j = 0; j < oldUp.length; j++) {
            if (oldUp[j] == null) continue;
            int i = (int) oldLow[j] & mask;
            while (up[i] != null) i = (i + 1) & mask;
            high[i] = oldHigh[j];
            low[i] = oldLow[j];
            up[i] = oldUp[j];
        }
    }
}
