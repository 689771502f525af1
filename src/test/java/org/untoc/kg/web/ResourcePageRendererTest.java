package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The page of a resource as its template renders it, over the test graph (no server: the beans only). */
@MicronautTest(environments = "web-test", startApplication = false)
@Property(name = "untoc.fuseki.enabled", value = "false")
@Property(name = "untoc.store.data", value = "target/web-test-store")
class ResourcePageRendererTest {
    @Inject
    ResourceViews views;
    @Inject
    ResourcePageRenderer renderer;

    @Test
    void citedActShowsInboundLinksAndTheParagraphItWasReadFrom() {
        String html = renderer.render(views.view(Fixture.ID + "cop/decision/3/2"));
        assertTrue(html.contains("<h1>COP decision 3/2</h1>"), html);
        assertTrue(html.contains("recalled by"), "inbound relation named from the object's side");
        assertTrue(html.contains("href=\"/id/cop/resolution/11/1\""), "local link to the citing act");
        assertTrue(html.contains("href=\"/id/cop/resolution/10/4\""));
        assertTrue(html.contains("Recalling its decision 3/2, in which it established the Working Group"), "paragraph text");
        assertTrue(html.contains("“its decision 3/2”"), "reference as written");
        assertTrue(html.contains("(5 statements)"), "3/2 is the object of 5 triples in the graph of 11/1");
        assertTrue(html.contains("(2 statements)"), "and of 2 in the graph of 10/4");
        assertTrue(html.contains("View lineage"), "acts link to their lineage");
    }

    @Test
    void actPageEscapesMarkupAndRefusesScriptLinks() {
        String html = renderer.render(views.view(Fixture.ID + "cop/resolution/11/1"));
        assertFalse(html.contains("<script>"), "a title with markup must not become markup");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"));
        assertFalse(html.contains("href=\"javascript:"), "a javascript: IRI must not become a link");
        assertTrue(html.contains("javascript:alert(1)"), "but it is still shown, as text");
        assertTrue(html.contains("href=\"/lineage?act=https%3A%2F%2Fw3id.org%2Funtoc%2Fid%2Fcop%2Fresolution%2F11%2F1\""));
        assertTrue(html.contains("CTOC_COP_2022_L.2.docx"), "source file of the graph");
        assertTrue(html.contains("href=\"/ontology#recalls\""), "vocabulary terms link to the ontology page");
        assertTrue(html.contains(">Italy</a>"), "a value's label from the data wins over its IRI");
    }

    @Test
    void curatedDataLinksOut() {
        String html = renderer.render(views.view(Fixture.ID + "state/ITA"));
        assertTrue(html.contains("<h1>Italy</h1>"));
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q38\""), "external IRIs link out");
        assertTrue(html.contains("mentioned by"));
        assertFalse(html.contains("View lineage"), "a State has no lineage");
    }

    @Test
    void unknownResourceIsEmpty() {
        assertTrue(views.view(Fixture.ID + "cop/decision/99/99").isEmpty());
        assertEquals(4, views.rdf(Fixture.ID + "state/ITA").size(), "3 triples about Italy and 1 pointing at it");
    }
}
