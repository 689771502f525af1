package org.untoc.kg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/** Chapters, rules of procedure and declarations generated from the curated tables, and their errors. */
class CuratedProvisionsReferenceTest {
    private static final Path SOURCES = Path.of("ontology/sources");

    @Test
    void theConventionAgainstCorruptionHasEightChaptersAndEachNamesItsSource() {
        Model m = new ChaptersReference().generate(SOURCES);
        Resource iv = m.getResource(Ids.chapter("uncac", "IV"));
        assertEquals("International cooperation", iv.getProperty(DCTerms.title).getString());
        assertEquals(Ids.instrument("uncac"), iv.getPropertyResourceValue(m.createProperty(Untoc.partOf.getURI())).getURI());
        assertTrue(iv.getProperty(DCTerms.source).getString().contains("A/RES/58/4"));
        assertEquals(8, m.listSubjectsWithProperty(m.createProperty(Untoc.partOf.getURI())).toList().size());
        assertTrue(!m.containsResource(m.getResource(Ids.chapter("untoc", "I"))), "the Organized Crime Convention has no chapters");
    }

    @Test
    void aChapterThatIsNoRomanNumeralIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("chapters.csv"), "instrument,chapter,title,first_article,last_article,source\n"
                + "uncac,I,General provisions,1,4,s\nuncac,2,Preventive measures,5,14,s\n");
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> new ChaptersReference().generate(dir));
        assertTrue(e.getMessage().contains("chapters.csv:3"), e.getMessage());
    }

    @Test
    void rulesArePartOfTheRulesOfProcedureOfTheirBody(@TempDir Path dir) throws Exception {
        Model m = new RulesOfProcedureReference().generate(SOURCES);
        Resource rule = m.getResource(Ids.rule(Ids.Body.COP, "3"));
        assertEquals("Regular sessions", rule.getProperty(DCTerms.title).getString());
        assertEquals(Ids.rulesOfProcedure(Ids.Body.COP),
                rule.getPropertyResourceValue(m.createProperty(Untoc.partOf.getURI())).getURI());
        Files.writeString(dir.resolve("rules-of-procedure.csv"), "body,rule,title,source\nparliament,3,T,s\n");
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> new RulesOfProcedureReference().generate(dir));
        assertTrue(e.getMessage().contains("rules-of-procedure.csv:2") && e.getMessage().contains("parliament"),
                e.getMessage());
    }

    /** A declaration is no treaty: not a untoc:Instrument, and not "adopted by" the resolution that endorsed it. */
    @Test
    void declarationsAreLegalResourcesLinkedToTheResolutionThatEndorsedThem() {
        Model m = new InstrumentsReference().generate(SOURCES);
        Resource salvador = m.getResource(Ids.instrument("instrument/salvador-declaration"));
        assertTrue(salvador.hasProperty(RDF.type, m.getResource("http://data.europa.eu/eli/ontology#LegalResource")));
        assertTrue(!salvador.hasProperty(RDF.type, m.getResource(Untoc.Convention.getURI()))
                && !salvador.hasProperty(m.createProperty(Untoc.adoptedBy.getURI())));
        assertTrue(salvador.hasProperty(RDFS.seeAlso, m.getResource(Ids.act(Ids.Body.GA, Ids.ActKind.RESOLUTION, "65", "230"))));
        assertTrue(m.getResource(Ids.instrument("untoc")).hasProperty(m.createProperty(Untoc.adoptedBy.getURI())));
    }
}
