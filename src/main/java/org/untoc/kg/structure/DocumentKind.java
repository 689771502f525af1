package org.untoc.kg.structure;

/** What a source text is, as far as its structure and identity go. */
public enum DocumentKind {
    /** A resolution of a body (usually the Conference), with preamble, operative paragraphs and annexes. */
    RESOLUTION,
    /** A decision (Conference sessions 1–4 adopted decisions), structured like a resolution. */
    DECISION,
    /** Report of a working-group meeting: numbered paragraphs, recommendations, organisation of the meeting. */
    WORKING_GROUP_REPORT,
    /** Background paper, note or other Secretariat document: numbered paragraphs under headings. */
    SECRETARIAT_PAPER,
    /** Recognisable as text but of no kind above; parsed as numbered paragraphs. */
    OTHER
}
