package org.untoc.kg.reference;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/** Starts a reference dataset: common prefixes and the node that names the dataset's source and licence. */
final class Provenance {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String ELI = "http://data.europa.eu/eli/ontology#";
    static final String APACHE_2 = "https://www.apache.org/licenses/LICENSE-2.0";

    private Provenance() {}

    /** A new model with the project's prefixes. */
    static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("untoc", Untoc.NS);
        m.setNsPrefix("rdf", RDF.getURI());
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        m.setNsPrefix("dcterms", DCTerms.getURI());
        m.setNsPrefix("skos", SKOS);
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("org", ORG);
        m.setNsPrefix("eli", ELI);
        m.setNsPrefix("id", Ids.ID);
        return m;
    }

    /**
     * The dataset node {@code id/dataset/{name}}: a prov:Entity derived from its sources, with title and licence.
     *
     * @param sources IRIs of the sources the data were derived from
     */
    static Resource dataset(Model m, String name, String title, String license, String... sources) {
        Resource d = m.createResource(Ids.ID + "dataset/" + name)
                .addProperty(RDF.type, m.createResource(PROV + "Entity"))
                .addProperty(DCTerms.title, title, "en")
                .addProperty(DCTerms.license, m.createResource(license));
        for (String source : sources) {
            Resource s = m.createResource(source);
            d.addProperty(DCTerms.source, s);
            d.addProperty(m.createProperty(PROV + "wasDerivedFrom"), s);
        }
        return d;
    }
}
