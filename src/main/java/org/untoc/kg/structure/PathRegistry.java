package org.untoc.kg.structure;

import java.util.HashMap;
import java.util.Map;

/** Keeps block paths unique within a document: a repeated path gets "_2", "_3" (a source with a repeated label). */
final class PathRegistry {
    private final Map<String, Integer> seen = new HashMap<>();

    String unique(String path) {
        if (path == null) return null;
        int n = seen.merge(path, 1, Integer::sum);
        return n == 1 ? path : path + "_" + n;
    }
}
