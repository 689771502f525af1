package org.untoc.kg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.extract.citation.Mentions.Mention;
import org.untoc.kg.vocab.Ids;

/**
 * Whole instruments of the curated table named in a sentence ("the United Nations Convention against Corruption",
 * "the Trafficking in Persons Protocol", "the Salvador Declaration", "that Convention"), and "the Protocols
 * thereto" / "its Protocols" as the Protocols that supplement the instrument named before. A name is not a citation
 * where it only ends another name — a body's ("the Conference of the Parties to the … Convention"), a mechanism's
 * ("the Mechanism for the Review of the Implementation of the … Convention") — or where it only says whose
 * provision is cited ("article 5 of the … Protocol"), or inside a quoted title; a bare "the Convention" is the
 * text's own subject, not a citation.
 */
final class InstrumentCitations {
    private static final Pattern PROTOCOLS_THERETO = Pattern.compile(
            "\\b(?:(?:the|its)\\s+(?:three\\s+)?)?Protocols\\s+thereto\\b|\\bits\\s+(?:three\\s+)?Protocols\\b");
    /** The end of a capitalised name that the instrument's name completes: "… Implementation of the", "Parties to". */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "\\b[A-Z][\\p{L}-]*\\s+(?:of|to|for|on|against|under)\\s+(?:the\\s+)?$");
    private static final Pattern THAT_BEFORE = Pattern.compile("\\b(?:that|this)\\s+$");

    private final MaskedSentence sentence;
    private final Mentions mentions;
    private final CitationContext ctx;
    private final InstrumentNames names;
    private final String m;

    InstrumentCitations(MaskedSentence sentence, Mentions mentions, CitationContext ctx, InstrumentNames names) {
        this.sentence = sentence;
        this.mentions = mentions;
        this.ctx = ctx;
        this.names = names;
        this.m = sentence.text();
    }

    /** Adds the sentence's whole-instrument citations to {@code out}, which holds its other citations already. */
    void find(List<Citation> out) {
        List<Citation> found = new ArrayList<>();
        for (Mention i : mentions.instruments()) {
            if (!cited(i, out)) continue;
            found.add(citation(i.start(), i.end(), i.value()));
        }
        Matcher t = PROTOCOLS_THERETO.matcher(m);
        while (t.find()) {
            if (sentence.inQuote(t.start())) continue;
            Mention antecedent = null;
            for (Mention i : mentions.instruments()) {
                if (i.end() <= t.start() && i.value() != null && !i.quoted()) antecedent = i;
            }
            String of;
            if (antecedent != null) {
                // "the Mechanism for the Review of the Implementation of the Convention and the Protocols thereto":
                // the Protocols are named as part of the same name as their Convention.
                if (!cited(antecedent, out) && !isBareConvention(antecedent)) continue;
                of = antecedent.value();
            } else {
                of = ctx.runningInstrument() != null ? ctx.runningInstrument() : ctx.homeInstrument();
            }
            if (of == null) continue;
            for (String protocol : names.supplementing(of)) found.add(citation(t.start(), t.end(), protocol));
        }
        out.addAll(found);
    }

    private Citation citation(int start, int end, String segment) {
        return new Citation(Citation.Kind.INSTRUMENT, start, end, sentence.raw().substring(start, end),
                Ids.instrument(segment), List.of(), null, null, null, false);
    }

    /** True when the mention is a citation of the whole instrument (see the class comment). */
    private boolean cited(Mention i, List<Citation> others) {
        if (i.quoted() || i.value() == null || !names.curated(i.value())) return false;
        if (isBareConvention(i) && !THAT_BEFORE.matcher(m.substring(0, i.start())).find()) return false;
        Matcher name = NAME_BEFORE.matcher(m.substring(0, i.start()));
        if (name.find() && !knownBodyEndsWithin(name.start(), name.end())) return false;
        for (Mention b : mentions.bodies()) if (b.start() <= i.start() && i.end() <= b.end()) return false;
        for (Citation c : others) if (c.start() <= i.start() && i.start() < c.end()) return false;
        return true;
    }

    /** "the adoption by the General Assembly of the Convention": a body's name, not a longer name, comes before. */
    private boolean knownBodyEndsWithin(int from, int to) {
        for (Mention b : mentions.bodies()) {
            if (b.value() != null && b.end() > from && b.end() <= to) return true;
        }
        return false;
    }

    private boolean isBareConvention(Mention i) {
        return m.substring(i.start(), i.end()).equals("Convention");
    }
}
