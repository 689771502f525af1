package org.untoc.kg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateListParserTest {
    static final ReferenceEntities REF = ReferenceEntities.defaults();

    /** Compact view of a parse: ISO3 for States, slug for organisations, ?name for unresolved names. */
    static String codes(List<StateListParser.Item> items) {
        return items.stream().map(i -> {
            String iri = i.entity().iri();
            String tail = iri.substring(iri.lastIndexOf('/') + 1);
            return switch (i.entity().kind()) {
                case STATE -> tail;
                case UNRESOLVED -> "?" + i.written();
                default -> i.entity().curated() ? "org:" + tail : "new-org:" + tail;
            };
        }).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // names containing "and", longest match, the final "and"
            "Albania, Bosnia and Herzegovina, Trinidad and Tobago and Zimbabwe|ALB BIH TTO ZWE",
            "Singapore, United Kingdom of Great Britain and Northern Ireland, United States and Venezuela (Bolivarian Republic of).|SGP GBR USA VEN",
            // names inside names
            "Namibia, Niger, Nigeria, Norway|NAM NER NGA NOR",
            "Guinea, Guinea-Bissau and Equatorial Guinea|GIN GNB GNQ",
            "Sudan, South Sudan and Dominica|SDN SSD DMA",
            "Dominica, Dominican Republic|DMA DOM",
            "Congo and Democratic Republic of the Congo|COG COD",
            "Republic of Korea, Democratic People's Republic of Korea and Republic of Moldova|KOR PRK MDA",
            // line breaks inside names, as in PDF extracts
            "Venezuela (Bolivarian Republic\\nof), Yemen and Zimbabwe.|VEN YEM ZWE",
            "Iran (Islamic Republic of) and Islamic Republic of Iran|IRN IRN",
            // the European Union is a party, not a State
            "El Salvador, European Union, France|SLV org:european-union FRA",
            // Côte d'Ivoire with either apostrophe, Turkey's old name
            "Costa Rica, Côte d’Ivoire, Côte d'Ivoire, Turkey and Türkiye|CRI CIV CIV TUR TUR",
            // a name nobody knows is reported, not guessed; neighbours still resolve
            "Freedonia, Ruritania and Chile|?Freedonia ?Ruritania CHL",
            "Chile, Republic of Freedonia (Northern Province, Isles) and Peru|CHL ?Republic of Freedonia (Northern Province, Isles) PER",
            "Peru and Freedonia|PER ?Freedonia",
            "Islamic Republic of Iran.|IRN",
            // a remark in parentheses after a known name
            "Italy (on behalf of the European Union), Japan and Peru (also on behalf of Chile)|ITA JPN PER",
    })
    void splitsStateLists(String list, String expected) {
        assertEquals(expected, codes(REF.stateLists().parse(list.replace("\\n", "\n"))));
    }

    @Test
    void organisationListWithCommasAndAndInsideNames() {
        String list = "AIAMP, Conferencia Ministros de Justicia de los Países Iberoamericanos, Central Asian Regional "
                + "Information and Coordination Centre for Combating Illicit Trafficking of Narcotic Drugs, Psychotropic "
                + "Substances and their Precursors, European Union Agency for Criminal Justice Cooperation (Eurojust), "
                + "European Union Agency for Law Enforcement Cooperation (Europol), Gulf Cooperation Council, Criminal "
                + "Information Centre to Combat Drugs of the Gulf Cooperation Council, International\n Anti-Corruption "
                + "Academy, INTERPOL, Regional Arms Control Verification and Implementation Assistance Centre – Centre for "
                + "Security Cooperation, World Customs Organization and World Health Organization.";
        assertEquals("org:aiamp org:comjib org:caricc org:eurojust org:europol org:gcc org:gcc-cicc org:iaca org:interpol "
                + "org:racviac org:wco org:who", codes(REF.organizationLists().parse(list)));
    }

    @Test
    void unknownOrganisationBecomesUncuratedNodeWithSlug() {
        List<StateListParser.Item> items = REF.organizationLists()
                .parse("Pacific Islands Law Officers’ Network, INTERPOL and Southern African Development Community");
        assertEquals("new-org:pacific-islands-law-officers-network org:interpol new-org:southern-african-development-community",
                codes(items));
        assertFalse(items.get(0).resolved());
        assertTrue(items.get(1).resolved());
        assertFalse(items.get(0).entity().curated());
    }
}
