package org.untoc.kg.extract;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.util.Sha256;

/**
 * Paths for the parts a text does not number the same way in every shape, named by their words so that the name
 * does not depend on the file's layout: each block without a number of its own ({@code text/{hash}}; its source line
 * moves with the layout) and each footnote ({@code footnote/{hash}}; a compilation numbers its notes through, so
 * the marker differs from the act's own). A second part with the same words gets {@code -2}. Named once per
 * document: every extractor asks for the same parts, and a worker extracts one document at a time, so the last
 * document's names are kept per thread.
 */
final class NamesByWords {
    private static final ThreadLocal<NamesByWords> LAST = new ThreadLocal<>();

    private final ParsedDocument doc;
    private final Map<Block, String> blocks = new IdentityHashMap<>();
    private final Map<String, String> footnotes = new HashMap<>();

    private NamesByWords(ParsedDocument doc) {
        this.doc = doc;
        Map<String, Integer> seen = new HashMap<>();
        for (Block b : doc.blocks()) {
            if (b.path() == null) {
                blocks.put(b, unique("text/" + key(b.text()), seen));
            }
        }
        for (Footnote f : doc.footnotes().values()) {
            footnotes.put(f.marker(), unique("footnote/" + key(f.text()), seen));
        }
    }

    private static String unique(String name, Map<String, Integer> seen) {
        int n = seen.merge(name, 1, Integer::sum);
        return n == 1 ? name : name + "-" + n;
    }

    static NamesByWords of(ParsedDocument doc) {
        NamesByWords last = LAST.get();
        if (last == null || last.doc != doc) {
            last = new NamesByWords(doc);
            LAST.set(last);
        }
        return last;
    }

    /** The block's path; a block that is not one of the document's own is named by its words alone. */
    String block(Block block) {
        String name = blocks.get(block);
        return name != null ? name : "text/" + key(block.text());
    }

    /** The footnote's path by its marker, or null for a marker the document has no note for. */
    String footnote(String marker) {
        return footnotes.get(marker);
    }

    /** Ten hex digits of the SHA-256 of the words: unique among a document's paragraphs in practice. */
    static String key(String text) {
        return Sha256.hex(text == null ? "" : text.strip().replaceAll("\\s+", " "), 5);
    }
}
