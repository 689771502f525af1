package org.untoc.kg.normalize;

/**
 * A paragraph as cut from the source, markup still in, before cleaning and rejoining.
 *
 * @param text          raw text, source lines joined
 * @param line          1-based source line where it starts
 * @param headingLevel  heading level from markup, 0 if none
 */
record RawParagraph(String text, int line, int headingLevel) {}
