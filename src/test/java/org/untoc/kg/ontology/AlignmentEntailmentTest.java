package org.untoc.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The alignments mean what they say: a reasoner concludes the ELI, ORG and PROV types and the eli:cites citation
 * from untoc data alone, without the data stating them.
 */
class AlignmentEntailmentTest {
    private static final String ID = "https://w3id.org/untoc/id/";
    private static OWLReasoner reasoner;
    private static OWLDataFactory df;

    @BeforeAll
    static void reason() throws Exception {
        Model m = OntologyFiles.ontology();
        RDFDataMgr.read(m, "src/test/resources/org/untoc/kg/ontology/shacl/valid/citing-resolution.ttl");
        RDFDataMgr.read(m, "src/test/resources/org/untoc/kg/ontology/shacl/valid/attendance-and-statement.ttl");
        OWLOntology ontology = OwlApiLoader.load(m);
        df = ontology.getOWLOntologyManager().getOWLDataFactory();
        reasoner = new ReasonerFactory().createReasoner(ontology);
    }

    @AfterAll
    static void dispose() {
        reasoner.dispose();
    }

    private static boolean isA(String individual, String classIri) {
        OWLNamedIndividual i = df.getOWLNamedIndividual(IRI.create(ID + individual));
        OWLClass c = df.getOWLClass(IRI.create(classIri));
        return reasoner.getTypes(i, false).containsEntity(c);
    }

    @Test
    void actsAreEliLegalResourcesAndClausesSubdivisions() {
        assertTrue(isA("cop/resolution/5/8", "http://data.europa.eu/eli/ontology#LegalResource"));
        assertTrue(isA("cop/resolution/5/8/preamble/1", "http://data.europa.eu/eli/ontology#LegalResourceSubdivision"));
    }

    @Test
    void bodiesAreOrgOrganizations() {
        assertTrue(isA("cop", "http://www.w3.org/ns/org#Organization"));
        assertTrue(isA("cop/working-group/international-cooperation", "http://www.w3.org/ns/org#OrganizationalUnit"));
    }

    @Test
    void meetingsAreProvActivities() {
        assertTrue(isA("cop/working-group/international-cooperation/meeting/12", "http://www.w3.org/ns/prov#Activity"));
    }

    @Test
    void recallingIsAnEliCitation() {
        // Citations hold between works: the resolution recalls (ontology 2.0.0), its clause only refers.
        var act = df.getOWLNamedIndividual(IRI.create(ID + "cop/resolution/5/8"));
        var eliCites = df.getOWLObjectProperty(IRI.create("http://data.europa.eu/eli/ontology#cites"));
        var decision = df.getOWLNamedIndividual(IRI.create(ID + "cop/decision/3/2"));
        assertTrue(reasoner.getObjectPropertyValues(act, eliCites).containsEntity(decision));
    }
}
