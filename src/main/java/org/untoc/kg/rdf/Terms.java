package org.untoc.kg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the external vocabularies the extractors use (rdf, rdfs, Dublin Core terms, PROV). */
public final class Terms {
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private Terms() {}

    public static final Node TYPE = NodeFactory.createURI(RDF + "type");
    public static final Node LABEL = NodeFactory.createURI(RDFS + "label");
    public static final Node TITLE = NodeFactory.createURI(DCTERMS + "title");
    public static final Node DATE = NodeFactory.createURI(DCTERMS + "date");
    public static final Node IDENTIFIER = NodeFactory.createURI(DCTERMS + "identifier");
    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
}
