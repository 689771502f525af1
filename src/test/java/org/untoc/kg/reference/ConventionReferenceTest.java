package org.untoc.kg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.untoc.kg.ontology.ViolationQueries;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/** Citations of the Convention's provisions, in the forms texts use, resolve to resources with their words. */
class ConventionReferenceTest {
    private static Model convention;

    @BeforeAll
    static void generate() {
        convention = new ConventionReference().generate(Path.of("ontology/sources"));
    }

    private static String text(String iri) {
        Resource r = convention.createResource(iri);
        assertTrue(r.hasProperty(RDF.type), iri + " does not exist");
        return r.getProperty(convention.createProperty(Untoc.text.getURI())).getString();
    }

    @Test
    void article18Paragraph13() {
        assertTrue(text(Ids.articleParagraph("untoc", "18", "13")).startsWith("Each State Party shall designate a central authority"));
    }

    @Test
    void article2ParagraphB() {
        assertTrue(text(Ids.articleParagraph("untoc", "2", "b")).startsWith("“Serious crime” shall mean"));
    }

    @Test
    void article32Paragraph3SubparagraphE() {
        String e = text(Ids.articleSubparagraph("untoc", "32", "3", "e"));
        assertEquals("Making recommendations to improve this Convention and its implementation.", e);
    }

    @Test
    void articlesAreNumberedTitledPartsOfTheConvention() {
        Resource article = convention.createResource(Ids.article("untoc", "18"));
        assertEquals("Mutual legal assistance", article.getProperty(DCTerms.title).getString());
        assertTrue(article.hasProperty(convention.createProperty(Untoc.partOf.getURI()),
                convention.createResource(Ids.instrument("untoc"))));
        String q = "PREFIX untoc: <" + Untoc.NS + "> SELECT ?a WHERE { ?a a untoc:Article }";
        List<String> rows = ViolationQueries.rows(org.apache.jena.query.QueryFactory.create(q), convention.getGraph());
        assertEquals(41, rows.size());
    }
}
