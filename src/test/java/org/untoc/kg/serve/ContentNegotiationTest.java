package org.untoc.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentNegotiationTest {
    private static final List<ResultFormat> TABULAR =
            List.of(ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "NONE|JSON",
        "*/*|JSON",
        "application/json|JSON",
        "application/xml|XML",
        "text/csv;q=0.3, text/tab-separated-values;q=0.7|TSV",
        "TEXT/CSV|CSV",
        "text/csv; charset=utf-8; q=0.8, application/sparql-results+xml; q=0.8|XML",
        "application/sparql-results+json;q=0, application/json;q=0.5|JSON",
        "image/png|NONE",
        "text/csv;q=0|NONE",
        "text/csv;q=oops, application/sparql-results+json;q=0.1|JSON"})
    void picksTheHighestAcceptableQualityThenServerOrder(String accept, String expected) {
        assertEquals(expected == null ? null : ResultFormat.valueOf(expected),
                ContentNegotiation.choose(accept, TABULAR).orElse(null));
    }
}
