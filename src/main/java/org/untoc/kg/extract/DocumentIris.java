package org.untoc.kg.extract;

import java.util.Locale;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.DocumentIdentity;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;

/**
 * IRIs of a parsed document, its parts and its named graph — one rule, shared by every extractor.
 *
 * <p>A text of an act is the act ({@code id/cop/resolution/11/1}); a text with a symbol is that document
 * ({@code id/document/CTOC/COP/WG.3/2021/3}); a text with neither is known by its content hash
 * ({@code id/text/{first 16 hex of SHA-256}}) until a later text names it.
 */
public final class DocumentIris {
    private DocumentIris() {}

    /** The resource the document's text is the text of. */
    public static String subject(ParsedDocument doc) {
        DocumentIdentity id = doc.identity();
        Ids.Body body = bodyOf(id.body());
        if (id.actNumber() != null && id.actNumber().matches("[0-9]+/[0-9]+") && body != null
                && id.actKind() != null && id.actKind().matches("(?i)decision|resolution")) {
            String[] parts = id.actNumber().split("/");
            return Ids.act(body, Ids.ActKind.valueOf(id.actKind().toUpperCase(Locale.ROOT)), parts[0], parts[1]);
        }
        if (!id.symbols().isEmpty()) {
            return Ids.document(id.symbols().get(0));
        }
        return Ids.ID + "text/" + doc.sha256().substring(0, 16);
    }

    /**
     * A block's resource: the subject IRI followed by the block's path, e.g. …/resolution/11/1/preamble/3. Running
     * text has no number, so it is named by its words ({@code …/text/3f9a0c1b2d}, a hash of the text with its
     * spacing collapsed; the second paragraph with the same words gets {@code -2}): the same paragraph has the same
     * IRI whether the file came hard-wrapped, flattened, as a web page or compiled with other acts, where its source
     * line (the former name) differed with every layout.
     */
    public static String block(ParsedDocument doc, Block block) {
        String path = block.path() != null ? block.path() : NamesByWords.of(doc).block(block);
        return subject(doc) + "/" + path;
    }

    /**
     * A footnote's resource, named by its words ({@code …/resolution/11/1/footnote/5d1c0e9a7b}): a session report
     * numbers its notes through, so the printed marker (kept as the note's {@code untoc:label}) is not the act's
     * own. A marker with no note is named by itself.
     */
    public static String footnote(ParsedDocument doc, String marker) {
        String path = NamesByWords.of(doc).footnote(marker);
        return subject(doc) + "/" + (path != null ? path
                : "footnote/" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The source text a document graph was derived from, named by its content: id/source/{sha256}. */
    public static String sourceText(ParsedDocument doc) {
        return Ids.ID + "source/" + doc.sha256();
    }

    /** The named graph that holds everything extracted from this document. */
    public static String graph(ParsedDocument doc) {
        return Ids.GRAPH + subject(doc).substring(Ids.ID.length());
    }

    /** The body of an act text ("cop" when the text does not say); null for a body without an IRI segment. */
    private static Ids.Body bodyOf(String segment) {
        if (segment == null) return Ids.Body.COP;
        for (Ids.Body b : Ids.Body.values()) if (b.segment.equalsIgnoreCase(segment)) return b;
        return null;
    }
}
