package org.untoc.kg.extract.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.extract.entity.TestDocs;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.store.Tdb2Store;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Untoc;

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
    void copiesOfOneTextInManyDocumentsLinkToOneRepresentativeNotEachPair() {
        // One near copy (a word changed) must still join the group.
        List<RecommendationLinker.Candidate> copies = copiesAndANearCopy(50);
        List<RecommendationLinker.Link> links = new RecommendationLinker().link(copies);
        assertEquals(50, links.size(), "49 copies to the representative, and the near copy to it");
        assertTrue(links.stream().allMatch(l -> l.source().equals("urn:doc0/rec") || l.target().equals("urn:doc0/rec")));
    }

    @Test
    void identicalCopiesShareOneEvidenceNodeAndANearCopyHasItsOwn() {
        List<RecommendationLinker.Candidate> copies = copiesAndANearCopy(5);
        Model m = ModelFactory.createDefaultModel();
        RecommendationLinker.write(new RecommendationLinker().link(copies), StreamRDFLib.graph(m.getGraph()));
        assertEquals(List.of("urn:doc0/rec 0.9 1", "urn:doc0/rec 1.0 4"), TestDocs.select(m, """
                SELECT ?s (STR(ROUND(?score * 10) / 10) AS ?rounded) (COUNT(?t) AS ?targets) WHERE {
                  ?l a untoc:RecommendationLink; untoc:linkSource ?s; untoc:linkTarget ?t; untoc:similarity ?score;
                     untoc:method ?method }
                GROUP BY ?l ?s ?score"""));
        for (RecommendationLinker.Candidate c : copies.subList(1, copies.size())) {
            assertTrue(m.getGraph().contains(NodeFactory.createURI(c.iri()), Untoc.sameRecommendationAs,
                    NodeFactory.createURI("urn:doc0/rec")), c.iri());
        }
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
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            for (ParsedDocument d : List.of(report(), resolution())) {
                Model g = TestDocs.run(d, new RecommendationExtractor());
                store.replaceGraph(DocumentIris.graph(d), sink -> g.getGraph().find().forEachRemaining(sink::triple));
            }
            RecommendationLinker linker = new RecommendationLinker();
            var writer = linker.compute(store);
            store.replaceGraph(linker.graphIri(), writer);
            assertEquals(2, linker.link(RecommendationLinker.candidates(store)).size());
            long evidence = store.query(QueryFactory.create("SELECT (COUNT(?l) AS ?n) { GRAPH <" + RecommendationLinker.GRAPH
                    + "> { ?l a <" + Untoc.RecommendationLink.getURI() + "> } }"), Duration.ofSeconds(30),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            assertEquals(2, evidence);
        }
    }

    /** {@code n} documents printing TRAIN word for word, then one printing it with a word changed. */
    private static List<RecommendationLinker.Candidate> copiesAndANearCopy(int n) {
        List<RecommendationLinker.Candidate> copies = new java.util.ArrayList<>();
        for (int d = 0; d < n; d++) {
            copies.add(new RecommendationLinker.Candidate("urn:doc" + d + "/rec", "urn:doc" + d, TRAIN));
        }
        copies.add(new RecommendationLinker.Candidate("urn:near/rec", "urn:near", TRAIN.replace("training", "trainings")));
        return copies;
    }
}
