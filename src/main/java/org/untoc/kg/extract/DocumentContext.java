package org.untoc.kg.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.extract.citation.CitationContext;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;

/**
 * What a whole document settles for its citations: whose text it is, which Conference it is of or about, and what
 * "the Convention" means in it — from its own identity (preamble body, symbol) and, failing that, from which
 * Convention its text names most.
 */
public final class DocumentContext {
    private static final Pattern UNTOC = Pattern.compile(
            "Convention against Transnational Organized Crime|Organized Crime Convention");
    private static final Pattern UNCAC = Pattern.compile("Convention against Corruption");

    private DocumentContext() {}

    /** The citation context at the start of {@code doc}. */
    public static CitationContext of(ParsedDocument doc) {
        Ids.Body author = null;
        String body = doc.identity().body();
        if (body != null) {
            for (Ids.Body b : Ids.Body.values()) if (b.segment.equals(body.toLowerCase(Locale.ROOT))) author = b;
        }
        Ids.Body bySymbol = null;
        Ids.Body authorBySymbol = null;
        for (String symbol : doc.identity().symbols()) {
            if (symbol.startsWith("CTOC/")) bySymbol = Ids.Body.COP;
            else if (symbol.startsWith("CAC/")) bySymbol = Ids.Body.COSP;
            Ids.Body issuer = issuerOf(symbol);
            if (issuer != null && authorBySymbol == null) authorBySymbol = issuer;
        }
        // The body the detection read from the text wins; else the symbol says whose text it is (A/RES/… is the
        // General Assembly's), so that "its resolution 55/25" in it is the Assembly's.
        if (author == null) author = authorBySymbol;
        Ids.Body home;
        if (author == Ids.Body.COP || author == Ids.Body.COSP) home = author;
        else home = bySymbol;
        String instrument;
        if (home != null) {
            instrument = home == Ids.Body.COP ? "untoc" : "uncac";
        } else {
            // Neither the preamble nor a symbol says; the Convention the text names more often is its subject.
            int untoc = 0;
            int uncac = 0;
            for (Block block : doc.blocks()) {
                untoc += count(UNTOC, block.text());
                uncac += count(UNCAC, block.text());
            }
            instrument = untoc > uncac ? "untoc" : uncac > untoc ? "uncac" : null;
            if (instrument != null) home = instrument.equals("untoc") ? Ids.Body.COP : Ids.Body.COSP;
        }
        if (author == null) author = home;
        return new CitationContext(author, home, instrument, null);
    }

    /** The body whose act or document a symbol is, from its prefix (un-documents.md); null when it does not say. */
    static Ids.Body issuerOf(String symbol) {
        if (symbol.startsWith("A/RES/")) return Ids.Body.GA;
        if (symbol.startsWith("E/RES/")) return Ids.Body.ECOSOC;
        if (symbol.startsWith("E/CN.15/")) return Ids.Body.CCPCJ;
        if (symbol.startsWith("A/HRC/RES/")) return Ids.Body.HRC;
        if (symbol.startsWith("S/RES/")) return Ids.Body.SC;
        if (symbol.startsWith("CTOC/COP/")) return Ids.Body.COP;
        if (symbol.startsWith("CAC/COSP/")) return Ids.Body.COSP;
        return null;
    }

    private static int count(Pattern p, String text) {
        if (text == null) return 0;
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
