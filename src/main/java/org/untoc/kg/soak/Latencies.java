package org.untoc.kg.soak;

import java.util.Arrays;

/** Latencies of one query class, in milliseconds; percentiles by nearest rank. */
final class Latencies {
    private long[] millis = new long[256];
    private int size;

    synchronized void add(long ms) {
        if (size == millis.length) {
            millis = Arrays.copyOf(millis, size * 2);
        }
        millis[size++] = ms;
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile (0 &lt; p ≤ 100), or 0 when nothing was measured. */
    synchronized long percentile(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(millis, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)];
    }
}
