package org.untoc.kg.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Dereferences named graphs: {@code /graph/...} answers with the graph's statements and a description of the graph
 * (its size, the dataset it belongs to, what it was derived from), by content negotiation. In TriG and N-Quads the
 * statements stay in their named graph and the description is in the default graph; in the triple syntaxes both
 * are one set of triples, the description being those about the graph's IRI.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = QueryRunner.class)
public class GraphController {
    /** Offers in the server's order of preference: media type, {@code ?format=} key, syntax (null: the page). */
    record Offer(String mediaType, String formatKey, Lang lang) {}

    static final List<Offer> OFFERS = List.of(
            new Offer("text/turtle", "ttl", Lang.TURTLE), new Offer("application/trig", "trig", Lang.TRIG),
            new Offer("text/html", "html", null), new Offer("application/ld+json", "jsonld", Lang.JSONLD),
            new Offer("application/n-quads", "nq", Lang.NQUADS), new Offer("application/n-triples", "nt", Lang.NTRIPLES),
            new Offer("application/rdf+xml", "rdf", Lang.RDFXML));

    /** Rows of the HTML table at most: a derived graph can hold many thousands; the downloads hold all. */
    static final int PAGE_ROWS = 2000;

    private final GraphViews graphs;
    private final PublicBase base;

    public GraphController(GraphViews graphs, PublicBase base) {
        this.graphs = graphs;
        this.base = base;
    }

    @Get(uri = "/graph/{+path}")
    @Produces(MediaType.ALL)
    HttpResponse<?> graph(String path, @Nullable @Header(HttpHeaders.ACCEPT) String accept,
                          @Nullable @QueryValue String format) {
        List<String> types = OFFERS.stream().map(Offer::mediaType).toList();
        Optional<Offer> chosen;
        if (format != null) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            chosen = OFFERS.stream().filter(o -> o.formatKey().equals(f) || o.mediaType().equals(f)).findFirst();
            if (chosen.isEmpty()) {
                return HttpResponse.badRequest("format must be one of " + String.join(", ",
                        OFFERS.stream().map(Offer::formatKey).toList()) + "\n").contentType(MediaType.TEXT_PLAIN_TYPE);
            }
        } else {
            chosen = ContentNegotiation.chooseMediaType(accept, types).map(OFFERS::get);
            if (chosen.isEmpty()) {
                return ContentNegotiation.notAcceptable(types);
            }
        }
        Offer offer = chosen.get();
        String iri = base.graphIri(path);
        GraphViews.NamedGraph graph;
        try {
            graph = graphs.graph(iri);
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(e.getMessage() + "\n").contentType(MediaType.TEXT_PLAIN_TYPE);
        }
        HttpStatus status = graph.statements().isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        byte[] body;
        String contentType;
        if (offer.lang() == null) {
            body = page(graph).getBytes(StandardCharsets.UTF_8);
            contentType = "text/html; charset=utf-8";
        } else {
            body = write(graph, offer.lang());
            contentType = offer.mediaType() + (offer.lang() == Lang.RDFXML ? "" : "; charset=utf-8");
        }
        return HttpResponse.status(status).body(body).contentType(contentType)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CONTENT_LOCATION, "/graph/" + path + "?format=" + offer.formatKey());
    }

    private static byte[] write(GraphViews.NamedGraph graph, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (org.apache.jena.riot.RDFLanguages.isQuads(lang)) {
            Dataset ds = DatasetFactory.create(graph.description());
            ds.addNamedModel(graph.iri(), graph.statements());
            RDFDataMgr.write(out, ds, lang);
        } else {
            Model all = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            all.setNsPrefixes(graph.description().getNsPrefixMap());
            all.add(graph.statements()).add(graph.description());
            RDFDataMgr.write(out, all, lang);
        }
        return out.toByteArray();
    }

    /** Plain: what the graph is, where it came from, its downloads, then its statements as a table. */
    private String page(GraphViews.NamedGraph graph) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Named graph</h1>\n<p class=\"iri\">").append(Html.esc(graph.iri())).append("</p>\n");
        if (graph.statements().isEmpty()) {
            b.append("<p>The knowledge graph has no graph of this name.</p>\n");
            return Page.of("Graph not found", b.toString());
        }
        b.append("<p>").append(graph.statements().size()).append(" statements.</p>\n");
        List<String> derived = new ArrayList<>(graph.derivedFrom());
        if (!derived.isEmpty()) {
            b.append("<h2>Provenance</h2>\n<ul class=\"provenance\">\n");
            for (String source : derived) {
                b.append("<li>derived from ").append(link(source)).append("</li>\n");
            }
            for (String document : graph.documents()) {
                b.append("<li>the text of ").append(link(document)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<p class=\"formats\">Download:");
        for (Offer o : OFFERS) {
            if (o.lang() != null) {
                b.append(" <a href=\"?format=").append(o.formatKey()).append("\">").append(Html.esc(o.mediaType())).append("</a>");
            }
        }
        b.append("</p>\n<h2>Statements</h2>\n");
        long size = graph.statements().size();
        if (size > PAGE_ROWS) {
            b.append("<p>The first ").append(PAGE_ROWS).append(" of ").append(size)
                    .append("; the downloads above hold them all.</p>\n");
        }
        b.append("<table class=\"statements\">\n");
        graph.statements().listStatements().toList().stream()
                .map(st -> new String[] {term(st.getSubject().asNode()), term(st.getPredicate().asNode()), term(st.getObject().asNode())})
                .sorted((x, y) -> String.join(" ", x).compareTo(String.join(" ", y)))
                .limit(PAGE_ROWS)
                .forEach(row -> b.append("<tr><td>").append(row[0]).append("</td><td>").append(row[1]).append("</td><td>")
                        .append(row[2]).append("</td></tr>\n"));
        b.append("</table>\n");
        return Page.of("Graph " + graph.iri(), b.toString());
    }

    private String term(org.apache.jena.graph.Node n) {
        if (n.isURI()) {
            return link(n.getURI());
        }
        return Html.esc(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }

    private String link(String iri) {
        if (base.isLocal(iri) || PublicBase.isWebIri(iri)) {
            return "<a href=\"" + Html.esc(base.href(iri)) + "\">" + Html.esc(iri) + "</a>";
        }
        return Html.esc(iri);
    }
}
