package org.untoc.kg.lineage;

import java.util.Locale;
import org.untoc.kg.vocab.Untoc;

/**
 * The citation verbs a work-lineage edge can carry, weakest first: an edge keeps the strongest verb any of its
 * citations states. The order follows what the verb commits the citing body to in UN drafting: a bare reference
 * (cites) commits to nothing, taking note acknowledges without approving, welcoming approves, recalling invokes
 * as still in force, endorsing adopts as one's own, reaffirming renews a commitment already made.
 */
public enum Verb {
    CITES("cites"),
    TAKES_NOTE_OF("takesNoteOf"),
    WELCOMES("welcomes"),
    RECALLS("recalls"),
    ENDORSES("endorses"),
    REAFFIRMS("reaffirms");

    /** values() copies the array on every call; edges are decoded by the thousand per request. */
    private static final Verb[] BY_ORDINAL = values();

    private final String localName;

    Verb(String localName) {
        this.localName = localName;
    }

    /** The verb whose {@link #ordinal()} this is (as an index stores it in a byte). */
    public static Verb ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }

    /** The ontology property's local name: recalls, takesNoteOf… */
    public String localName() {
        return localName;
    }

    /** The ontology property's IRI. */
    public String iri() {
        return Untoc.NS + localName;
    }

    /**
     * The work-lineage property that states this verb as an edge's strongest: {@code untoc:citesWork} for a bare
     * citation, else {@code untoc:recallsWork}, {@code untoc:reaffirmsWork}… (sub-properties of citesWork).
     */
    public String workIri() {
        return Untoc.NS + localName + "Work";
    }

    /** The verb whose {@link #workIri()} this is; null when it is none. */
    public static Verb ofWorkIri(String iri) {
        for (Verb v : values()) {
            if (v.workIri().equals(iri)) {
                return v;
            }
        }
        return null;
    }

    /** The verb named by its local name or IRI (case-insensitive local name); null when there is none. */
    public static Verb parse(String name) {
        String local = name.startsWith(Untoc.NS) ? name.substring(Untoc.NS.length()) : name;
        for (Verb v : values()) {
            if (v.localName.toLowerCase(Locale.ROOT).equals(local.strip().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        return null;
    }

    /** A bit set holding every verb. */
    public static int all() {
        return (1 << values().length) - 1;
    }
}
