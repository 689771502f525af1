package org.untoc.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** HermiT finds the ontology, with the reference data, consistent and every class satisfiable. */
class OntologyReasonerTest {

    @Test
    void ontologyAloneIsConsistentAndEveryClassSatisfiable() throws Exception {
        check(OwlApiLoader.load(OntologyFiles.ontology()));
    }

    @Test
    void ontologyWithReferenceDataIsConsistentAndEveryClassSatisfiable() throws Exception {
        check(OwlApiLoader.load(OntologyFiles.ontologyAndReference()));
    }

    /** Data as the extractors write it (dates, integers, qualified references) is consistent with the ontology. */
    @Test
    void extractedDataIsConsistentWithTheOntology() throws Exception {
        org.apache.jena.rdf.model.Model m = OntologyFiles.ontologyAndReference();
        for (java.nio.file.Path p : OntologyFiles.list(
                java.nio.file.Path.of("src/test/resources/org/untoc/kg/ontology/shacl/valid"), ".ttl")) {
            org.apache.jena.riot.RDFDataMgr.read(m, p.toString());
        }
        check(OwlApiLoader.load(m));
    }

    @Test
    void anActThatIsBothDecisionAndResolutionIsCaught() throws Exception {
        org.apache.jena.rdf.model.Model m = OntologyFiles.ontology();
        org.apache.jena.riot.RDFDataMgr.read(m,
                "src/test/resources/org/untoc/kg/ontology/owl/inconsistent-decision-and-resolution.ttl");
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(OwlApiLoader.load(m));
        try {
            org.junit.jupiter.api.Assertions.assertFalse(reasoner.isConsistent());
        } finally {
            reasoner.dispose();
        }
    }

    private static void check(OWLOntology ontology) {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent(), "the ontology is inconsistent");
            Set<String> unsatisfiable = new TreeSet<>();
            for (OWLClass c : reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()) {
                unsatisfiable.add(c.getIRI().toString());
            }
            assertEquals(Set.of(), unsatisfiable, "unsatisfiable classes");
        } finally {
            reasoner.dispose();
        }
    }
}
