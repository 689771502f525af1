package org.untoc.kg.normalize;

import java.util.ArrayList;
import java.util.List;

/** Splits text into numbered lines. */
final class Lines {
    private Lines() {}

    static List<SourceLine> split(String text) {
        String[] parts = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<SourceLine> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new SourceLine(parts[i].replace('\f', ' '), i + 1));
        }
        return lines;
    }
}
