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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
    private final Templates templates;

    public GraphController(GraphViews graphs, PublicBase base, Templates templates) {
        this.graphs = graphs;
        this.base = base;
        this.templates = templates;
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

    /** The page: what the graph is, where it came from, its downloads, then its statements as a table. */
    private String page(GraphViews.NamedGraph graph) {
        Map<String, Object> model = new HashMap<>();
        boolean empty = graph.statements().isEmpty();
        model.put("title", empty ? "Graph not found" : "Graph " + graph.iri());
        model.put("iri", graph.iri());
        model.put("empty", empty);
        model.put("size", graph.statements().size());
        model.put("derivedFrom", graph.derivedFrom().stream().map(this::link).toList());
        model.put("documents", graph.documents().stream().map(this::link).toList());
        model.put("formats", OFFERS.stream().filter(o -> o.lang() != null)
                .map(o -> new String[] {o.formatKey(), o.mediaType()}).toList());
        List<List<Link>> rows = empty ? List.of() : graph.statements().listStatements().toList().stream()
                .map(st -> List.of(term(st.getSubject().asNode()), term(st.getPredicate().asNode()),
                        term(st.getObject().asNode())))
                .sorted(Comparator.comparing(row -> row.stream().map(Link::label).collect(Collectors.joining(" "))))
                .limit(PAGE_ROWS)
                .toList();
        model.put("rows", rows);
        return templates.render("graph", model);
    }

    private Link term(org.apache.jena.graph.Node n) {
        if (n.isURI()) return link(n.getURI());
        String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        return new Link(null, null, text, null, false);
    }

    private Link link(String iri) {
        return Link.to(iri, iri, iri, base);
    }
}
