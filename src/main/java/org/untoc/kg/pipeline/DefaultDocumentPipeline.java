package org.untoc.kg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.extract.DocumentIris;
import org.untoc.kg.extract.Extractor;
import org.untoc.kg.extract.ReferenceExtractor;
import org.untoc.kg.extract.StructureExtractor;
import org.untoc.kg.extract.citation.CitationParser;
import org.untoc.kg.extract.citation.TreatySeries;
import org.untoc.kg.rdf.Prefixes;
import org.untoc.kg.detect.Compilation;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.structure.DocumentIdentity;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.structure.ParsedFile;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

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
        ParsedFile parsed = parser.parseFile(file);
        return new Parsed(parsed, graphOf(parsed), label(parsed), extractors);
    }

    /**
     * The graph a file's triples go to: its document's graph, or — a file of several acts — the graph of the
     * compilation, named by its own symbol when its running headers give one, else by its content.
     */
    static String graphOf(ParsedFile file) {
        if (!file.isCompilation()) return DocumentIris.graph(file.documents().get(0));
        if (!file.symbols().isEmpty()) return Ids.GRAPH + Ids.document(file.symbols().get(0)).substring(Ids.ID.length());
        return Ids.GRAPH + "text/" + file.sha256().substring(0, 16);
    }

    static String label(ParsedFile file) {
        if (!file.isCompilation()) return label(file.documents().get(0));
        return file.documents().stream().map(DefaultDocumentPipeline::label).collect(Collectors.joining(", "));
    }

    /** "resolution 11/1", a symbol, the title, or the file name — whichever the text gives first. */
    static String label(ParsedDocument doc) {
        DocumentIdentity id = doc.identity();
        if (id.actKind() != null && id.actNumber() != null) return id.actKind() + " " + id.actNumber();
        if (!id.symbols().isEmpty()) return String.join("-", id.symbols());
        if (id.title() != null && !id.title().isBlank()) return id.title();
        return doc.source().getFileName().toString();
    }

    private record Parsed(ParsedFile file, String graphIri, String label, List<Extractor> extractors)
            implements DocumentGraph {
        @Override
        public void emit(StreamRDF sink) {
            Prefixes.emit(sink);
            TripleWriter w = new TripleWriter(sink);
            w.iri(graphIri, Terms.WAS_DERIVED_FROM, Ids.ID + "source/" + file.sha256());
            for (ParsedDocument doc : file.documents()) {
                for (Extractor e : extractors) e.extract(doc, sink);
            }
            listedActs(w);
        }

        /** The acts a list of contents names and the file does not hold: their number and title as listed. */
        private void listedActs(TripleWriter w) {
            Set<String> held = new HashSet<>();
            file.documents().forEach(d -> held.add(DocumentIris.subject(d)));
            String bodySegment = file.documents().stream().map(d -> d.identity().body()).filter(b -> b != null)
                    .findFirst().orElse("cop");
            Ids.Body body = null;
            for (Ids.Body b : Ids.Body.values()) if (b.segment.equalsIgnoreCase(bodySegment)) body = b;
            if (body == null) return;
            for (Compilation.ListedAct act : file.contents().values()) {
                String[] n = act.number().split("/");
                Ids.ActKind kind = Ids.ActKind.valueOf(act.kind().toUpperCase(Locale.ROOT));
                String iri = Ids.act(body, kind, n[0], n[1]);
                if (!held.add(iri)) continue;
                w.type(iri, Untoc.Act).type(iri, kind == Ids.ActKind.DECISION ? Untoc.Decision : Untoc.Resolution)
                        .string(iri, Untoc.number, act.number())
                        .text(iri, Terms.TITLE, act.title());
            }
        }
    }
}
