package org.untoc.kg.extract.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.DocumentIdentity;
import org.untoc.kg.structure.DocumentKind;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.structure.TextShape;

/** Hand-built parsed documents and a SPARQL view of what extractors write, for unit tests. */
public final class TestDocs {
    public static final String PREFIXES = """
            PREFIX untoc: <https://w3id.org/untoc/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/untoc/id/>
            """;

    private TestDocs() {}

    /** Collects blocks in reading order. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private final Map<String, Footnote> footnotes = new LinkedHashMap<>();
        private final List<String> headings = new ArrayList<>();

        public Builder heading(String text) {
            headings.clear();
            headings.add(text);
            blocks.add(new Block(BlockType.HEADING, "heading/" + (blocks.size() + 1), null, null, text, List.of(), blocks.size() + 1, List.of()));
            return this;
        }

        public Builder block(BlockType type, String path, String label, String verb, String text, String... footnoteMarkers) {
            blocks.add(new Block(type, path, label, verb, text, List.of(footnoteMarkers), blocks.size() + 1, List.copyOf(headings)));
            return this;
        }

        public Builder block(BlockType type, String path, String label, String verb, String text, List<String> headings) {
            blocks.add(new Block(type, path, label, verb, text, List.of(), blocks.size() + 1, headings));
            return this;
        }

        public Builder para(int n, String text) {
            return block(BlockType.PARAGRAPH, "paragraph/" + n, n + ".", null, text);
        }

        public Builder sub(int n, String letter, String text) {
            return block(BlockType.SUBPARAGRAPH, "paragraph/" + n + "/" + letter, "(" + letter + ")", null, text);
        }

        public Builder text(String text) {
            return block(BlockType.TEXT, null, null, null, text);
        }

        public Builder footnote(String marker, String text) {
            footnotes.put(marker, new Footnote(marker, text, blocks.size() + 1));
            return this;
        }

        public ParsedDocument report(String symbol, String title) {
            return new ParsedDocument(Path.of("test-" + symbol.replace('/', '_') + ".txt"), "0".repeat(64), TextShape.PDF_EXTRACT,
                    DocumentKind.WORKING_GROUP_REPORT, new DocumentIdentity(null, null, null, List.of(symbol), title, null, null, 1),
                    blocks, footnotes);
        }

        public ParsedDocument resolution(String number) {
            return new ParsedDocument(Path.of("test-resolution-" + number.replace('/', '-') + ".txt"), "1".repeat(64), TextShape.MARKDOWN,
                    DocumentKind.RESOLUTION, new DocumentIdentity("cop", "resolution", number, List.of(), null, null, null, 1),
                    blocks, footnotes);
        }
    }

    public static Builder doc() {
        return new Builder();
    }

    /** Runs the extractors on {@code doc} into a fresh graph. */
    public static Model run(ParsedDocument doc, Extractor... extractors) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Extractor e : extractors) e.extract(doc, StreamRDFLib.graph(g));
        return ModelFactory.createModelForGraph(g);
    }

    /** SELECT results as rows of "v1 v2 …" with IRIs shortened after id/ and literals by lexical form, sorted. */
    public static List<String> select(Model m, String query) {
        List<String> rows = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(PREFIXES + expand(query), m)) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : vars) {
                    var n = s.get(v);
                    if (n == null) cells.add("-");
                    else if (n.isURIResource()) cells.add(n.asResource().getURI()
                            .replace("https://w3id.org/untoc/id/", "").replace("https://w3id.org/untoc/ontology#", "untoc:"));
                    else if (n.isLiteral()) cells.add(n.asLiteral().getLexicalForm());
                    else cells.add("_");
                }
                rows.add(String.join(" ", cells));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** "id:cop/working-group/x" → full IRI (SPARQL prefixed names cannot hold slashes). */
    static String expand(String q) {
        return q.replaceAll("(?<![\\w])id:([\\w/.\\-]*[\\w/])", "<https://w3id.org/untoc/id/$1>");
    }

    public static boolean ask(Model m, String query) {
        try (var qe = QueryExecutionFactory.create(PREFIXES + expand(query), m)) {
            return qe.execAsk();
        }
    }
}
