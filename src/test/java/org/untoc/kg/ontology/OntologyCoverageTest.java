package org.untoc.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.untoc.kg.vocab.Untoc;

/**
 * The Java vocabulary and the files under {@code ontology/} use only terms that {@code untoc.ttl} declares, so
 * no code or data can publish an undeclared term.
 */
class OntologyCoverageTest {
    private static final Set<Node> DECLARATION_TYPES = Set.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(),
            OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode(), RDFS.Datatype.asNode(),
            OWL2.NamedIndividual.asNode());
    private static final Node SKOS_DEFINITION =
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition");
    /** A prefixed name or a full IRI of the untoc namespace in any text file (queries, shapes). */
    private static final Pattern TERM_IN_TEXT =
            Pattern.compile("(?:untoc:|<" + Pattern.quote(Untoc.NS) + ")([A-Za-z][A-Za-z0-9_]*)");

    private final Graph ontology = OntologyFiles.ontology().getGraph();

    @Test
    void everyTermOfTheJavaVocabularyIsDeclared() throws IllegalAccessException {
        Set<String> undeclared = new TreeSet<>();
        List<Node> terms = javaTerms();
        assertTrue(terms.size() > 50, "reflection found too few terms in Untoc.java: " + terms.size());
        for (Node term : terms) if (!declared(term)) undeclared.add(term.getURI());
        assertEquals(Set.of(), undeclared, "terms of Untoc.java not declared in ontology/untoc.ttl");
    }

    @Test
    void everyDeclaredTermHasAnEnglishLabelAndDefinition() {
        Set<String> missing = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(Untoc.NS) || !DECLARATION_TYPES.contains(t.getObject())) return;
            if (!hasEnglish(s, RDFS.label.asNode())) missing.add(s.getURI() + " rdfs:label@en");
            if (!hasEnglish(s, SKOS_DEFINITION)) missing.add(s.getURI() + " skos:definition@en");
        });
        assertEquals(Set.of(), missing, "declared terms without an English label or definition");
    }

    @Test
    void noTwoTermsShareAnEnglishLabel() {
        java.util.Map<String, Set<String>> byLabel = new java.util.TreeMap<>();
        ontology.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(Untoc.NS) && "en".equals(t.getObject().getLiteralLanguage())) {
                byLabel.computeIfAbsent(t.getObject().getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT),
                        k -> new TreeSet<>()).add(s.getLocalName());
            }
        });
        byLabel.values().removeIf(terms -> terms.size() < 2);
        assertEquals(java.util.Map.of(), byLabel, "terms that a reader cannot tell apart by label");
    }

    @Test
    void everyUntocTermUsedUnderOntologyIsDeclared() throws IOException {
        Set<String> undeclared = new TreeSet<>();
        for (Path file : filesUnderOntology()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".ttl")) {
                Graph g = RDFDataMgr.loadGraph(file.toString());
                g.find().forEach(t -> collectUndeclared(t, file, undeclared));
            } else if (name.endsWith(".rq")) {
                // Header comments may name wrong terms as examples of what a query catches.
                String query = Files.readAllLines(file).stream().filter(l -> !l.trim().startsWith("#"))
                        .reduce("", (a, b) -> a + b + "\n");
                Matcher m = TERM_IN_TEXT.matcher(query);
                while (m.find()) {
                    Node term = NodeFactory.createURI(Untoc.NS + m.group(1));
                    if (!declared(term)) undeclared.add(file + ": " + term.getURI());
                }
            }
        }
        assertEquals(Set.of(), undeclared, "untoc: terms used under ontology/ but not declared in untoc.ttl");
    }

    private void collectUndeclared(Triple t, Path file, Set<String> undeclared) {
        for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
            if (n.isURI() && n.getURI().startsWith(Untoc.NS) && !declared(n)) {
                undeclared.add(file + ": " + n.getURI());
            }
        }
    }

    static List<Node> javaTerms() throws IllegalAccessException {
        List<Node> terms = new ArrayList<>();
        for (Field f : Untoc.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())
                    && f.getType() == Node.class) {
                terms.add((Node) f.get(null));
            }
        }
        return terms;
    }

    private boolean declared(Node term) {
        return ontology.find(term, RDF.type.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> DECLARATION_TYPES.contains(t.getObject()));
    }

    private boolean hasEnglish(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && "en".equals(t.getObject().getLiteralLanguage()));
    }

    private static List<Path> filesUnderOntology() throws IOException {
        try (Stream<Path> s = Files.walk(OntologyFiles.ONTOLOGY_DIR)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
