package org.untoc.kg.extract;

import java.util.Locale;
import org.apache.jena.graph.Node;
import org.untoc.kg.vocab.Untoc;

/** The typed citation relation a clause's opening verb states ("Recalling also" → recalls), else plain cites. */
public final class ClauseRelation {
    private ClauseRelation() {}

    /** The relation for {@code verb} as written; {@link Untoc#cites} when the verb states no more than a citation. */
    public static Node of(String verb) {
        if (verb == null) return Untoc.cites;
        String v = verb.strip().toLowerCase(Locale.ROOT).replaceAll("^(?:(?:also|further|once again|again)\\s+)+", "");
        if (v.startsWith("recall")) return Untoc.recalls;
        if (v.startsWith("reaffirm")) return Untoc.reaffirms;
        if (v.startsWith("noting") || v.startsWith("notes") || v.startsWith("note ") || v.equals("note")
                || v.startsWith("taking note") || v.startsWith("takes note") || v.startsWith("take note")) {
            return Untoc.takesNoteOf;
        }
        if (v.startsWith("welcom")) return Untoc.welcomes;
        // "Endorses": untoc:endorses points only to recommendations (its range), which the recommendation
        // extractor links one by one; an act or document named in the clause is cited.
        return Untoc.cites;
    }
}
