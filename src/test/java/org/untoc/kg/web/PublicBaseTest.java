package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicBaseTest {

    @Test
    void localIrisBecomeLinksOnTheServingHost() {
        PublicBase base = new PublicBase(PublicBase.DEFAULT, "http://localhost:8080/");
        assertEquals("http://localhost:8080/id/cop/decision/3/2", base.href("https://w3id.org/untoc/id/cop/decision/3/2"));
        assertEquals("http://localhost:8080/ontology#recalls", base.href("https://w3id.org/untoc/ontology#recalls"));
        assertEquals("http://www.wikidata.org/entity/Q38", base.href("http://www.wikidata.org/entity/Q38"));
    }

    @Test
    void rootRelativeByDefault() {
        PublicBase base = new PublicBase(PublicBase.DEFAULT, "");
        assertEquals("/id/document/CTOC/COP/WG.3/2021/3", base.href("https://w3id.org/untoc/id/document/CTOC/COP/WG.3/2021/3"));
        assertEquals("https://w3id.org/untoc/id/state/ITA", base.resourceIri("state/ITA"));
        assertEquals(Optional.of("https://w3id.org/untoc/id/cop/resolution/11/1"),
                base.resourceOfGraph("https://w3id.org/untoc/graph/cop/resolution/11/1"));
        assertFalse(base.isLocal("https://w3id.org/other/id/x"));
    }

    @Test
    void onlyWebIrisAreLinkable() {
        assertTrue(PublicBase.isWebIri("https://example.org/a"));
        assertFalse(PublicBase.isWebIri("javascript:alert(1)"));
        assertFalse(PublicBase.isWebIri("urn:isbn:123"));
    }

    @Test
    void baseMustEndWithSlash() {
        assertThrows(IllegalArgumentException.class, () -> new PublicBase("https://w3id.org/untoc", ""));
    }
}
