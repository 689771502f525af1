package org.untoc.kg.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code untoc:partOf} links of a store, climbed to the wholes that contain a resource. */
final class PartOf {
    private final Map<String, List<String>> containers = new HashMap<>();
    private final Map<String, Set<String>> wholes = new HashMap<>();

    void add(String part, String whole) {
        containers.computeIfAbsent(part, k -> new ArrayList<>(1)).add(whole);
        wholes.clear();
    }

    /** True when the resource is part of nothing. */
    boolean isWhole(String resource) {
        return !containers.containsKey(resource);
    }

    /**
     * The resources that contain this one (or itself when it is part of nothing) and are part of nothing. Empty for
     * a resource caught in a partOf cycle with no way out: it has no whole to stand for it.
     */
    Set<String> wholes(String resource) {
        if (!containers.containsKey(resource)) return Set.of(resource);
        Set<String> known = wholes.get(resource);
        if (known != null) return known;
        Set<String> found = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(resource));
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (!seen.add(r)) continue;
            List<String> up = containers.get(r);
            if (up == null) found.add(r);
            else todo.addAll(up);
        }
        Set<String> result = Set.copyOf(found);
        wholes.put(resource, result);
        return result;
    }
}
