package org.untoc.kg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class InvisibleCharactersTest {
    @Test
    void softHyphensZeroWidthSpacesAndStrayByteOrderMarksGo() {
        assertEquals("Implementation of resolution 55/25", InvisibleCharacters.strip("Impleme\u00ADntation of resolution\u200B 55/25"));
        assertEquals("decision 3/2", InvisibleCharacters.strip("\uFEFFdecision\u2060 3/2"));
        assertEquals("a\u00A0b", InvisibleCharacters.strip("a\u00A0b"), "a no-break space is a space, kept for Whitespace");
    }

    @Test
    void aTextWithoutThemIsReturnedAsItIs() {
        String text = "Recalling its decision 3/2 of 19 October 2006,";
        assertSame(text, InvisibleCharacters.strip(text));
    }
}
