package org.untoc.kg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.untoc.kg.vocab.Untoc;

/** Renders the HTML page of one resource from its {@link ResourceView}; every value from the data is escaped. */
public final class ResourcePageRenderer {
    static {
        // The vocabulary constants below need Jena initialised first, whichever class touches Jena first.
        JenaSystem.init();
    }

    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final Map<String, String> PREFIXES = Map.of(
            Untoc.NS, "untoc:", RDF.getURI(), "rdf:", RDFS.getURI(), "rdfs:", DCTERMS, "dcterms:",
            SKOS.getURI(), "skos:", "http://www.w3.org/2002/07/owl#", "owl:",
            "http://www.w3.org/2001/XMLSchema#", "xsd:", "http://www.w3.org/ns/prov#", "prov:");
    /** How an inbound statement reads from the object's side. */
    private static final Map<String, String> INVERSE = Map.ofEntries(
            Map.entry("cites", "cited by"), Map.entry("recalls", "recalled by"),
            Map.entry("reaffirms", "reaffirmed by"), Map.entry("endorses", "endorsed by"),
            Map.entry("takesNoteOf", "noted by"), Map.entry("welcomes", "welcomed by"),
            Map.entry("citesProvision", "invoked by"), Map.entry("citesDocument", "cited as a document by"),
            Map.entry("partOf", "has part"), Map.entry("mentions", "mentioned by"),
            Map.entry("adoptedAt", "adopted here"), Map.entry("meetingOf", "meetings"),
            Map.entry("issuedBy", "issued"), Map.entry("hasFootnote", "footnote of"),
            Map.entry("inParagraph", "references read here"), Map.entry("textOf", "source text"),
            Map.entry("reportedIn", "reported here"));
    private static final Pattern ACT_PATH = Pattern.compile("[a-z]+/(decision|resolution)/[^/]+/[^/]+");

    private final PublicBase base;

    public ResourcePageRenderer(PublicBase base) {
        this.base = base;
    }

    /** The complete page. */
    public String render(ResourceView view) {
        String iri = view.iri();
        String name = firstLiteral(view, RDFS.label.getURI(), SKOS.prefLabel.getURI()).orElse(Labels.fromIri(iri, base));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(name)).append("</h1>\n");
        firstLiteral(view, DCTERMS + "title").ifPresent(t -> b.append("<p class=\"title\">").append(Html.esc(t)).append("</p>\n"));
        b.append("<p class=\"iri\">").append(Html.esc(iri)).append("</p>\n");
        renderTypes(view, b);
        renderActions(view, b);
        renderOutgoing(view, b);
        renderIncoming(view, b);
        renderProvenance(view, b);
        return Page.of(name, b.toString());
    }

    /** The page for an IRI the store knows nothing about. */
    public String notFound(String iri) {
        return Page.of("Not found", "<h1>Not found</h1>\n<p>The knowledge graph states nothing about <span class=\"iri\">"
                + Html.esc(iri) + "</span>.</p>");
    }

    private void renderTypes(ResourceView view, StringBuilder b) {
        List<ResourceView.Statement> types = view.outgoing().stream().filter(s -> RDF.type.getURI().equals(s.property())).toList();
        if (types.isEmpty()) {
            return;
        }
        b.append("<p class=\"types\">");
        for (ResourceView.Statement t : types) {
            b.append("<span class=\"type\">").append(link(t.other(), null)).append("</span>");
        }
        b.append("</p>\n");
    }

    private void renderActions(ResourceView view, StringBuilder b) {
        String path = base.isLocal(view.iri()) ? view.iri().substring(base.publicBase().length()) : "";
        b.append("<p class=\"actions\">");
        if (isAct(view)) {
            b.append("<a class=\"lineage\" href=\"/lineage?act=")
                    .append(Html.esc(URLEncoder.encode(view.iri(), StandardCharsets.UTF_8))).append("\">View lineage</a>");
        }
        if (path.startsWith("id/")) {
            for (Representation r : Representation.values()) {
                if (r.lang != null) {
                    b.append("<a class=\"format\" href=\"").append(Html.esc(base.href(view.iri()))).append("?format=")
                            .append(r.formatKey).append("\">").append(Html.esc(r.lang.getLabel())).append("</a>");
                }
            }
        }
        b.append("</p>\n");
    }

    private boolean isAct(ResourceView view) {
        for (ResourceView.Statement s : view.outgoing()) {
            if (RDF.type.getURI().equals(s.property()) && s.other().isURI()) {
                String t = s.other().getURI();
                if (t.equals(Untoc.Act.getURI()) || t.equals(Untoc.Decision.getURI()) || t.equals(Untoc.Resolution.getURI())) {
                    return true;
                }
            }
        }
        String idPrefix = base.publicBase() + "id/";
        return view.iri().startsWith(idPrefix) && ACT_PATH.matcher(view.iri().substring(idPrefix.length())).matches();
    }

    private void renderOutgoing(ResourceView view, StringBuilder b) {
        Map<String, List<ResourceView.Statement>> byProperty = group(view.outgoing().stream()
                .filter(s -> !RDF.type.getURI().equals(s.property())).toList());
        b.append("<h2>Statements</h2>\n");
        if (byProperty.isEmpty()) {
            b.append("<p class=\"status\">None.</p>\n");
            return;
        }
        b.append("<table class=\"props\" id=\"outgoing\">\n");
        for (Map.Entry<String, List<ResourceView.Statement>> e : byProperty.entrySet()) {
            b.append("<tr><th>").append(propertyLink(e.getKey(), prefixed(e.getKey()))).append("</th><td>");
            appendValues(e.getValue(), b);
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private void renderIncoming(ResourceView view, StringBuilder b) {
        Map<String, List<ResourceView.Statement>> byProperty = group(view.incoming());
        if (byProperty.isEmpty()) {
            return;
        }
        b.append("<h2>Referred to by</h2>\n<table class=\"props\" id=\"incoming\">\n");
        for (Map.Entry<String, List<ResourceView.Statement>> e : byProperty.entrySet()) {
            String property = e.getKey();
            String inverse = property.startsWith(Untoc.NS) ? INVERSE.get(property.substring(Untoc.NS.length())) : null;
            String label = inverse != null ? inverse : "is " + prefixed(property) + " of";
            b.append("<tr><th>").append(propertyLink(property, label)).append("</th><td>");
            appendValues(e.getValue(), b);
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private void renderProvenance(ResourceView view, StringBuilder b) {
        if (view.sources().isEmpty() && view.mentions().isEmpty()) {
            return;
        }
        b.append("<h2>Provenance</h2>\n");
        if (!view.sources().isEmpty()) {
            b.append("<p>Stated in these source documents (one named graph each):</p>\n<ul class=\"sources\">\n");
            for (ResourceView.Source s : view.sources()) {
                b.append("<li>").append(graphLink(s.graph(), s.document()));
                if (s.sourceFile() != null) {
                    b.append(" — file <code>").append(Html.esc(s.sourceFile())).append("</code>");
                }
                b.append(" <span class=\"graph\">(").append(s.statements()).append(s.statements() == 1 ? " statement" : " statements")
                        .append(")</span></li>\n");
            }
            b.append("</ul>\n");
        }
        if (!view.mentions().isEmpty()) {
            b.append("<h3>Where the texts refer to it</h3>\n<div id=\"mentions\">\n");
            for (ResourceView.Mention m : view.mentions()) {
                b.append("<div class=\"mention\"><p>");
                if (m.relation() != null) {
                    b.append(propertyLink(m.relation(), prefixed(m.relation()))).append(' ');
                }
                if (m.referenceText() != null) {
                    b.append("“").append(Html.esc(m.referenceText())).append("” ");
                }
                if (m.paragraph() != null) {
                    b.append("in ").append(link(org.apache.jena.graph.NodeFactory.createURI(m.paragraph()), null)).append(' ');
                }
                if (m.graph() != null) {
                    b.append("<span class=\"graph\">from ").append(graphLink(m.graph(), null)).append("</span>");
                }
                b.append("</p>\n");
                if (m.paragraphText() != null) {
                    b.append("<blockquote class=\"para\">").append(Html.esc(m.paragraphText())).append("</blockquote>\n");
                }
                b.append("</div>\n");
            }
            b.append("</div>\n");
        }
    }

    private void appendValues(List<ResourceView.Statement> statements, StringBuilder b) {
        // A value stated by several documents is listed once, with each graph after it.
        Map<Node, List<ResourceView.Statement>> byValue = new LinkedHashMap<>();
        for (ResourceView.Statement s : statements) {
            byValue.computeIfAbsent(s.other(), k -> new java.util.ArrayList<>()).add(s);
        }
        b.append("<ul class=\"values\">");
        for (Map.Entry<Node, List<ResourceView.Statement>> e : byValue.entrySet()) {
            b.append("<li>").append(value(e.getKey(), e.getValue().get(0).otherLabel()));
            for (ResourceView.Statement s : e.getValue()) {
                if (s.graph() != null) {
                    b.append(" <span class=\"graph\">").append(graphLink(s.graph(), null)).append("</span>");
                }
            }
            b.append("</li>");
        }
        b.append("</ul>");
    }

    private String value(Node node, String label) {
        if (node.isURI()) {
            return link(node, label);
        }
        if (node.isLiteral()) {
            StringBuilder v = new StringBuilder("<span class=\"literal\">").append(Html.esc(node.getLiteralLexicalForm())).append("</span>");
            if (!node.getLiteralLanguage().isEmpty()) {
                v.append(" <span class=\"lang\">@").append(Html.esc(node.getLiteralLanguage())).append("</span>");
            } else if (node.getLiteralDatatypeURI() != null && !node.getLiteralDatatypeURI().endsWith("#string")) {
                v.append(" <span class=\"lang\">").append(Html.esc(prefixed(node.getLiteralDatatypeURI()))).append("</span>");
            }
            return v.toString();
        }
        return "<span class=\"blank\">(unnamed node)</span>";
    }

    /** A link to a resource: its page here if local, the IRI itself if it is a web address, else plain text. */
    private String link(Node node, String label) {
        String iri = node.getURI();
        String text = label != null ? label : base.isLocal(iri) ? Labels.fromIri(iri, base) : prefixed(iri);
        if (base.isLocal(iri)) {
            return "<a class=\"local\" href=\"" + Html.esc(base.href(iri)) + "\" title=\"" + Html.esc(iri) + "\">" + Html.esc(text) + "</a>";
        }
        if (PublicBase.isWebIri(iri)) {
            return "<a class=\"external\" rel=\"noopener\" href=\"" + Html.esc(iri) + "\">" + Html.esc(text) + "</a>";
        }
        return "<span class=\"iri\">" + Html.esc(iri) + "</span>";
    }

    private String propertyLink(String property, String label) {
        return link(org.apache.jena.graph.NodeFactory.createURI(property), label);
    }

    /**
     * A named graph: links to the graph itself ({@code /graph/...}, its statements, source and provenance), and,
     * where it has one, to the page of the document it was read from.
     */
    private String graphLink(String graph, String document) {
        String text = "graph " + (base.isLocal(graph) ? graph.substring(base.publicBase().length() + "graph/".length()) : graph);
        String link = base.isLocal(graph)
                ? "<a class=\"graph\" href=\"" + Html.esc(base.href(graph)) + "\" title=\"" + Html.esc(graph) + "\">" + Html.esc(text) + "</a>"
                : Html.esc(text);
        // Only a document the graph states (untoc:textOf): a graph's name is not evidence that a page exists.
        if (document != null && (base.isLocal(document) || PublicBase.isWebIri(document))) {
            link += " (<a class=\"source\" href=\"" + Html.esc(base.href(document)) + "\">source document</a>)";
        }
        return link;
    }

    private static String prefixed(String iri) {
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (iri.startsWith(p.getKey()) && iri.length() > p.getKey().length()) {
                return p.getValue() + iri.substring(p.getKey().length());
            }
        }
        return iri;
    }

    private static Optional<String> firstLiteral(ResourceView view, String... properties) {
        for (String p : properties) {
            for (ResourceView.Statement s : view.outgoing()) {
                if (p.equals(s.property()) && s.other().isLiteral()) {
                    return Optional.of(s.other().getLiteralLexicalForm());
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<ResourceView.Statement>> group(List<ResourceView.Statement> statements) {
        Map<String, List<ResourceView.Statement>> out = new LinkedHashMap<>();
        for (ResourceView.Statement s : statements) {
            out.computeIfAbsent(s.property(), k -> new java.util.ArrayList<>()).add(s);
        }
        return out;
    }
}
