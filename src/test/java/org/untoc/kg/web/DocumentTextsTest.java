package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a paragraph's references are laid out: in the text where their words are, listed after it where not. */
class DocumentTextsTest {
    private static final String DECISION = "https://w3id.org/untoc/id/cop/decision/3/2";
    private static final String RESOLUTION = "https://w3id.org/untoc/id/cop/resolution/11/1";

    @Test
    void theReferencesListedAfterAParagraphNameEachTargetOnce() {
        String text = "Recalling its earlier decisions on technical assistance,";
        List<DocumentTexts.Ref> refs = List.of(
                new DocumentTexts.Ref("decision 3/2", link(DECISION)),
                new DocumentTexts.Ref("resolution 11/1", link(RESOLUTION)),
                new DocumentTexts.Ref("its decision 3/2 of 18 October 2006", link(DECISION)),
                new DocumentTexts.Ref(null, link(DECISION)));
        List<TextView.Segment> segments = new ArrayList<>();
        List<Link> unplaced = new ArrayList<>();

        DocumentTexts.place(text, "Recalling", refs, segments, unplaced);

        assertEquals(List.of(DECISION, RESOLUTION), unplaced.stream().map(Link::iri).toList(),
                "one link per target, in the order first seen (longest wording first)");
    }

    private static Link link(String iri) {
        return new Link(iri, iri, iri.substring(iri.lastIndexOf("/id/") + 4), null, false);
    }
}
