package org.untoc.kg.extract.citation;

import org.untoc.kg.vocab.Ids;

/**
 * What the text around a sentence settles: whose acts a bare "its decision 3/2" or "Conference resolution 5/8" are,
 * and which instrument "the Convention" and a bare "article 18" are.
 *
 * @param author             the body whose text this is, which a subject-less "its decision 3/2" refers to; may be null
 * @param homeBody           the body the document is of or about (the Conference of the Parties for a UNTOC text);
 *                           null when the text does not say, so bare act numbers stay unresolved
 * @param homeInstrument     IRI segment of what "the Convention" means ("untoc"); null when unknown
 * @param runningInstrument  IRI segment of the instrument the preceding text was last speaking of; null if none
 */
public record CitationContext(Ids.Body author, Ids.Body homeBody, String homeInstrument, String runningInstrument) {
    /** A text of or about the Conference of the Parties to UNTOC. */
    public static CitationContext untoc() {
        return new CitationContext(Ids.Body.COP, Ids.Body.COP, "untoc", null);
    }

    /** A text that settles nothing: only fully named citations resolve. */
    public static CitationContext unknown() {
        return new CitationContext(null, null, null, null);
    }

    /**
     * True when "the Convention" means the home instrument whatever was named before: in the texts of the
     * Conference of that Convention (and of texts nobody is known to have written). In a text of another body — a
     * General Assembly or Commission resolution — it is the convention last named.
     */
    public boolean conventionIsHome() {
        return author == null || author == homeBody && (author == Ids.Body.COP || author == Ids.Body.COSP);
    }

    /** The same context, now running with {@code instrument} (unchanged when null). */
    public CitationContext running(String instrument) {
        return instrument == null ? this : new CitationContext(author, homeBody, homeInstrument, instrument);
    }
}
