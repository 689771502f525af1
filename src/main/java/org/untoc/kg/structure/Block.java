package org.untoc.kg.structure;

import java.util.List;

/**
 * One structural unit of a parsed document, in reading order.
 *
 * <p>Paths. Acts: "title", "preamble" (the opening "The Conference …,"), "preamble/{n}" (n counts the clauses),
 * "operative/{n}" (n as printed), "operative/{n}/{letter}", "operative/{n}/{letter}/{roman}" ("operative/3/ii" when
 * the paragraph's items are roman only); annexes: "annex/{number as printed}" ("annex/I",
 * "annex/2") and, for a single unnumbered "Annex", "annex" — never "annex/1", so that a path never claims a
 * number the text does not print. Inside an annex: "…/intro/{k}" and "…/heading/{k}" (k counts them within
 * the annex), "…/recommendation/{label}" when the annex's title or introduction speaks of recommendations,
 * else "…/paragraph/{label}", "…/{item}/{letter}" for a lettered item under a numbered one, and "…/{item}/{roman}"
 * for a roman item under the item above it ("annex/I/recommendation/j/ii": part of recommendation (j), not a
 * recommendation of its own). Reports and
 * papers: "title", "heading/{k}" (k counts all headings), "paragraph/{n}" (n as printed),
 * "paragraph/{n}/{letter}" (also for recommendations), "paragraph/{n}/{letter}/{roman}" ("paragraph/{n}/{roman}" without letters); an annex of a report is
 * "annex/{number}" (or "annex") and its paragraphs and headings take that prefix. A small-roman item
 * nests under the last letter; whether "(i)", "(v)", "(x)" is a letter or a numeral is read from the labels around
 * it. Only labels that open a paragraph make items: a list running in a sentence ("namely (i) …, (ii) …") stays in
 * its block's text. A label the source repeats gets "_2", "_3" appended so paths stay unique.
 *
 * @param type         role of the block
 * @param path         stable, document-unique path used in IRIs: "preamble/3", "operative/2", "annex/I",
 *                     "annex/I/recommendation/j", "paragraph/12", "paragraph/2/a", "heading/4"; null for TEXT
 * @param label        the label as printed: "1.", "(a)", "Annex I", "II."; null when there is none
 * @param verb         the opening verb or phrase of a clause as written ("Recalling also", "Endorses"); else null
 * @param text         the block's full text, normalised to single spaces, footnote markers removed, words rejoined
 * @param footnotes    markers of the footnotes cited in this block, in order
 * @param line         1-based line in the source text where the block starts
 * @param headings     enclosing headings, outermost first (section titles, annex title, topic heading)
 */
public record Block(BlockType type, String path, String label, String verb, String text,
                    List<String> footnotes, int line, List<String> headings) {
    public Block {
        footnotes = List.copyOf(footnotes);
        headings = List.copyOf(headings);
    }
}
