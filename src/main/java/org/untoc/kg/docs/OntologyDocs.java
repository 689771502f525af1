package org.untoc.kg.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.untoc.kg.vocab.Untoc;

/**
 * Renders one self-contained HTML page (inline CSS, no scripts, no external assets) documenting the ontology, read
 * from the ontology itself: its header, then every class, property and datatype of the untoc namespace with
 * label, definition, domain and range, super- and sub-terms, mappings and examples, then the imported terms.
 */
public final class OntologyDocs {
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Node DEFINITION = uri(SKOS + "definition");
    private static final Node EXAMPLE = uri(SKOS + "example");
    private static final Node CLOSE_MATCH = uri(SKOS + "closeMatch");
    private static final Node CHANGE_NOTE = uri(SKOS + "changeNote");
    private static final Node PREFERRED_PREFIX = uri("http://purl.org/vocab/vann/preferredNamespacePrefix");

    /** Kinds of term, in page order: type, heading, anchor of the section. */
    private static final List<String[]> KINDS = List.of(
            new String[] {OWL2.Class.getURI(), "Classes", "classes"},
            new String[] {OWL2.ObjectProperty.getURI(), "Object properties", "object-properties"},
            new String[] {OWL2.DatatypeProperty.getURI(), "Datatype properties", "datatype-properties"},
            new String[] {RDFS.Datatype.getURI(), "Datatypes", "datatypes"},
            new String[] {OWL2.NamedIndividual.getURI(), "Individuals", "individuals"},
            new String[] {OWL2.AnnotationProperty.getURI(), "Annotation properties", "annotation-properties"});

    private final Graph g;
    private final PrefixMapping prefixes;

    public OntologyDocs(Graph ontology) {
        this.g = ontology;
        this.prefixes = ontology.getPrefixMapping();
    }

    /** The project's ontology, from the classpath. */
    public static OntologyDocs standard() {
        Graph g = GraphFactory.createDefaultGraph();
        try (var in = OntologyDocs.class.getClassLoader().getResourceAsStream("ontology/untoc.ttl")) {
            if (in == null) throw new IllegalStateException("ontology/untoc.ttl is not on the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new OntologyDocs(g);
    }

    /** Writes the page: {@code OntologyDocs [output.html]} (default target/ontology.html). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/ontology.html");
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.writeString(out, standard().render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** The whole page. */
    public String render() {
        Node ontology = g.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode()).toList().stream()
                .map(Triple::getSubject).findFirst().orElseThrow(() -> new IllegalStateException("no owl:Ontology"));
        String title = text(ontology, DCTerms.title.asNode()).orElse("Ontology");
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .text(title).raw("</title>\n<style>").raw(CSS).raw("</style>\n</head>\n<body>\n<header>\n<h1>")
                .text(title).raw("</h1>\n");
        text(ontology, DCTerms.description.asNode()).ifPresent(d -> h.raw("<p class=\"lead\">").text(d).raw("</p>\n"));
        h.raw("<dl class=\"meta\">\n");
        meta(h, "Ontology IRI", link(ontology));
        one(ontology, OWL2.versionIRI.asNode()).ifPresent(v -> meta(h, "Version IRI", link(v)));
        text(ontology, OWL2.versionInfo.asNode()).ifPresent(v -> meta(h, "Version", esc(v)));
        meta(h, "Namespace", "<code>" + esc(Untoc.NS) + "</code>, prefix <code>"
                + esc(text(ontology, PREFERRED_PREFIX).orElse("untoc")) + ":</code>");
        one(ontology, DCTerms.license.asNode()).ifPresent(l -> meta(h, "Licence", link(l)));
        text(ontology, DCTerms.creator.asNode()).ifPresent(c -> meta(h, "Creator", esc(c)));
        for (Node note : objects(ontology, CHANGE_NOTE)) meta(h, "Change", esc(note.getLiteralLexicalForm()));
        h.raw("</dl>\n<nav>\n<h2>Contents</h2>\n");
        for (String[] kind : KINDS) {
            List<Node> terms = terms(kind[0]);
            if (terms.isEmpty()) continue;
            h.raw("<p><a href=\"#").text(kind[2]).raw("\">").text(kind[1]).raw("</a>: ");
            List<String> links = new ArrayList<>();
            for (Node t : terms) links.add(termLink(t));
            h.raw(String.join(" · ", links)).raw("</p>\n");
        }
        h.raw("<p><a href=\"#imported\">Imported terms</a></p>\n</nav>\n</header>\n<main>\n");
        for (String[] kind : KINDS) {
            List<Node> terms = terms(kind[0]);
            if (terms.isEmpty()) continue;
            h.raw("<section id=\"").text(kind[2]).raw("\">\n<h2>").text(kind[1]).raw("</h2>\n");
            for (Node t : terms) term(h, t, kind[0]);
            h.raw("</section>\n");
        }
        imported(h);
        h.raw("</main>\n<footer><p>Generated from the ontology by org.untoc.kg.docs.OntologyDocs.</p></footer>\n")
                .raw("</body>\n</html>\n");
        return h.toString();
    }

    private void term(Html h, Node t, String kind) {
        String local = t.getURI().substring(Untoc.NS.length());
        h.raw("<article class=\"term\" id=\"").text(local).raw("\">\n<h3>").text(label(t))
                .raw(" <code class=\"curie\">untoc:").text(local).raw("</code></h3>\n");
        text(t, DEFINITION).ifPresent(d -> h.raw("<p class=\"definition\">").text(d).raw("</p>\n"));
        h.raw("<dl>\n");
        row(h, "IRI", "<code>" + esc(t.getURI()) + "</code>");
        if (kind.equals(OWL2.Class.getURI())) {
            row(h, "Subclass of", links(objects(t, RDFS.subClassOf.asNode())));
            row(h, "Superclass of", links(subjects(RDFS.subClassOf.asNode(), t)));
            row(h, "Disjoint with", links(disjoint(t)));
            row(h, "In the domain of", links(subjects(RDFS.domain.asNode(), t)));
            row(h, "In the range of", links(subjects(RDFS.range.asNode(), t)));
            row(h, "Instances", links(subjects(RDF.type.asNode(), t)));
        } else if (kind.equals(OWL2.NamedIndividual.getURI())) {
            row(h, "Instance of", links(objects(t, RDF.type.asNode()).stream()
                    .filter(c -> !c.equals(OWL2.NamedIndividual.asNode())).toList()));
        } else if (kind.contains("Property")) {
            row(h, "Domain", links(objects(t, RDFS.domain.asNode())));
            row(h, "Range", links(objects(t, RDFS.range.asNode())));
            row(h, "Sub-property of", links(objects(t, RDFS.subPropertyOf.asNode())));
            row(h, "Super-property of", links(subjects(RDFS.subPropertyOf.asNode(), t)));
            List<Node> characteristics = objects(t, RDF.type.asNode()).stream()
                    .filter(c -> c.equals(OWL2.FunctionalProperty.asNode())).toList();
            row(h, "Characteristics", links(characteristics));
        } else if (kind.equals(RDFS.Datatype.getURI())) {
            row(h, "Definition", restriction(t));
        }
        row(h, "Close match", links(objects(t, CLOSE_MATCH)));
        h.raw("</dl>\n");
        for (Node example : objects(t, EXAMPLE)) {
            h.raw("<p class=\"example-label\">Example</p>\n<pre class=\"example\">")
                    .text(example.getLiteralLexicalForm().replace(" ; ", " ;\n    ")).raw("</pre>\n");
        }
        h.raw("</article>\n");
    }

    /** "xsd:string, pattern [A-Z]{3}" for a datatype defined by a facet restriction. */
    private String restriction(Node datatype) {
        for (Node eq : objects(datatype, OWL2.equivalentClass.asNode())) {
            Optional<Node> base = one(eq, OWL2.onDatatype.asNode());
            if (base.isEmpty()) continue;
            StringBuilder sb = new StringBuilder(termLink(base.get()));
            Optional<Node> list = one(eq, OWL2.withRestrictions.asNode());
            while (list.isPresent() && !list.get().equals(RDF.nil.asNode())) {
                Optional<Node> facet = one(list.get(), RDF.first.asNode());
                facet.ifPresent(f -> g.find(f, Node.ANY, Node.ANY).forEach(tr -> sb.append(", ")
                        .append(esc(curie(tr.getPredicate()))).append(" <code>")
                        .append(esc(tr.getObject().getLiteralLexicalForm())).append("</code>")));
                list = one(list.get(), RDF.rest.asNode());
            }
            return sb.toString();
        }
        return "";
    }

    private void imported(Html h) {
        h.raw("<section id=\"imported\">\n<h2>Imported terms</h2>\n<p>Terms of other vocabularies that the ")
                .raw("ontology uses, declared locally with their OWL type (the vocabularies are not imported).</p>\n")
                .raw("<table>\n<thead><tr><th>Term</th><th>Label</th><th>Declared as</th></tr></thead>\n<tbody>\n");
        List<Node> external = g.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .filter(t -> t.getSubject().isURI() && !t.getSubject().getURI().startsWith(Untoc.NS))
                .filter(t -> KINDS.stream().anyMatch(k -> k[0].equals(t.getObject().getURI())))
                .map(Triple::getSubject).distinct().sorted(Comparator.comparing(this::curie)).toList();
        for (Node t : external) {
            h.raw("<tr id=\"").text(curie(t).replace(':', '-')).raw("\"><td><code>").text(curie(t))
                    .raw("</code></td><td>").text(text(t, RDFS.label.asNode()).orElse("")).raw("</td><td>")
                    .raw(links(objects(t, RDF.type.asNode()))).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    /** Terms of the untoc namespace declared with the given type, sorted by local name. */
    List<Node> terms(String type) {
        return g.find(Node.ANY, RDF.type.asNode(), uri(type)).toList().stream().map(Triple::getSubject)
                .filter(s -> s.isURI() && s.getURI().startsWith(Untoc.NS)).distinct()
                .sorted(Comparator.comparing(Node::getURI, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private List<Node> disjoint(Node c) {
        List<Node> out = new ArrayList<>(objects(c, OWL2.disjointWith.asNode()));
        out.addAll(subjects(OWL2.disjointWith.asNode(), c));
        return out;
    }

    private String label(Node t) {
        return text(t, RDFS.label.asNode()).orElse(curie(t));
    }

    private String links(List<Node> nodes) {
        List<String> parts = new ArrayList<>();
        for (Node n : nodes) {
            if (n.isURI()) parts.add(termLink(n));
            else if (n.isBlank()) parts.add("<em>(an anonymous class expression)</em>");
            else parts.add(esc(n.getLiteralLexicalForm()));
        }
        return String.join(", ", parts);
    }

    /** A link to the term's own entry, or to the imported-terms table, or the plain IRI. */
    private String termLink(Node n) {
        String uri = n.getURI();
        if (uri.startsWith(Untoc.NS)) {
            String local = uri.substring(Untoc.NS.length());
            return "<a href=\"#" + esc(local) + "\"><code>untoc:" + esc(local) + "</code></a>";
        }
        String curie = curie(n);
        boolean declared = g.contains(n, RDF.type.asNode(), Node.ANY);
        if (declared && !curie.equals(uri)) {
            return "<a href=\"#" + esc(curie.replace(':', '-')) + "\"><code>" + esc(curie) + "</code></a>";
        }
        return "<code>" + esc(curie) + "</code>";
    }

    private String link(Node n) {
        return "<a href=\"" + esc(n.getURI()) + "\">" + esc(n.getURI()) + "</a>";
    }

    private String curie(Node n) {
        String short_ = prefixes.shortForm(n.getURI());
        return short_ == null ? n.getURI() : short_;
    }

    private static void meta(Html h, String name, String valueHtml) {
        h.raw("<dt>").text(name).raw("</dt><dd>").raw(valueHtml).raw("</dd>\n");
    }

    private static void row(Html h, String name, String valueHtml) {
        if (!valueHtml.isEmpty()) meta(h, name, valueHtml);
    }

    private Optional<String> text(Node s, Node p) {
        List<Node> values = objects(s, p).stream().filter(Node::isLiteral).toList();
        return values.stream().filter(v -> "en".equals(v.getLiteralLanguage())).findFirst()
                .or(() -> values.stream().findFirst()).map(Node::getLiteralLexicalForm);
    }

    private Optional<Node> one(Node s, Node p) {
        return objects(s, p).stream().findFirst();
    }

    private List<Node> objects(Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private List<Node> subjects(Node p, Node o) {
        return g.find(Node.ANY, p, o).toList().stream().map(Triple::getSubject)
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Appends raw markup or escaped text. */
    private static final class Html {
        private final StringBuilder sb = new StringBuilder();

        Html raw(String s) {
            sb.append(s);
            return this;
        }

        Html text(String s) {
            sb.append(esc(s));
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;color:#1f2328;\
            max-width:60rem;margin:0 auto;padding:1rem 1.5rem;background:#fff}
            h1{font-size:2rem;margin-bottom:.25rem}h2{border-bottom:2px solid #0b5394;padding-bottom:.2rem;\
            margin-top:2.5rem}h3{margin:0 0 .4rem}
            .lead{font-size:1.05rem;color:#333}
            code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;background:#f3f5f7;\
            padding:0 .2em;border-radius:3px}
            a{color:#0b5394;text-decoration:none}a:hover{text-decoration:underline}
            dl{display:grid;grid-template-columns:11rem 1fr;gap:.2rem 1rem;margin:.5rem 0}
            dt{font-weight:600;color:#555}dd{margin:0}
            nav p{margin:.3rem 0}
            .term{border:1px solid #d0d7de;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
            .term:target{border-color:#0b5394;box-shadow:0 0 0 2px #cfe2f3}
            .curie{font-weight:normal;color:#555;margin-left:.5rem}
            .definition{margin:.2rem 0 .5rem}
            .example-label{font-weight:600;color:#555;margin:.6rem 0 .2rem}
            pre.example{background:#f6f8fa;border:1px solid #e1e4e8;border-radius:4px;padding:.6rem;\
            overflow-x:auto;white-space:pre-wrap;font-size:.85rem}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #e1e4e8;\
            padding:.3rem .5rem;vertical-align:top}
            footer{margin-top:3rem;color:#666;font-size:.9rem}
            """;
}
