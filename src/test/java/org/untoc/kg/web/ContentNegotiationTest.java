package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentNegotiationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
        NONE                                                                                                | TURTLE
        */*                                                                                                 | TURTLE
        text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8               | HTML
        text/turtle                                                                                         | TURTLE
        application/ld+json                                                                                 | JSON_LD
        application/rdf+xml                                                                                 | RDF_XML
        application/n-triples                                                                               | N_TRIPLES
        text/turtle;q=0.5, application/ld+json;q=0.9                                                        | JSON_LD
        text/html;q=0.1, */*;q=0.2                                                                          | TURTLE
        text/*                                                                                              | TURTLE
        application/*;q=0.9, text/turtle;q=0                                                                | JSON_LD
        TEXT/HTML                                                                                           | HTML
        application/json, */*;q=0.1                                                                         | TURTLE
        image/png                                                                                           | NOT_ACCEPTABLE
        text/turtle;q=0                                                                                     | NOT_ACCEPTABLE
        garbage, text/html                                                                                  | HTML
        """)
    void picksRepresentation(String accept, String expected) {
        String chosen = ContentNegotiation.choose(accept).map(Enum::name).orElse("NOT_ACCEPTABLE");
        assertEquals(expected, chosen);
    }
}
