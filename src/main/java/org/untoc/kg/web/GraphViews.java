package org.untoc.kg.web;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/** Reads one named graph and describes it: what {@code /graph/...} serves. */
public final class GraphViews {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private final QueryRunner runner;
    private final WebQueries queries;

    public GraphViews(QueryRunner runner, WebQueries queries) {
        this.runner = runner;
        this.queries = queries;
    }

    /**
     * One named graph.
     *
     * @param iri         its name
     * @param statements  its triples (empty: no such graph)
     * @param description triples about the graph: size, dataset, provenance as the graph itself states it
     * @param derivedFrom what the graph states it was derived from ({@code prov:wasDerivedFrom})
     * @param documents   the documents whose text it was read from ({@code untoc:textOf} of those sources)
     */
    public record NamedGraph(String iri, Model statements, Model description, List<String> derivedFrom,
                             List<String> documents) {}

    /** The graph named {@code iri}; an IRI the query cannot take throws IllegalArgumentException. */
    public NamedGraph graph(String iri) {
        Model statements = runner.graph(queries.bind("graph-statements", Map.of("graph", iri)));
        Resource g = statements.createResource(iri);
        List<String> derivedFrom = statements.listObjectsOfProperty(g, statements.createProperty(Terms.PROV + "wasDerivedFrom"))
                .filterKeep(RDFNode::isURIResource).mapWith(n -> n.asResource().getURI()).toList();
        List<String> documents = derivedFrom.stream()
                .flatMap(s -> statements.listObjectsOfProperty(statements.createResource(s),
                        statements.createProperty(Untoc.NS + "textOf")).toList().stream())
                .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()).distinct().toList();
        Model d = ModelFactory.createDefaultModel();
        d.setNsPrefix("void", VOID).setNsPrefix("sd", SD).setNsPrefix("prov", Terms.PROV).setNsPrefix("dcterms",
                "http://purl.org/dc/terms/").setNsPrefix("untoc", Untoc.NS);
        if (!statements.isEmpty()) {
            Resource described = d.createResource(iri)
                    .addProperty(RDF.type, d.createResource(SD + "Graph"))
                    .addLiteral(d.createProperty(VOID, "triples"),
                            d.createTypedLiteral(Long.toString(statements.size()), XSDDatatype.XSDinteger))
                    .addProperty(d.createProperty(VOID, "inDataset"), d.createResource(Ids.BASE + "dataset"));
            for (String source : derivedFrom) {
                described.addProperty(d.createProperty(Terms.PROV + "wasDerivedFrom"), d.createResource(source));
            }
            for (String document : documents) {
                described.addProperty(d.createProperty("http://purl.org/dc/terms/", "source"), d.createResource(document));
            }
        }
        statements.setNsPrefixes(d.getNsPrefixMap());
        return new NamedGraph(iri, statements, d, derivedFrom, documents);
    }
}
