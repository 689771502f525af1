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
