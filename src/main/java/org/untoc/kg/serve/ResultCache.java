package org.untoc.kg.serve;

import jakarta.inject.Singleton;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.store.Tdb2Store;
import org.untoc.kg.util.Sha256;

/**
 * Results of /sparql kept for repeated (dashboard) queries, keyed by the dataset version, the normalised query
 * (its serialisation after parsing, with the protocol's graph parameters applied as FROM / FROM NAMED) and the
 * result format. A write changes the version, so old entries are never served again and age out of the LRU.
 * With no cheap, exact version — a remote store others may write to — nothing is cached and no ETag is sent.
 */
@Singleton
public class ResultCache {
    private final DatasetVersion version;
    private final ResultCacheConfig config;
    private final LinkedHashMap<String, SparqlResponse> entries = new LinkedHashMap<>(64, 0.75f, true);
    // Request as sent (text, Accept, graph parameters) → normalised key: a repeat skips parsing altogether.
    private final LinkedHashMap<String, String> asSent = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    /** What the request-as-sent index holds: its keys and values are query texts, up to 100,000 characters. */
    private long sentBytes;

    public ResultCache(KnowledgeStore store, DatasetVersion version, ResultCacheConfig config) {
        this.config = config;
        // Only TDB2's version is exact: over a remote store a result could outlive a write it cannot see.
        this.version = store instanceof Tdb2Store ? version : null;
    }

    /** The version and key of one request; {@link Lookup#cached()} then {@link Lookup#keep}. */
    public Lookup lookup(Query query, ResultFormat format) {
        if (version == null) {
            return new Lookup(null, null, null);
        }
        // Read before the query runs: a result computed after a concurrent commit is only ever fresher than its tag.
        DatasetVersion.Stamp stamp = version.current();
        String key = stamp.tag() + '\n' + format.name() + '\n' + query.serialize();
        return new Lookup(key, etag(key), stamp);
    }

    /**
     * The cached response to exactly this request text under the current version, found without parsing it, or
     * null. Only requests that once passed every check and were answered are ever found here.
     */
    public SparqlResponse asSent(SparqlRequest request) {
        if (version == null) {
            return null;
        }
        String key = sentKey(version.current(), request);
        synchronized (this) {
            String normalised = asSent.get(key);
            return normalised == null ? null : get(normalised);
        }
    }

    /** Remembers that this request, as sent, has the lookup's normalised key. */
    public void remember(SparqlRequest request, Lookup lookup) {
        if (lookup.key == null) {
            return;
        }
        String key = sentKey(lookup.stamp, request);
        synchronized (this) {
            String old = asSent.put(key, lookup.key);
            sentBytes += old == null ? size(key) + size(lookup.key) : size(lookup.key) - size(old);
            Iterator<Map.Entry<String, String>> eldest = asSent.entrySet().iterator();
            while ((asSent.size() > config.maxEntries() || sentBytes > config.maxBytes()) && eldest.hasNext()) {
                Map.Entry<String, String> e = eldest.next();
                sentBytes -= size(e.getKey()) + size(e.getValue());
                eldest.remove();
            }
        }
    }

    private static String sentKey(DatasetVersion.Stamp stamp, SparqlRequest r) {
        return stamp.tag() + '\n' + r.accept() + '\n' + r.defaultGraphUris() + '\n' + r.namedGraphUris() + '\n'
                + r.query();
    }

    /** Entries held now. */
    public synchronized int size() {
        return entries.size();
    }

    private synchronized SparqlResponse get(String key) {
        return config.enabled() ? entries.get(key) : null;
    }

    /**
     * Keeps a response; the budget counts its key too (the normalised query text, which can be as long as the
     * response): 2,000 long distinct queries once kept 880 MB of keys alive under a 32 MB budget.
     */
    private synchronized void put(String key, SparqlResponse response) {
        long size = response.body().length + size(key);
        if (!config.enabled() || size > config.maxBytes()) {
            return;
        }
        SparqlResponse old = entries.put(key, response);
        bytes += size - (old == null ? 0 : old.body().length + size(key));
        Iterator<Map.Entry<String, SparqlResponse>> eldest = entries.entrySet().iterator();
        while ((entries.size() > config.maxEntries() || bytes > config.maxBytes()) && eldest.hasNext()) {
            Map.Entry<String, SparqlResponse> e = eldest.next();
            bytes -= e.getValue().body().length + size(e.getKey());
            eldest.remove();
        }
    }

    /** Heap bytes a string takes, near enough (two per character at worst, plus the object headers). */
    private static long size(String s) {
        return 2L * s.length() + 56;
    }

    /** Bytes the cache holds now, keys included (both indexes). */
    public synchronized long bytes() {
        return bytes + sentBytes;
    }

    private static String etag(String key) {
        return "\"" + Sha256.hex(key, 16) + "\"";
    }

    /** One request's place in the cache. */
    public final class Lookup {
        private final String key;
        private final String etag;
        private final DatasetVersion.Stamp stamp;

        private Lookup(String key, String etag, DatasetVersion.Stamp stamp) {
            this.key = key;
            this.etag = etag;
            this.stamp = stamp;
        }

        /** The cached response, or null. */
        public SparqlResponse cached() {
            return key == null ? null : get(key);
        }

        /** Caches a fresh response (when the version is known) and returns it with its validators. */
        public SparqlResponse keep(SparqlResponse response) {
            if (key == null) {
                return response;
            }
            SparqlResponse tagged = new SparqlResponse(response.body(), response.format(), response.truncated(),
                    etag, stamp.modified());
            put(key, tagged);
            return tagged;
        }
    }
}
