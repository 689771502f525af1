package org.untoc.kg.structure;

/** The role of one block of text in a parsed document. */
public enum BlockType {
    /** Document title, e.g. the title of a resolution. */
    TITLE,
    /** A section or topic heading ("I. Introduction", "Use and role of joint investigative bodies…"). */
    HEADING,
    /** "The Conference of the Parties to …," line that opens a preamble. */
    PREAMBLE_INTRO,
    /** A preambular clause opening with a participle or adjective (Recalling, Concerned…). */
    PREAMBULAR_CLAUSE,
    /** A numbered operative paragraph opening with a present-tense verb (Endorses, Decides…). */
    OPERATIVE_PARAGRAPH,
    /** Heading of an annex ("Annex", "Annex I"). */
    ANNEX_HEADING,
    /** Unnumbered paragraph that introduces a list, e.g. "The Working Group … adopted the following recommendations". */
    INTRO,
    /** A recommendation: a labelled item of a list of recommendations, in an annex or a report. */
    RECOMMENDATION,
    /** A numbered paragraph of a report or paper ("12."). */
    PARAGRAPH,
    /** A lettered or numbered item under a paragraph that is not a recommendation ("(a)"). */
    SUBPARAGRAPH,
    /** Any other unnumbered running text. */
    TEXT
}
