package org.untoc.kg.normalize;

/**
 * A paragraph as cut from the source, markup still in, before cleaning and rejoining.
 *
 * @param text            raw text, source lines joined
 * @param line            1-based source line where it starts
 * @param headingLevel    heading level from markup, 0 if none
 * @param afterFootnotes  whether a footnote block (page foot) came right before it
 */
record RawParagraph(String text, int line, int headingLevel, boolean afterFootnotes) {}
