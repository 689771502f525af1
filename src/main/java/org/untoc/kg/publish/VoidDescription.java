package org.untoc.kg.publish;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * The VoID description of the dataset (W3C Interest Group Note "Describing Linked Datasets with the VoID
 * Vocabulary"): where to query it, where to download it, its URI space, vocabularies, version and one subset per
 * named graph with its size.
 */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The dataset's own IRI. */
    public static final String DATASET = Ids.BASE + "dataset";

    static final List<String> VOCABULARIES = List.of(Untoc.NS, "http://data.europa.eu/eli/ontology#",
            "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/",
            "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2002/07/owl#");

    private VoidDescription() {}

    /**
     * @param stats  graphs, sizes and version
     * @param served the service's own base URL (e.g. http://127.0.0.1:8080), for the endpoint and dump links
     * @param dumps  dump file names by media type, served under {@code /dumps/}
     */
    public static Model build(DatasetStatistics stats, String served, Map<String, String> dumps) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("owl", OWL.NS);
        Resource ds = m.createResource(DATASET)
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, m.createLiteral("untoc-kg: the UNTOC knowledge graph", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Decisions and resolutions of the Conference of"
                        + " the Parties to the United Nations Convention against Transnational Organized Crime, the"
                        + " reports of its working groups and related UN documents, with their citations, the"
                        + " articles they invoke, their recommendations and the States named in them; every fact"
                        + " traced to the paragraph it was read from.", "en"))
                .addProperty(m.createProperty(VOID, "uriSpace"), Ids.ID)
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(served + "/sparql"))
                .addProperty(m.createProperty(VOID, "rootResource"), m.createResource(Ids.conference()))
                .addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(Ids.ID + "cop/resolution/11/1"))
                .addProperty(OWL.versionInfo, stats.version())
                .addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(Long.toString(stats.triples()), XSDDatatype.XSDinteger))
                .addLiteral(m.createProperty(VOID, "graphs"), m.createTypedLiteral(Integer.toString(stats.graphs().size()), XSDDatatype.XSDinteger));
        for (String vocabulary : VOCABULARIES) {
            ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(vocabulary));
        }
        dumps.forEach((type, file) -> {
            Resource dump = m.createResource(served + "/dumps/" + file);
            ds.addProperty(m.createProperty(VOID, "dataDump"), dump);
            dump.addProperty(DCTerms.format, type);
        });
        stats.graphs().forEach((graph, triples) -> {
            Resource subset = m.createResource(graph)
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(Long.toString(triples), XSDDatatype.XSDinteger));
            ds.addProperty(m.createProperty(VOID, "subset"), subset);
        });
        return m;
    }
}
