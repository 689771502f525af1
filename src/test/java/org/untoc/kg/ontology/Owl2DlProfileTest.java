package org.untoc.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/** The ontology, alone and with the reference data, is in the OWL 2 DL profile: no violation at all. */
class Owl2DlProfileTest {

    @Test
    void ontologyIsOwl2Dl() throws Exception {
        assertNoViolations(OwlApiLoader.load(OntologyFiles.ontology()));
    }

    @Test
    void ontologyWithReferenceDataIsOwl2Dl() throws Exception {
        assertNoViolations(OwlApiLoader.load(OntologyFiles.ontologyAndReference()));
    }

    /** Data as the extractors write it (dates, integers, qualified references) stays in OWL 2 DL too. */
    @Test
    void extractedDataIsOwl2Dl() throws Exception {
        org.apache.jena.rdf.model.Model m = OntologyFiles.ontologyAndReference();
        for (java.nio.file.Path p : OntologyFiles.list(
                java.nio.file.Path.of("src/test/resources/org/untoc/kg/ontology/shacl/valid"), ".ttl")) {
            org.apache.jena.riot.RDFDataMgr.read(m, p.toString());
        }
        assertNoViolations(OwlApiLoader.load(m));
    }

    @Test
    void aPropertyUsedAsObjectAndDatatypePropertyIsCaught() throws Exception {
        org.apache.jena.rdf.model.Model m = OntologyFiles.ontology();
        org.apache.jena.riot.RDFDataMgr.read(m, "src/test/resources/org/untoc/kg/ontology/owl/not-dl-property-punning.ttl");
        org.junit.jupiter.api.Assertions.assertFalse(
                new OWL2DLProfile().checkOntology(OwlApiLoader.load(m)).getViolations().isEmpty());
    }

    private static void assertNoViolations(OWLOntology ontology) {
        List<String> violations = new OWL2DLProfile().checkOntology(ontology).getViolations().stream()
                .map(OWLProfileViolation::toString).sorted().toList();
        assertEquals(List.of(), violations, "OWL 2 DL profile violations");
    }
}
