package org.untoc.kg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.extract.ReferenceExtractor;
import org.untoc.kg.extract.StructureExtractor;
import org.untoc.kg.extract.citation.CitationParser;
import org.untoc.kg.extract.citation.TreatySeries;
import org.untoc.kg.rdf.Prefixes;
import org.untoc.kg.structure.DocumentIdentity;
import org.untoc.kg.structure.DocumentParser;
import org.untoc.kg.structure.ParsedDocument;

/**
 * Parses a file completely, then lets each extractor stream its aspect of the document; the same file always gives
 * the same triples (extractors mint IRIs, never blank nodes).
 */
public final class DefaultDocumentPipeline implements DocumentPipeline {
    private final DocumentParser parser;
    private final List<Extractor> extractors;

    public DefaultDocumentPipeline(DocumentParser parser, List<Extractor> extractors) {
        this.parser = parser;
        this.extractors = List.copyOf(extractors);
    }

    /** The extractors of this package — structure and references — followed by {@code more}. */
    public static List<Extractor> coreExtractorsAnd(List<Extractor> more) {
        List<Extractor> all = new ArrayList<>();
        all.add(new StructureExtractor());
        all.add(new ReferenceExtractor(new CitationParser(TreatySeries.load())));
        all.addAll(more);
        return all;
    }

    @Override
    public DocumentGraph process(Path file) throws DocumentException {
        ParsedDocument doc = parser.parse(file);
        return new Parsed(doc, DocumentIris.graph(doc), label(doc), extractors);
    }

    /** "resolution 11/1", a symbol, the title, or the file name — whichever the text gives first. */
    static String label(ParsedDocument doc) {
        DocumentIdentity id = doc.identity();
        if (id.actKind() != null && id.actNumber() != null) return id.actKind() + " " + id.actNumber();
        if (!id.symbols().isEmpty()) return String.join("-", id.symbols());
        if (id.title() != null && !id.title().isBlank()) return id.title();
        return doc.source().getFileName().toString();
    }

    private record Parsed(ParsedDocument doc, String graphIri, String label, List<Extractor> extractors)
            implements DocumentGraph {
        @Override
        public void emit(StreamRDF sink) {
            Prefixes.emit(sink);
            for (Extractor e : extractors) e.extract(doc, sink);
        }
    }
}
