package org.untoc.kg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/** Reads a {@link ResourceView} (and the RDF representations) of one resource through the page queries. */
public final class ResourceViews {
    private final QueryRunner runner;
    private final WebQueries queries;

    public ResourceViews(QueryRunner runner, WebQueries queries) {
        this.runner = runner;
        this.queries = queries;
    }

    /** Everything the HTML page of {@code iri} shows. */
    public ResourceView view(String iri) {
        Map<String, String> arg = Map.of("resource", iri);
        List<ResourceView.Statement> out = new ArrayList<>();
        ResultSetRewindable rs = runner.select(queries.bind("resource-out", arg));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(new ResourceView.Statement(iri(s, "property"), s.get("value").asNode(), text(s, "valueLabel"), iri(s, "graph")));
        }
        List<ResourceView.Statement> in = new ArrayList<>();
        rs = runner.select(queries.bind("resource-in", arg));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            in.add(new ResourceView.Statement(iri(s, "property"), s.get("subject").asNode(), text(s, "subjectLabel"), iri(s, "graph")));
        }
        List<ResourceView.Mention> mentions = new ArrayList<>();
        rs = runner.select(queries.bind("resource-references", arg));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            mentions.add(new ResourceView.Mention(term(s, "reference"), iri(s, "graph"), iri(s, "relation"),
                    text(s, "referenceText"), iri(s, "paragraph"), text(s, "paragraphText")));
        }
        List<ResourceView.Source> sources = new ArrayList<>();
        rs = runner.select(queries.bind("resource-sources", arg));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            sources.add(new ResourceView.Source(iri(s, "graph"), s.getLiteral("statements").getLong(),
                    iri(s, "document"), text(s, "sourceFile")));
        }
        return new ResourceView(iri, out, in, mentions, sources);
    }

    /** The triples about {@code iri} in both directions, for Turtle, JSON-LD and the other RDF representations. */
    public Model rdf(String iri) {
        return runner.graph(queries.bind("resource-rdf", Map.of("resource", iri)));
    }

    private static String iri(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    /** A node's identity as text: IRI, or blank-node label for the unnamed Reference nodes some mappers write. */
    private static String term(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return null;
        }
        Node node = n.asNode();
        return node.isURI() ? node.getURI() : "_:" + node.getBlankNodeLabel();
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }
}
