package org.untoc.kg.normalize;

import java.util.Map;
import org.untoc.kg.structure.Footnote;

/** Collects footnotes; a marker seen twice keeps its first text (a later one is a repeated page foot). */
final class Footnotes {
    private Footnotes() {}

    static void add(Map<String, Footnote> footnotes, FootnoteLine.Parsed note, int line) {
        footnotes.putIfAbsent(note.marker(), new Footnote(note.marker(), InlineMarkup.clean(note.text()).text(), line));
    }
}
