package org.untoc.kg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.untoc.kg.extract.recommendation.MeetingAndRecommendationExtractors;
import org.untoc.kg.pipeline.DefaultDocumentPipeline;
import org.untoc.kg.pipeline.DefaultDocumentParser;

/** A joint report of two working groups (own fixture in the style of CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4). */
class JointReportTest {
    static final Path JOINT = Path.of("src/test/resources/entities/docs/wg2-wg3-joint-report-2030.txt");
    static final String M = "id:cop/working-group/technical-assistance/meeting/2030-06-10";

    static Model graph() throws Exception {
        var pipeline = new DefaultDocumentPipeline(new DefaultDocumentParser(),
                DefaultDocumentPipeline.coreExtractorsAnd(MeetingAndRecommendationExtractors.all()));
        Model m = ModelFactory.createDefaultModel();
        pipeline.process(JOINT).emit(StreamRDFLib.graph(m.getGraph()));
        return m;
    }

    @Test
    void oneMeetingOfBothGroupsReportedInADocumentWithBothSymbols() throws Exception {
        Model g = graph();
        assertEquals(List.of("cop/working-group/international-cooperation", "cop/working-group/technical-assistance"),
                TestDocs.select(g, "SELECT ?b WHERE { " + M + " untoc:meetingOf ?b }"));
        assertEquals(List.of("CTOC/COP/WG.2/2030/4", "CTOC/COP/WG.3/2030/4"),
                TestDocs.select(g, "SELECT ?s WHERE { " + M + " untoc:reportedIn ?d . ?d untoc:symbol ?s }"));
        assertEquals(List.of("2030-06-10 2030-06-10"),
                TestDocs.select(g, "SELECT ?a ?b WHERE { " + M + " untoc:startDate ?a ; untoc:endDate ?b }"));
    }

    @Test
    void recommendationsAreAdoptedByTheJointMeeting() throws Exception {
        assertEquals(List.of("(a)", "(b)"), TestDocs.select(graph(),
                "SELECT ?l WHERE { ?r a untoc:Recommendation ; untoc:label ?l ; untoc:adoptedAt " + M + " }"));
    }

    /** "The Working Groups had before them": a joint document is one document (first symbol's IRI) with both symbols. */
    @Test
    void documentsBeforeTheJointMeetingWithBothSymbols() throws Exception {
        assertEquals(List.of("document/CTOC/COP/WG.2/2030/3 CTOC/COP/WG.2/2030/3", "document/CTOC/COP/WG.2/2030/3 CTOC/COP/WG.3/2030/3",
                        "document/CTOC/COP/WG.2/2030/5 CTOC/COP/WG.2/2030/5", "document/CTOC/COP/WG.2/2030/5 CTOC/COP/WG.3/2030/5"),
                TestDocs.select(graph(), "SELECT ?d ?s WHERE { " + M + " untoc:hadBefore ?d . ?d untoc:symbol ?s }"));
    }
}
