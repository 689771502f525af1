package org.untoc.kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.structure.DocumentIdentity;
import org.untoc.kg.structure.DocumentKind;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.structure.ParsedFile;
import org.untoc.kg.structure.TextShape;
import org.untoc.kg.vocab.Untoc;

class DefaultDocumentPipelineTest {
    private static final Path FILE = Path.of("/tmp/corpus/x.txt");
    private static final ParsedDocument DOC = new ParsedDocument(FILE, "ab".repeat(32), TextShape.PLAIN,
            DocumentKind.RESOLUTION, new DocumentIdentity("cop", "resolution", "11/1", List.of(), "T", null, null, 1),
            List.of(), java.util.Map.of());

    @Test
    void parsesInProcessAndRunsEveryExtractorInOrderWhenEmitting() throws Exception {
        List<String> ran = new ArrayList<>();
        Extractor first = (doc, out) -> ran.add("first");
        Extractor second = (doc, out) -> {
            ran.add("second");
            out.triple(Triple.create(NodeFactory.createURI("urn:s"), Untoc.cites, NodeFactory.createURI("urn:o")));
        };
        DocumentGraph graph = new DefaultDocumentPipeline(
                file -> new ParsedFile(FILE, DOC.sha256(), List.of(DOC), List.of(), java.util.Map.of()),
                List.of(first, second)).process(FILE);
        assertEquals("https://w3id.org/untoc/graph/cop/resolution/11/1", graph.graphIri());
        assertEquals("resolution 11/1", graph.label());
        assertTrue(ran.isEmpty(), "nothing is extracted before emit");
        Graph g = GraphFactory.createDefaultGraph();
        graph.emit(StreamRDFLib.graph(g));
        assertEquals(List.of("first", "second"), ran);
        // The extractors' triple, and the graph's provenance, which the pipeline states once per file.
        assertEquals(2, g.size());
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/untoc/graph/cop/resolution/11/1"),
                org.untoc.kg.rdf.Terms.WAS_DERIVED_FROM, NodeFactory.createURI("https://w3id.org/untoc/id/source/" + DOC.sha256())));
        assertEquals("https://w3id.org/untoc/ontology#", g.getPrefixMapping().getNsPrefixURI("untoc"));
    }

    @Test
    void theSameFileAlwaysGivesTheSameTriples() throws Exception {
        DocumentPipeline pipeline = CorpusGraphs.pipeline();
        Path file = CorpusGraphs.corpus().get(0);
        Graph a = GraphFactory.createDefaultGraph();
        Graph b = GraphFactory.createDefaultGraph();
        pipeline.process(file).emit(StreamRDFLib.graph(a));
        pipeline.process(file).emit(StreamRDFLib.graph(b));
        assertTrue(a.size() > 100);
        assertEquals(a.size(), b.size());
        a.find().forEachRemaining(t -> assertTrue(b.contains(t), () -> "missing on the second run: " + t));
        a.find().forEachRemaining(t -> assertTrue(!t.getSubject().isBlank() && !t.getObject().isBlank(), "no blank nodes"));
    }

    @Test
    void aFileThatCannotBeParsedIsReportedByName() {
        DocumentPipeline pipeline = new DefaultDocumentPipeline(
                file -> { throw new DocumentException(file, 7, "no text", null); }, List.of());
        DocumentException e = assertThrows(DocumentException.class, () -> pipeline.process(FILE));
        assertTrue(e.getMessage().startsWith(FILE + ":7"), e.getMessage());
    }
}
