package org.untoc.kg.extract.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;

/**
 * The working groups of the Conference of the Parties: how texts name them, their symbol segment and IRI slug.
 * Source: the symbol table of {@code ../shared/reference/un-documents.md} (CTOC/COP/WG.n).
 */
public enum WorkingGroup {
    TECHNICAL_ASSISTANCE("technical-assistance", "WG.2", "Working Group of Government Experts on Technical Assistance",
            "(?:Open-ended Interim )?Working Group of Government Experts on Technical Assistance|Working Group on Technical Assistance"),
    INTERNATIONAL_COOPERATION("international-cooperation", "WG.3", "Working Group on International Cooperation", "Working Group on International Cooperation"),
    TRAFFICKING_IN_PERSONS("trafficking-in-persons", "WG.4", "Working Group on Trafficking in Persons", "Working Group on Trafficking in Persons"),
    FIREARMS("firearms", "WG.6", "Working Group on Firearms", "Working Group on Firearms"),
    SMUGGLING_OF_MIGRANTS("smuggling-of-migrants", "WG.7", "Working Group on the Smuggling of Migrants", "Working Group on (?:the )?Smuggling of Migrants");

    public final String slug;
    public final String symbolSegment;
    public final String officialName;
    final Pattern name;

    WorkingGroup(String slug, String symbolSegment, String officialName, String nameRegex) {
        this.slug = slug;
        this.officialName = officialName;
        this.symbolSegment = symbolSegment;
        this.name = Pattern.compile(nameRegex.replace(" ", "\\s+"), Pattern.CASE_INSENSITIVE);
    }

    /** {@code id/cop/working-group/{slug}}. */
    public String iri() {
        return Ids.workingGroup(slug);
    }

    /** Any working group's full name. */
    public static final Pattern ANY_NAME;

    static {
        StringBuilder sb = new StringBuilder();
        for (WorkingGroup g : values()) {
            if (sb.length() > 0) sb.append('|');
            sb.append("(?:").append(g.name.pattern()).append(')');
        }
        ANY_NAME = Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE);
    }

    /** The group a full name names ("Working Group on International Cooperation"). */
    public static Optional<WorkingGroup> byName(String text) {
        for (WorkingGroup g : values()) if (g.name.matcher(text.strip()).matches()) return Optional.of(g);
        return Optional.empty();
    }

    /** The group of a symbol ("CTOC/COP/WG.3/2021/3" → international cooperation). */
    public static Optional<WorkingGroup> bySymbol(String symbol) {
        Matcher m = Pattern.compile("CTOC/COP/(WG\\.\\d+)/").matcher(symbol);
        if (!m.find()) return Optional.empty();
        for (WorkingGroup g : values()) if (g.symbolSegment.equals(m.group(1))) return Optional.of(g);
        return Optional.empty();
    }

    /**
     * The group a document is about, which "the Working Group" in its text means: from its own symbol, else from
     * its title, else none (a resolution names groups in full).
     */
    public static Optional<WorkingGroup> of(ParsedDocument doc) {
        for (String s : doc.identity().symbols()) {
            Optional<WorkingGroup> g = bySymbol(s);
            if (g.isPresent()) return g;
        }
        String title = doc.identity().title();
        if (title != null) {
            Matcher m = ANY_NAME.matcher(title);
            if (m.find()) return byName(m.group());
        }
        // A Secretariat paper without its symbol: the group named in its headings, if it names only one.
        WorkingGroup found = null;
        for (var b : doc.blocks()) {
            if (b.type() != org.untoc.kg.structure.BlockType.HEADING && b.type() != org.untoc.kg.structure.BlockType.TITLE) continue;
            Matcher m = ANY_NAME.matcher(b.text());
            while (m.find()) {
                WorkingGroup g = byName(m.group()).orElse(null);
                if (found != null && g != found) return Optional.empty();
                found = g;
            }
        }
        return Optional.ofNullable(found);
    }
}
