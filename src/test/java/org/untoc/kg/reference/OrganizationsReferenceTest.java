package org.untoc.kg.reference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.untoc.kg.extract.entity.TestDocs;

class OrganizationsReferenceTest {
    static final Model GENERATED = new OrganizationsReference().generate(Path.of("ontology/sources"));

    @Test
    void checkedInFileIsTheGeneratedOne() {
        Model checkedIn = RDFDataMgr.loadModel("ontology/reference/organizations.ttl");
        assertTrue(checkedIn.isIsomorphicWith(GENERATED),
                "ontology/reference/organizations.ttl is stale: run org.untoc.kg.reference.OrganizationsReference");
    }

    @Test
    void europeanUnionIsAPartyAndARegionalEconomicIntegrationOrganizationNotAState() {
        assertTrue(TestDocs.ask(GENERATED, """
                ASK { id:organization/european-union a untoc:Organization, untoc:Party,
                  untoc:RegionalEconomicIntegrationOrganization }"""));
        assertFalse(TestDocs.ask(GENERATED, "ASK { id:organization/european-union a untoc:State }"));
    }

    @Test
    void everyOrganizationAndToolNamesItsSource() {
        assertFalse(TestDocs.ask(GENERATED, """
                ASK { ?o a ?c . VALUES ?c { untoc:Organization untoc:Tool } FILTER NOT EXISTS { ?o dcterms:source ?s } }"""));
        assertTrue(TestDocs.ask(GENERATED, "ASK { id:tool/sherloc a untoc:Tool; rdfs:label \"Sharing Electronic Resources and Laws on Crime\"@en }"));
    }
}
