package org.untoc.kg.publish;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description of /sparql (W3C Recommendation "SPARQL 1.1 Service Description"), returned
 * when the endpoint itself is dereferenced without a query: what it supports and what its default dataset is.
 */
public final class ServiceDescription {
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final List<String> RESULT_FORMATS = List.of(
            "http://www.w3.org/ns/formats/SPARQL_Results_JSON", "http://www.w3.org/ns/formats/SPARQL_Results_XML",
            "http://www.w3.org/ns/formats/SPARQL_Results_CSV", "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
            "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/JSON-LD",
            "http://www.w3.org/ns/formats/N-Triples", "http://www.w3.org/ns/formats/RDF_XML");

    private ServiceDescription() {}

    /** The description of the endpoint at {@code endpoint} (its absolute URL). */
    public static Model build(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("void", VoidDescription.VOID);
        Resource service = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
                // Query only: the endpoint is read-only, updates go to the store with credentials.
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String format : RESULT_FORMATS) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(format));
        }
        Resource dataset = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph")))
                .addProperty(m.createProperty(VoidDescription.VOID, "inDataset"), m.createResource(VoidDescription.DATASET));
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        return m;
    }
}
