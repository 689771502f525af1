package org.untoc.kg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateNameIndexTest {
    static final StateNameIndex STATES = StateNameIndex.load();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Venezuela (Bolivarian Republic of)|VEN",
            "Bolivarian Republic of Venezuela|VEN",
            "Venezuela (Bolivarian Republic  of)|VEN",
            "Iran (Islamic Republic of)|IRN",
            "Islamic Republic of Iran|IRN",
            "the Islamic Republic of Iran|IRN",
            "Republic of Korea|KOR",
            "Democratic People's Republic of Korea|PRK",
            "Democratic People’s Republic of Korea|PRK",
            "Niger|NER",
            "the Niger|NER",
            "Nigeria|NGA",
            "Guinea|GIN",
            "Guinea-Bissau|GNB",
            "Guinea- Bissau|GNB",
            "Guinea–Bissau|GNB",
            "Equatorial Guinea|GNQ",
            "Sudan|SDN",
            "South Sudan|SSD",
            "Dominica|DMA",
            "Dominican Republic|DOM",
            "Congo|COG",
            "Republic of the Congo|COG",
            "Democratic Republic of the Congo|COD",
            "Turkey|TUR",
            "Türkiye|TUR",
            "Turkiye|TUR",
            "Côte d’Ivoire|CIV",
            "Côte d'Ivoire|CIV",
            "Cote d'Ivoire|CIV",
            "COTE D’IVOIRE|CIV",
            "United Kingdom|GBR",
            "United Kingdom of Great Britain and Northern Ireland|GBR",
            "United  Kingdom of Great Britain\\nand Northern Ireland|GBR",
            "United States|USA",
            "United States of America|USA",
            "Bosnia and Herzegovina|BIH",
            "Trinidad and Tobago|TTO",
            "Czechia|CZE",
            "Czech Republic|CZE",
            "Russian Federation|RUS",
            "Netherlands|NLD",
            "Netherlands (Kingdom of the)|NLD",
            "Kingdom of the Netherlands|NLD",
            "Cook Islands|COK",
            "Micronesia (Federated States of)|FSM",
            "Federated States of Micronesia|FSM",
            "Bolivia (Plurinational State of)|BOL",
            "Holy See|VAT",
            "State of Palestine|PSE",
            "Eswatini|SWZ",
            "Swaziland|SWZ",
            "Viet Nam|VNM",
            "Lao People's Democratic Republic|LAO",
            "United Republic of Tanzania|TZA",
    })
    void resolvesUnNames(String name, String iso3) {
        Entity e = STATES.resolve(name.replace("\\n", "\n")).orElseThrow(() -> new AssertionError("unresolved: " + name));
        assertEquals("https://w3id.org/untoc/id/state/" + iso3, e.iri());
        assertTrue(e.isState());
    }

    @ParameterizedTest(name = "{0} is not a State")
    @CsvSource({"European Union", "Europe", "Korea", "Guinea Bissau Republic", "Nigerian", "Niger Delta",
            "Working Group on International Cooperation", "INTERPOL", "Iran Islamic Republic", "Kingdom"})
    void doesNotGuess(String name) {
        assertFalse(STATES.resolve(name).isPresent(), name);
    }

    @ParameterizedTest(name = "{0} is a territory or area, not a State")
    @CsvSource({"Aruba", "Puerto Rico", "Greenland", "'China, Hong Kong Special Administrative Region'", "Taiwan", "Western Sahara"})
    void territoriesAreNotStates(String name) {
        assertFalse(STATES.resolve(name).isPresent(), name);
    }

    @Test
    void aVariantForARowThatIsNoStateFailsNamingTheFile() {
        CsvTable countries = CsvTable.load(StateNameIndex.COUNTRY_TABLE);
        CsvTable bad = CsvTable.parse("bad-variants.csv", "name,iso3,reason\nAruba Island,ABW,test\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StateNameIndex.build(countries, bad));
        assertTrue(e.getMessage().startsWith("bad-variants.csv:2:"), e.getMessage());
    }

    @Test
    void noStateNameIsClaimedTwiceAcrossTheSources() {
        // A name two States share would resolve to whichever came first: the sources must not have one.
        assertEquals(java.util.List.of(), STATES.conflicts());
    }

    @Test
    void referenceNameOfStatesWithoutUntermNameComesFromCuratedVariants() {
        assertEquals("Türkiye", STATES.resolve("Turkey").orElseThrow().name());
        assertEquals("Côte d’Ivoire", STATES.resolve("Cote d'Ivoire").orElseThrow().name());
        assertEquals("Niger", STATES.resolve("Niger").orElseThrow().name());
    }
}
