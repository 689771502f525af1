package org.untoc.kg.serve;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Serialisations the endpoint writes, with the media types that ask for them (first one is canonical). */
public enum ResultFormat {
    JSON(true, ResultSetLang.RS_JSON, "application/sparql-results+json", "application/json"),
    XML(true, ResultSetLang.RS_XML, "application/sparql-results+xml", "application/xml"),
    CSV(true, ResultSetLang.RS_CSV, "text/csv"),
    TSV(true, ResultSetLang.RS_TSV, "text/tab-separated-values"),
    TURTLE(false, Lang.TURTLE, "text/turtle", "application/x-turtle"),
    JSONLD(false, Lang.JSONLD, "application/ld+json"),
    NTRIPLES(false, Lang.NTRIPLES, "application/n-triples"),
    RDFXML(false, Lang.RDFXML, "application/rdf+xml");

    private final boolean tabular;
    private final Lang lang;
    private final List<String> mediaTypes;

    ResultFormat(boolean tabular, Lang lang, String... mediaTypes) {
        this.tabular = tabular;
        this.lang = lang;
        this.mediaTypes = List.of(mediaTypes);
    }

    /** True for SELECT/ASK result formats, false for RDF graph syntaxes. */
    public boolean tabular() {
        return tabular;
    }

    /** The Jena language that writes it. */
    public Lang lang() {
        return lang;
    }

    /** Media types that select this format. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** The Content-Type of a response in this format. */
    public String contentType() {
        return mediaTypes.get(0) + "; charset=utf-8";
    }
}
