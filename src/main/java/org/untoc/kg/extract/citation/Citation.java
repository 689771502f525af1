package org.untoc.kg.extract.citation;

import java.util.List;

/**
 * One citation found in a sentence, with what it cites when the text makes that certain.
 *
 * @param kind        what is cited
 * @param start       offset of the citing span in the sentence
 * @param end         offset just past the span
 * @param text        the span exactly as written
 * @param target      IRI of what is cited, or null when the text does not make it certain (unresolved)
 * @param alsoCites   broader provisions the citation implies (the article of a cited paragraph), broadest last
 * @param statedDate  ISO date the citing text gives the cited act ("of 19 October 2005"), or null
 * @param statedTitle title the citing text gives the cited act ("entitled “…”"), or null
 * @param pinpoint    where in a cited document ("paras. 2–4"), or null
 * @param nested      true when the citation is not part of the clause's own statement (inside an "in which …"
 *                    sub-clause or a quoted title), so the clause's verb does not apply to it
 * @param sameAs      IRI of a document the text names as the same one as the target (the other half of a joint
 *                    symbol "X-Y"), or null
 */
public record Citation(Kind kind, int start, int end, String text, String target, List<String> alsoCites,
                       String statedDate, String statedTitle, String pinpoint, boolean nested, String sameAs) {
    public Citation {
        alsoCites = List.copyOf(alsoCites);
    }

    public Citation(Kind kind, int start, int end, String text, String target, List<String> alsoCites,
                    String statedDate, String statedTitle, String pinpoint, boolean nested) {
        this(kind, start, end, text, target, alsoCites, statedDate, statedTitle, pinpoint, nested, null);
    }

    /** What a citation points at. */
    public enum Kind { ACT, PROVISION, DOCUMENT, INSTRUMENT }

    /** True when the target is known. */
    public boolean resolved() {
        return target != null;
    }

    Citation withTitle(String title) {
        return new Citation(kind, start, end, text, target, alsoCites, statedDate, title, pinpoint, nested, sameAs);
    }

    Citation withNested(boolean n) {
        return new Citation(kind, start, end, text, target, alsoCites, statedDate, statedTitle, pinpoint, n, sameAs);
    }
}
