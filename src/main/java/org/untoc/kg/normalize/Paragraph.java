package org.untoc.kg.normalize;

import java.util.List;

/**
 * One paragraph of normalized text: markup removed, footnote markers lifted out, words rejoined.
 *
 * @param text          single-spaced text without markup or footnote markers
 * @param footnotes     markers cited in the paragraph, in order
 * @param line          1-based source line where the paragraph starts
 * @param headingLevel  heading level the markup gave it (Markdown "#" count, 7 for a line that is all bold); 0 when
 *                      the markup says nothing (plain and PDF text never say)
 * @param lead          the emphasised opening words ("Recalling also" from "*Recalling also* its …"), or null
 */
public record Paragraph(String text, List<String> footnotes, int line, int headingLevel, String lead) {
    /** Heading level given to a line that is entirely bold. */
    public static final int BOLD_LINE = 7;

    public Paragraph {
        footnotes = List.copyOf(footnotes);
    }

    /** Whether markup made this paragraph a heading. */
    public boolean markedAsHeading() {
        return headingLevel > 0;
    }
}
