package org.untoc.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.untoc.kg.extract.citation.CitationContext;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.vocab.Ids;

class DocumentContextTest {
    @Test
    void aConferenceResolutionIsOfTheConferenceAndItsConvention() {
        CitationContext c = DocumentContext.of(TestDocs.resolution("9/9", "T").build());
        assertEquals(Ids.Body.COP, c.author());
        assertEquals(Ids.Body.COP, c.homeBody());
        assertEquals("untoc", c.homeInstrument());
    }

    /** Fixture of a fixed bug: a UNTOC report naming the Convention against Corruption more often stayed UNTOC's. */
    @Test
    void theSymbolDecidesBeforeCountingWhichConventionIsNamedMore() {
        CitationContext c = DocumentContext.of(TestDocs.report("CTOC/COP/WG.3/2023/2")
                .block(BlockType.PARAGRAPH, "paragraph/1", "1.", null, "The Convention against Corruption and the"
                        + " Convention against Corruption again, and the Organized Crime Convention.")
                .build());
        assertEquals(Ids.Body.COP, c.homeBody());
        assertEquals("untoc", c.homeInstrument());
    }

    @Test
    void aTextThatSaysNothingOfItselfIsKnownByTheConventionItNames() {
        CitationContext c = DocumentContext.of(TestDocs.anonymous()
                .block(BlockType.PARAGRAPH, "paragraph/1", "1.", null, "Under the United Nations Convention against"
                        + " Corruption, States parties cooperate.")
                .build());
        assertEquals(Ids.Body.COSP, c.homeBody());
        assertEquals("uncac", c.homeInstrument());
    }

    @Test
    void aTextThatSaysNothingSettlesNothing() {
        CitationContext c = DocumentContext.of(TestDocs.anonymous()
                .block(BlockType.PARAGRAPH, "paragraph/1", "1.", null, "A meeting was held.").build());
        assertNull(c.author());
        assertNull(c.homeBody());
        assertNull(c.homeInstrument());
    }
}
