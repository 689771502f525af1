package org.untoc.kg.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.ParsedDocument;

/**
 * The path of each block without a number of its own ({@code text/{hash}}), named by its words so that the name
 * does not depend on the file's layout. Named once per document: every extractor asks for the same blocks, and a
 * worker extracts one document at a time, so the last document's names are kept per thread.
 */
final class UnnumberedBlocks {
    private static final ThreadLocal<UnnumberedBlocks> LAST = new ThreadLocal<>();

    private final ParsedDocument doc;
    private final Map<Block, String> names = new IdentityHashMap<>();

    private UnnumberedBlocks(ParsedDocument doc) {
        this.doc = doc;
        Map<String, Integer> seen = new HashMap<>();
        for (Block b : doc.blocks()) {
            if (b.path() == null) {
                String key = key(b.text());
                int n = seen.merge(key, 1, Integer::sum);
                names.put(b, n == 1 ? "text/" + key : "text/" + key + "-" + n);
            }
        }
    }

    static UnnumberedBlocks of(ParsedDocument doc) {
        UnnumberedBlocks last = LAST.get();
        if (last == null || last.doc != doc) {
            last = new UnnumberedBlocks(doc);
            LAST.set(last);
        }
        return last;
    }

    /** The block's path; a block that is not one of the document's own is named by its words alone. */
    String name(Block block) {
        String name = names.get(block);
        return name != null ? name : "text/" + key(block.text());
    }

    /** Ten hex digits of the SHA-256 of the words: unique among a document's paragraphs in practice. */
    static String key(String text) {
        String words = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
