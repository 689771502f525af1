package org.untoc.kg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.untoc.kg.vocab.Untoc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The ontology page lists every term with its label and definition, is well-formed and self-contained. */
class OntologyDocsTest {
    private static final String PREFIXES = """
            @prefix untoc: <https://w3id.org/untoc/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            """;
    private static Graph ontology;
    private static String html;
    private static Document dom;

    @BeforeAll
    static void render() throws Exception {
        ontology = RDFDataMgr.loadGraph("ontology/untoc.ttl");
        html = new OntologyDocs(ontology).render();
        // The page is written as well-formed XHTML-compatible markup, so an XML parser can check its structure.
        String xml = html.replaceFirst("<!DOCTYPE html>", "");
        dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyUntocTermHasAnEntryWithItsLabelAndDefinition() {
        Set<String> missing = new TreeSet<>();
        Set<String> ids = ids();
        for (Node t : declaredUntocTerms()) {
            String local = t.getURI().substring(Untoc.NS.length());
            if (!ids.contains(local)) missing.add(local + ": no entry");
            String entryText = entryText(local);
            String label = ontology.find(t, RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            if (!entryText.contains(label)) missing.add(local + ": label");
            if (!entryText.contains("untoc:" + local)) missing.add(local + ": curie");
        }
        assertEquals(Set.of(), missing);
        assertTrue(declaredUntocTerms().size() > 60);
    }

    @Test
    void citationSubPropertiesShowTheirSuperPropertyAndCitoMatch() {
        String recalls = entryText("recalls");
        assertTrue(recalls.contains("untoc:cites"), recalls);
        assertTrue(recalls.contains("cito:citesAsAuthority"), recalls);
        assertTrue(entryText("cites").contains("eli:cites"));
    }

    @Test
    void mainClassesShowAnExample() {
        for (String c : List.of("Act", "Resolution", "Convention", "Article", "ArticleParagraph", "Reference",
                "State", "WorkingGroup", "Conference", "Recommendation", "Document", "Meeting")) {
            assertTrue(entryText(c).contains("Example"), c + " has no example");
        }
    }

    @Test
    void everyExampleIsValidTurtleUsingDeclaredTerms() {
        Node example = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#example");
        List<String> problems = new ArrayList<>();
        ontology.find(Node.ANY, example, Node.ANY).forEach(t -> {
            Graph g = GraphFactory.createDefaultGraph();
            try {
                RDFParser.fromString(PREFIXES + t.getObject().getLiteralLexicalForm(), Lang.TURTLE).parse(g);
            } catch (RuntimeException e) {
                problems.add(t.getSubject().getLocalName() + ": " + e.getMessage());
                return;
            }
            g.find().forEach(tr -> {
                for (Node n : List.of(tr.getPredicate(), tr.getObject())) {
                    if (n.isURI() && n.getURI().startsWith(Untoc.NS) && !isDeclared(n)) {
                        problems.add(t.getSubject().getLocalName() + " uses undeclared " + n.getURI());
                    }
                }
            });
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void selfContained() {
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external stylesheets");
        assertFalse(html.contains("<img"), "no images");
        NodeList anchors = dom.getElementsByTagName("a");
        Set<String> ids = ids();
        for (int i = 0; i < anchors.getLength(); i++) {
            String href = ((Element) anchors.item(i)).getAttribute("href");
            if (href.startsWith("#")) assertTrue(ids.contains(href.substring(1)), "broken link " + href);
        }
    }

    private static boolean isDeclared(Node n) {
        return ontology.contains(n, RDF.type.asNode(), OWL2.Class.asNode())
                || ontology.contains(n, RDF.type.asNode(), OWL2.ObjectProperty.asNode())
                || ontology.contains(n, RDF.type.asNode(), OWL2.DatatypeProperty.asNode())
                || ontology.contains(n, RDF.type.asNode(), RDFS.Datatype.asNode())
                || ontology.contains(n, RDF.type.asNode(), OWL2.NamedIndividual.asNode())
                || ontology.contains(n, RDF.type.asNode(), OWL2.AnnotationProperty.asNode());
    }

    private static List<Node> declaredUntocTerms() {
        List<Node> out = new ArrayList<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Untoc.NS) && isDeclared(t.getSubject())
                    && !out.contains(t.getSubject())) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    private static Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) ids.add(id);
        }
        return ids;
    }

    private static String entryText(String id) {
        NodeList all = dom.getElementsByTagName("article");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) return e.getTextContent();
        }
        return "";
    }
}
