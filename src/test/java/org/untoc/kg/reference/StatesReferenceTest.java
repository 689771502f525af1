package org.untoc.kg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/** Which rows become States, and how their names, codes and links are written. */
class StatesReferenceTest {
    private static Model states;
    private static Property notation;

    @BeforeAll
    static void generate() {
        states = new StatesReference().generate(Path.of("ontology/sources"));
        notation = states.createProperty(Provenance.SKOS + "notation");
    }

    private static Resource state(String iso3) {
        return states.createResource(Ids.state(iso3));
    }

    private static boolean isState(String iso3) {
        return states.contains(state(iso3), RDF.type, states.createResource(Untoc.State.getURI()));
    }

    @Test
    void memberAndNonMemberStatesButNoTerritories() {
        int count = states.listSubjectsWithProperty(RDF.type, states.createResource(Untoc.State.getURI()))
                .toList().size();
        assertEquals(197, count, "193 Member States, Holy See, State of Palestine, Cook Islands, Niue");
        for (String s : Set.of("AFG", "VAT", "PSE", "COK", "NIU", "CIV", "TUR", "GBR")) assertTrue(isState(s), s);
        for (String s : Set.of("ALA", "ABW", "TWN", "GUM", "HKG")) assertFalse(isState(s), s);
    }

    @Test
    void namesDropUntermSortingArticlesAndMarkers() {
        assertEquals("Bahamas", label(state("BHS")));
        assertEquals("Holy See", label(state("VAT")));
        assertEquals("State of Palestine", label(state("PSE")));
        assertEquals("Venezuela (Bolivarian Republic of)", label(state("VEN")));
        assertEquals("United Kingdom of Great Britain and Northern Ireland", label(state("GBR")));
        assertTrue(states.contains(state("NAM"), states.createProperty(Provenance.SKOS + "altLabel"),
                states.createLiteral("Republic of Namibia", "en")));
        assertTrue(states.contains(state("FRA"), states.createProperty(Provenance.SKOS + "prefLabel"),
                states.createLiteral("France", "fr")));
    }

    @Test
    void codesAreTypedNotationsWithPaddedM49() {
        Set<String> afg = notations("AFG");
        assertEquals(Set.of("AFG^^" + Untoc.ISO3166Alpha3.getURI(), "AF^^" + Untoc.ISO3166Alpha2.getURI(),
                "004^^" + Untoc.M49.getURI()), afg);
        assertTrue(notations("NAM").contains("NA^^" + Untoc.ISO3166Alpha2.getURI()), "NA is Namibia, not missing");
    }

    @Test
    void sameAsWikidataEntityAndGeoNames() {
        assertTrue(states.contains(state("AFG"), OWL2.sameAs,
                states.createResource("http://www.wikidata.org/entity/Q889")));
        assertTrue(states.contains(state("AFG"), OWL2.sameAs, states.createResource("https://sws.geonames.org/1149361/")));
        assertFalse(states.listObjectsOfProperty(state("NAM"), OWL2.sameAs).toList().stream()
                .anyMatch(o -> o.toString().contains("wikidata")), "Namibia has no wikidata_id in the source");
    }

    private static String label(Resource r) {
        return r.getProperty(RDFS.label).getString();
    }

    private static Set<String> notations(String iso3) {
        Set<String> out = new TreeSet<>();
        for (RDFNode n : states.listObjectsOfProperty(state(iso3), notation).toList()) {
            Literal l = n.asLiteral();
            out.add(l.getLexicalForm() + "^^" + l.getDatatypeURI());
        }
        return out;
    }
}
