/**
 * Stage 2, normalize: the text's shape (Markdown, plain, PDF-extracted) from its content, then one normalizer per
 * shape to clean paragraphs (markup and footnote markers out, broken words and cut paragraphs rejoined) and footnotes.
 */
package org.untoc.kg.normalize;
