package org.untoc.kg.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link ConditionalGetFilter} needs to answer 304 without building the answer again: for a request target
 * under one dataset version, that its last full answer was a 200 tagged by the filter, the header names that answer
 * varied on, and the headers a 304 must repeat. Bounded, least recently used first out: an entry only saves work,
 * so losing one costs a controller run, never a wrong answer.
 */
final class KnownAnswers {
    /**
     * One remembered answer.
     *
     * @param vary the values of its {@code Vary} headers, as sent
     * @param repeated the headers a 304 repeats (RFC 9110 §15.4.5), by name
     */
    record Known(List<String> vary, Map<String, List<String>> repeated) {
        Known {
            vary = List.copyOf(vary);
            repeated = Map.copyOf(repeated);
        }
    }

    private final Map<String, Known> entries;

    KnownAnswers(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<Known> get(String versionTag, String target) {
        return Optional.ofNullable(entries.get(key(versionTag, target)));
    }

    synchronized void put(String versionTag, String target, Known known) {
        entries.put(key(versionTag, target), known);
    }

    private static String key(String versionTag, String target) {
        return versionTag + "\n" + target;
    }
}
