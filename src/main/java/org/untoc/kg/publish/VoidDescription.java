package org.untoc.kg.publish;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * The VoID description of the dataset (W3C Interest Group Note "Describing Linked Datasets with the VoID
 * Vocabulary"): where to query it, where to download it, its URI space, vocabularies, licence, publisher, version
 * and one subset per named graph with its size.
 *
 * <p>{@code void:triples} of the dataset counts the distinct triples of the union default graph, what
 * {@code COUNT(*)} at the endpoint gives; each subset's counts its graph. A triple stated in several graphs counts
 * once in the first and once per graph in the second, so the subsets add up to more: the description says by how
 * much ({@link DatasetStatistics}).
 */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    /** The dataset's own IRI. */
    public static final String DATASET = Ids.BASE + "dataset";
    /**
     * The licence of the RDF this service publishes: the project's LICENSE (Apache-2.0), the licence the reference
     * graphs also state for themselves (ontology/reference/*.ttl; the States graph states its own, PDDL).
     */
    public static final String LICENSE = "https://www.apache.org/licenses/LICENSE-2.0";
    static final String RIGHTS = "The RDF is published under the Apache License 2.0 (the project's LICENSE). The"
            + " texts it was read from are public United Nations documents, whose use is governed by the United"
            + " Nations terms of use (https://www.un.org/en/about-us/terms-of-use); each reference graph states the"
            + " licence of its own sources (dcterms:license on its id/dataset node).";

    static final List<String> VOCABULARIES = List.of(Untoc.NS, "http://data.europa.eu/eli/ontology#",
            "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/",
            "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2002/07/owl#");

    private VoidDescription() {}

    /**
     * @param stats     graphs, sizes and version
     * @param served    the service's own base URL (e.g. http://127.0.0.1:8080), for the endpoint and dump links
     * @param dumps     dump file name → media type of its (uncompressed) content, served under {@code /dumps/}
     * @param modified  when the data last changed, as far as the service knows (the Last-Modified it sends)
     * @param publisher who publishes the dataset (name; {@code untoc.publish.publisher})
     */
    public static Model build(DatasetStatistics stats, String served, Map<String, String> dumps, Instant modified,
                              String publisher) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("owl", OWL.NS)
                .setNsPrefix("sd", ServiceDescription.SD).setNsPrefix("foaf", FOAF).setNsPrefix("xsd", XSD.NS);
        Resource ds = m.createResource(DATASET)
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, m.createLiteral("untoc-kg: the UNTOC knowledge graph", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Decisions and resolutions of the Conference of"
                        + " the Parties to the United Nations Convention against Transnational Organized Crime, the"
                        + " reports of its working groups and related UN documents, with their citations, the"
                        + " articles they invoke, their recommendations and the States named in them; every fact"
                        + " traced to the paragraph it was read from.", "en"))
                .addProperty(RDFS.comment, m.createLiteral("void:triples counts the " + stats.triples()
                        + " distinct triples of the union default graph (COUNT(*) at the SPARQL endpoint); the "
                        + stats.graphs().size() + " subsets, one per named graph, hold " + stats.statements()
                        + " statements together (the dumps hold as many quads), because some triples are stated"
                        + " in several graphs.", "en"))
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(DCTerms.rights, m.createLiteral(RIGHTS, "en"))
                .addProperty(DCTerms.publisher, m.createResource()
                        .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                        .addProperty(m.createProperty(FOAF, "name"), publisher))
                .addLiteral(DCTerms.modified, m.createTypedLiteral(
                        modified.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime))
                .addProperty(m.createProperty(VOID, "uriSpace"), Ids.ID)
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(served + "/sparql"))
                .addProperty(m.createProperty(VOID, "rootResource"), m.createResource(Ids.conference()))
                .addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(Ids.ID + "cop/resolution/11/1"))
                .addProperty(OWL.versionInfo, stats.version())
                .addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(Long.toString(stats.triples()), XSDDatatype.XSDinteger));
        for (String vocabulary : VOCABULARIES) {
            ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(vocabulary));
        }
        dumps.forEach((file, mediaType) -> {
            Resource dump = m.createResource(served + "/dumps/" + file);
            ds.addProperty(m.createProperty(VOID, "dataDump"), dump);
            dump.addProperty(DCTerms.format, mediaType);
        });
        // One subset per named graph. The subset is the graph's contents as a dataset; sd:name says which graph
        // of the endpoint holds it (SPARQL 1.1 Service Description), so a client can query it with GRAPH <name>.
        stats.graphs().forEach((graph, triples) -> {
            Resource subset = m.createResource()
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addProperty(RDF.type, m.createResource(ServiceDescription.SD + "NamedGraph"))
                    .addProperty(m.createProperty(ServiceDescription.SD, "name"), m.createResource(graph))
                    .addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(Long.toString(triples), XSDDatatype.XSDinteger));
            ds.addProperty(m.createProperty(VOID, "subset"), subset);
        });
        return m;
    }
}
