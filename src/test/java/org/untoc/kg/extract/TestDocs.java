package org.untoc.kg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.DocumentIdentity;
import org.untoc.kg.structure.DocumentKind;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.structure.TextShape;
import org.untoc.kg.vocab.Ids;

/** Hand-built parsed documents for unit tests, so extraction is tested without the parser. */
final class TestDocs {
    static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private final DocumentKind kind;
    private final DocumentIdentity identity;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Footnote> footnotes = new LinkedHashMap<>();

    private TestDocs(DocumentKind kind, DocumentIdentity identity) {
        this.kind = kind;
        this.identity = identity;
    }

    /** A Conference resolution, e.g. resolution("9/9", "Title"). */
    static TestDocs resolution(String number, String title) {
        return new TestDocs(DocumentKind.RESOLUTION,
                new DocumentIdentity("cop", "resolution", number, List.of(), title, null, null, 1));
    }

    /** A working-group report with its symbol. */
    static TestDocs report(String symbol) {
        return new TestDocs(DocumentKind.WORKING_GROUP_REPORT,
                new DocumentIdentity(null, null, null, List.of(symbol), "Report", "2021-04-01", null, 1));
    }

    /** A text that says nothing about who it is. */
    static TestDocs anonymous() {
        return new TestDocs(DocumentKind.OTHER, new DocumentIdentity(null, null, null, List.of(), null, null, null, 0));
    }

    TestDocs block(BlockType type, String path, String label, String verb, String text, String... footnoteMarkers) {
        blocks.add(new Block(type, path, label, verb, text, List.of(footnoteMarkers), blocks.size() + 1, List.of()));
        return this;
    }

    TestDocs blockUnder(BlockType type, String path, String label, String text, String heading) {
        blocks.add(new Block(type, path, label, null, text, List.of(), blocks.size() + 1, List.of(heading)));
        return this;
    }

    TestDocs footnote(String marker, String text) {
        footnotes.put(marker, new Footnote(marker, text, 100 + footnotes.size()));
        return this;
    }

    ParsedDocument build() {
        return new ParsedDocument(Path.of("/tmp/corpus/test-doc.txt"), SHA, TextShape.PLAIN, kind, identity, blocks,
                footnotes);
    }

    static Graph run(Extractor extractor, ParsedDocument doc) {
        Graph g = GraphFactory.createDefaultGraph();
        extractor.extract(doc, StreamRDFLib.graph(g));
        return g;
    }

    static Node id(String path) {
        return NodeFactory.createURI(Ids.ID + path);
    }
}
