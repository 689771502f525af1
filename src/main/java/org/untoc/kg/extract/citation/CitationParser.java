package org.untoc.kg.extract.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every citation in one sentence of a UN text — acts, provisions, document symbols, Treaty Series entries —
 * and attributes each to what it cites, following the citation conventions of UN texts (see
 * {@code un-documents.md}): an act number alone is never enough, so the body comes from a prefix ("General Assembly
 * resolution"), a suffix ("of the Conference"), the antecedent of "its", the preceding act of a list, the sentence's
 * subject, or the document's context — and stays unresolved when none of them says.
 */
public final class CitationParser {
    private final TreatySeries treatySeries;

    public CitationParser(TreatySeries treatySeries) {
        this.treatySeries = treatySeries;
    }

    /** The citations of one sentence, in text order, and the instrument the sentence last speaks of. */
    public record Result(List<Citation> citations, String lastInstrument) {}

    /** The IRI of the act whose symbol {@code symbol} is (A/RES/62/175 is ga/resolution/62/175), or null. */
    public static String actOfSymbol(String symbol) {
        return DocumentCitations.actOfSymbol(symbol.strip());
    }

    /** Finds and attributes every citation in {@code sentence}. */
    public Result parse(String sentence, CitationContext ctx) {
        MaskedSentence masked = new MaskedSentence(sentence);
        Mentions mentions = new Mentions(masked, ctx);
        List<Citation> out = new ArrayList<>();
        new ActCitations(masked, mentions, ctx).find(out);
        new ProvisionCitations(masked, mentions, ctx).find(out);
        new DocumentCitations(masked, treatySeries).find(out);
        new InstrumentCitations(masked, mentions, ctx, InstrumentNames.shared()).find(out);
        out.sort(Comparator.comparingInt(Citation::start));
        List<Citation> marked = new ArrayList<>(out.size());
        for (Citation c : out) {
            boolean framing = c.kind() == Citation.Kind.ACT && masked.ledIn(c.start());
            marked.add(c.withNested(masked.nested(c.start()) || framing));
        }
        return new Result(marked, mentions.lastInstrument());
    }
}
