package org.untoc.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** "its resolution" in a General Assembly text is the Assembly's; "the Conference" stays the one it is about. */
    @Test
    void theAuthorComesFromTheSymbolWhenTheTextDoesNotNameItself() {
        CitationContext ga = DocumentContext.of(TestDocs.report("A/RES/62/175")
                .block(BlockType.PARAGRAPH, "paragraph/1", "1.", null, "Urges States to ratify the United Nations"
                        + " Convention against Transnational Organized Crime.")
                .build());
        assertEquals(Ids.Body.GA, ga.author());
        assertEquals(Ids.Body.COP, ga.homeBody());
        assertEquals("untoc", ga.homeInstrument());
        assertFalse(ga.conventionIsHome(), "in an Assembly text \"the Convention\" is the one last named");
        assertEquals(Ids.Body.CCPCJ, DocumentContext.of(TestDocs.report("E/CN.15/2016/L.3").build()).author());
        assertEquals(Ids.Body.ECOSOC, DocumentContext.of(TestDocs.report("E/RES/2014/17").build()).author());
        assertTrue(DocumentContext.of(TestDocs.resolution("9/9", "T").build()).conventionIsHome());
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
