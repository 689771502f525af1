package org.untoc.kg.extract.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.extract.entity.TestDocs;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.ParsedDocument;

/** Invented report and resolution (firearms) carrying the same recommendations under other labels. */
class RecommendationLinkerTest {
    static final String MARK = "States are encouraged to mark firearms at the time of manufacture and import, and to keep "
            + "records of the marking for not less than ten years, in accordance with article 8 of the Firearms Protocol;";
    static final String TRACE = "States are encouraged to respond in a timely manner to requests for tracing of firearms, "
            + "including through the INTERPOL Illicit Arms Records and tracing Management System;";
    static final String TRAIN = "UNODC should continue to provide training to law enforcement officials on the marking and "
            + "record-keeping requirements of the Firearms Protocol, subject to the availability of resources.";

    static ParsedDocument report() {
        return TestDocs.doc()
                .block(BlockType.RECOMMENDATION, "paragraph/2/a", "(a)", null,
                        "States are encouraged to mark firearms at the time of manu facture and import, and to keep records "
                                + "of the marking for not less than ten years, in accordance with article 8 of the Firearms Protocol;")
                .block(BlockType.RECOMMENDATION, "paragraph/2/b", "(b)", null,
                        "States are encouraged to respond in a timely manner to requests for tracing of fire-\narms, "
                                + "including through the INTERPOL Illicit Arms Records and tracing Management System.")
                .block(BlockType.RECOMMENDATION, "paragraph/3/a", "(a)", null,
                        "States should consider establishing a national focal point on firearms trafficking.")
                .report("CTOC/COP/WG.6/2029/4", null);
    }

    static ParsedDocument resolution() {
        return TestDocs.doc()
                .block(BlockType.RECOMMENDATION, "annex/recommendation/1", "1.", null, TRAIN, List.of())
                .block(BlockType.RECOMMENDATION, "annex/recommendation/2", "2.", null, MARK, List.of())
                .block(BlockType.RECOMMENDATION, "annex/recommendation/3", "3.", null, TRACE, List.of())
                .resolution("15/2");
    }

    @Test
    void linksTheSameRecommendationUnderAnotherLabelAndNothingElse() {
        ParsedDocument rep = report();
        ParsedDocument res = resolution();
        List<RecommendationLinker.Link> links = new RecommendationLinker().link(RecommendationLinker.candidates(rep, res));
        String r = DocumentIris.subject(res) + "/annex/recommendation/";
        String p = DocumentIris.subject(rep) + "/paragraph/";
        assertEquals(List.of(r + "2 " + p + "2/a", r + "3 " + p + "2/b"),
                links.stream().map(l -> l.source() + " " + l.target()).sorted().toList());
        assertTrue(links.stream().allMatch(l -> l.score() >= RecommendationLinker.THRESHOLD && l.score() <= 1.0));
    }

    @Test
    void writesEvidenceNodeWithScoreAndMethod() {
        List<RecommendationLinker.Link> links = new RecommendationLinker().link(RecommendationLinker.candidates(report(), resolution()));
        Model m = ModelFactory.createDefaultModel();
        RecommendationLinker.write(links, StreamRDFLib.graph(m.getGraph()));
        assertEquals(List.of("cop/resolution/15/2/annex/recommendation/2 document/CTOC/COP/WG.6/2029/4/paragraph/2/a " + TextSimilarity.METHOD),
                TestDocs.select(m, """
                        SELECT ?s ?t ?method WHERE { ?l a untoc:RecommendationLink; untoc:linkSource ?s; untoc:linkTarget ?t;
                          untoc:similarity ?score; untoc:method ?method . ?s untoc:sameRecommendationAs ?t .
                          ?t untoc:sameRecommendationAs ?s FILTER(?score >= 0.85 && CONTAINS(STR(?t), "2/a")) }"""));
    }

    @Test
    void linksAcrossNamedGraphsOfAStore() {
        Dataset ds = DatasetFactory.createTxnMem();
        for (ParsedDocument d : List.of(report(), resolution())) {
            Model g = TestDocs.run(d, new RecommendationExtractor());
            ds.executeWrite(() -> ds.addNamedModel(DocumentIris.graph(d), g));
        }
        List<RecommendationLinker.Link> links = new RecommendationLinker().linkStore(ds);
        assertEquals(2, links.size());
        ds.executeRead(() -> assertEquals(2, ds.getNamedModel(RecommendationLinker.GRAPH)
                .listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type,
                        ds.getDefaultModel().createResource(org.untoc.kg.vocab.Untoc.RecommendationLink.getURI())).toList().size()));
    }
}
