package org.untoc.kg.structure;

import java.util.List;

/**
 * Who and what a document is, as its own text states it.
 *
 * @param body       IRI segment of the body that issued the act ("cop", "ga", "cosp"…, see {@code Ids.Body}) when
 *                   the text is an act, from its preamble ("The Conference of the Parties to …,"), else null
 * @param actKind    "resolution" or "decision" when the text is an act, else null
 * @param actNumber  "11/1" when the text is an act, else null
 * @param symbols    the document's own symbols (a joint document has two), e.g. "CTOC/COP/WG.3/2021/3"; may be empty
 * @param title      the title as printed, or null
 * @param date       ISO date (yyyy-MM-dd) the text carries for itself (e.g. "Distr.: General 11 August 2016"), or null
 * @param adopted    ISO date an act's own text says it was adopted on ("Resolution adopted by the General Assembly on
 *                   18 December 2027", or the meeting line at its foot), or null; never the issue date above
 * @param line       1-based line where the identity was found (for error messages and provenance), 0 if none
 */
public record DocumentIdentity(String body, String actKind, String actNumber, List<String> symbols, String title, String date, String adopted,
        int line) {
    public DocumentIdentity {
        symbols = List.copyOf(symbols);
    }
}
