package org.untoc.kg.structure;

/** The physical shape of a source text; each has its own normalizer. */
public enum TextShape {
    /** Markdown: headings with #, emphasis with *, footnote markers as {@code <sup>n</sup>}. */
    MARKDOWN,
    /** Plain text with Unicode superscript footnote markers (¹ ²). */
    PLAIN,
    /** Text extracted from PDF: running headers and footers, hard line breaks, words broken in two. */
    PDF_EXTRACT,
    /**
     * Text whose layout does not separate its paragraphs — hard-wrapped without blank lines, or flattened to one
     * line — so they are recovered from what the text says.
     */
    LAYOUT_FREE
}
