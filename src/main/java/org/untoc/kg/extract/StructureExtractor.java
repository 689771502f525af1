package org.untoc.kg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.DocumentIdentity;
import org.untoc.kg.structure.DocumentKind;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * The document as its text presents itself: the document resource (kind, title, date, symbol, number, issuing
 * body), one resource per block (kind, place, order, label, verb, text, heading), its footnotes, and the source text
 * the graph was derived from.
 *
 * <p>Recommendation blocks are left to the recommendation extractor, which knows what they are.
 */
public final class StructureExtractor implements Extractor {
    @Override
    public void extract(ParsedDocument doc, StreamRDF out) {
        TripleWriter w = new TripleWriter(out);
        String subject = DocumentIris.subject(doc);
        document(doc, subject, w);
        source(doc, subject, w);
        blocks(doc, subject, w);
        footnotes(doc, subject, w);
    }

    private void document(ParsedDocument doc, String subject, TripleWriter w) {
        for (Node type : documentTypes(doc)) w.type(subject, type);
        DocumentIdentity id = doc.identity();
        w.text(subject, Terms.TITLE, id.title());
        // The date a text carries for itself is its issue ("Distr.: General 8 January 2001"); an act's date is the
        // day it was adopted, as its own text states it (the line over it, the meeting line at its foot) and as
        // citations state it ("resolution 55/25 of 15 November 2000"): never its issue date.
        boolean act = doc.kind() == DocumentKind.RESOLUTION || doc.kind() == DocumentKind.DECISION;
        w.date(subject, Terms.DATE, act ? id.adopted() : id.date());
        w.symbols(subject, id.symbols());
        w.string(subject, Untoc.number, id.actNumber());
        if (id.actNumber() != null && id.body() != null) {
            String body = id.body().toLowerCase(Locale.ROOT);
            w.iri(subject, Untoc.issuedBy, body.equals("cop") ? Ids.conference() : Ids.ID + body);
            String session = id.actNumber().split("/")[0];
            if (body.equals("cop") && session.matches("\\d{1,4}")) {
                w.iri(subject, Untoc.session, Ids.copSession(Integer.parseInt(session)));
            }
        }
    }

    private static List<Node> documentTypes(ParsedDocument doc) {
        return switch (doc.kind()) {
            case RESOLUTION -> List.of(Untoc.Resolution, Untoc.Act);
            case DECISION -> List.of(Untoc.Decision, Untoc.Act);
            case WORKING_GROUP_REPORT -> List.of(Untoc.Report, Untoc.Document);
            case SECRETARIAT_PAPER -> saysBackgroundPaper(doc) ? List.of(Untoc.BackgroundPaper, Untoc.Document)
                    : List.of(Untoc.Document);
            case OTHER -> List.of(Untoc.Document);
        };
    }

    /** Secretariat papers name their own genre near the top ("Background paper prepared by the Secretariat"). */
    private static boolean saysBackgroundPaper(ParsedDocument doc) {
        return doc.blocks().stream().limit(12)
                .anyMatch(b -> b.text() != null && b.text().strip().toLowerCase(Locale.ROOT).startsWith("background paper"));
    }

    private void source(ParsedDocument doc, String subject, TripleWriter w) {
        String source = DocumentIris.sourceText(doc);
        // The graph's own provenance (prov:wasDerivedFrom the source) is the pipeline's: one file, one graph,
        // however many acts it holds.
        w.type(source, Untoc.SourceText)
                .string(source, Untoc.sourceFile, doc.source().getFileName().toString())
                .string(source, Untoc.sha256, doc.sha256())
                .iri(source, Untoc.textOf, subject);
    }

    private void blocks(ParsedDocument doc, String subject, TripleWriter w) {
        // Clauses follow the "The Conference …," line but are not part of it, so it encloses nothing.
        Set<String> paths = new HashSet<>();
        for (Block b : doc.blocks()) {
            if (b.path() != null && b.type() != BlockType.PREAMBLE_INTRO && b.type() != BlockType.TITLE) paths.add(b.path());
        }
        String annex = null;
        int order = 0;
        for (Block b : doc.blocks()) {
            order++;
            if (b.type() == BlockType.ANNEX_HEADING) annex = DocumentIris.block(doc, b);
            if (b.type() == BlockType.TITLE || b.type() == BlockType.RECOMMENDATION) continue;
            String iri = DocumentIris.block(doc, b);
            for (Node type : blockTypes(b.type())) w.type(iri, type);
            w.iri(iri, Untoc.partOf, parent(doc, b, paths, annex, subject))
                    .integer(iri, Untoc.order, order)
                    .string(iri, Untoc.label, b.label())
                    .text(iri, Untoc.verb, b.verb())
                    .text(iri, Untoc.text, b.text());
            if (!b.headings().isEmpty()) w.text(iri, Untoc.heading, b.headings().get(b.headings().size() - 1));
        }
    }

    private static List<Node> blockTypes(BlockType type) {
        return switch (type) {
            case PREAMBULAR_CLAUSE -> List.of(Untoc.PreambularClause, Untoc.Clause);
            case OPERATIVE_PARAGRAPH -> List.of(Untoc.OperativeClause, Untoc.Clause);
            case ANNEX_HEADING -> List.of(Untoc.Annex);
            case HEADING -> List.of(Untoc.Section);
            default -> List.of(Untoc.Paragraph);
        };
    }

    /** The enclosing block by path ("paragraph/2/a" is part of "paragraph/2"), else the annex it follows, else the document. */
    private static String parent(ParsedDocument doc, Block b, Set<String> paths, String annex, String subject) {
        if (b.path() != null) {
            String p = b.path();
            int cut;
            while ((cut = p.lastIndexOf('/')) > 0) {
                p = p.substring(0, cut);
                if (paths.contains(p)) return subject + "/" + p;
            }
        }
        if (b.type() == BlockType.ANNEX_HEADING || annex == null) return subject;
        return annex;
    }

    private void footnotes(ParsedDocument doc, String subject, TripleWriter w) {
        for (Footnote f : doc.footnotes().values()) {
            String iri = DocumentIris.footnote(doc, f.marker());
            w.type(iri, Untoc.Footnote).iri(iri, Untoc.partOf, subject).string(iri, Untoc.label, f.marker())
                    .text(iri, Untoc.text, f.text());
        }
        for (Block b : doc.blocks()) {
            if (b.type() == BlockType.TITLE) continue;
            for (String marker : b.footnotes()) {
                if (doc.footnotes().containsKey(marker)) {
                    w.iri(DocumentIris.block(doc, b), Untoc.hasFootnote, DocumentIris.footnote(doc, marker));
                }
            }
        }
    }
}
