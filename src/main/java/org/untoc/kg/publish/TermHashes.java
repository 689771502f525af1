package org.untoc.kg.publish;

import java.util.Iterator;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;

/**
 * A 64-bit content hash for every term of a TDB2 node table, by term id. The node table already files each term
 * under the MD5 of the term itself (its index from hash to id), so reading that index gives every term's hash without
 * decoding one term; the ids are held in an open-addressing table of two {@code long} arrays (16 bytes a slot, 32
 * MB at a million terms), where a {@code HashMap<NodeId, Long>} would take five times that. One thread's: it
 * reuses a buffer.
 */
final class TermHashes {
    private static final long EMPTY = -1L;
    private final long[] ids;
    private final long[] hashes;
    private final int mask;
    /** Reused for an inline term's bits: {@link #of(NodeId)} runs three times per quad, on one thread. */
    private final byte[] inline = new byte[NodeId.SIZE];

    private TermHashes(int capacity) {
        int slots = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        ids = new long[slots];
        hashes = new long[slots];
        mask = slots - 1;
        java.util.Arrays.fill(ids, EMPTY);
    }

    /** The hashes of every term the node table holds (in a read transaction). */
    static TermHashes of(NodeTable table) {
        NodeTableTRDF stored = unwrap(table);
        long size = stored.getIndex().size();
        if (size > Integer.MAX_VALUE / 4) {
            throw new IllegalStateException("too many terms to hash in memory: " + size);
        }
        TermHashes terms = new TermHashes((int) size);
        Iterator<Record> records = stored.getIndex().iterator();
        while (records.hasNext()) {
            Record r = records.next();
            NodeId id = NodeIdFactory.get(r.getValue(), 0);
            terms.put(id.getPtrLocation(), firstLong(r.getKey()));
        }
        return terms;
    }

    /** The term's content hash: from the node table for a stored term, its own bits for an inline one. */
    long of(NodeId id) {
        if (id.isInline()) {
            NodeIdFactory.set(id, inline);
            return firstLong(inline);
        }
        long location = id.getPtrLocation();
        for (int i = slot(location); ; i = (i + 1) & mask) {
            if (ids[i] == location) {
                return hashes[i];
            }
            if (ids[i] == EMPTY) {
                throw new IllegalStateException("term id " + id + " is not in the node table");
            }
        }
    }

    private void put(long location, long hash) {
        int i = slot(location);
        while (ids[i] != EMPTY && ids[i] != location) {
            i = (i + 1) & mask;
        }
        ids[i] = location;
        hashes[i] = hash;
    }

    private int slot(long location) {
        long z = location * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32)) & mask;
    }

    private static long firstLong(byte[] key) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (key[i] & 0xFF);
        }
        return v;
    }

    private static NodeTableTRDF unwrap(NodeTable table) {
        NodeTable t = table;
        while (!(t instanceof NodeTableTRDF)) {
            NodeTable inner = t.wrapped();
            if (inner == null || inner == t) {
                throw new IllegalStateException("not a TDB2 node table: " + table.getClass().getName());
            }
            t = inner;
        }
        return (NodeTableTRDF) t;
    }
}
