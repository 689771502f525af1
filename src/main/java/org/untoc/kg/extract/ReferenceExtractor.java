package org.untoc.kg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;
import org.untoc.kg.extract.citation.Citation;
import org.untoc.kg.extract.citation.CitationContext;
import org.untoc.kg.extract.citation.CitationParser;
import org.untoc.kg.extract.citation.Sentences;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.Footnote;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.vocab.Ids;
import org.untoc.kg.vocab.Untoc;

/**
 * Every citation in a document — in each block's text and in the footnotes its markers point to — as triples from
 * the document and from the block, plus one qualified {@code untoc:Reference} node per citation that says where it
 * was written, what it says, and whether it could be resolved.
 *
 * <p>Only citations in a clause's own first sentence take the clause's verb (recalls, reaffirms…); those in an
 * "in which …" sub-clause, a quoted title or a footnote are plain citations.
 */
public final class ReferenceExtractor implements Extractor {
    private static final Pattern IBID = Pattern.compile("^\\W*Ibid\\.?[\\s,*]*(.*?)[.\\s]*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern ACT_IRI = Pattern.compile(
            Pattern.quote(Ids.ID) + "([a-z]+)/(decision|resolution)/([^/]+)/([^/]+)");

    private final CitationParser parser;

    public ReferenceExtractor(CitationParser parser) {
        this.parser = parser;
    }

    @Override
    public void extract(ParsedDocument doc, StreamRDF out) {
        TripleWriter w = new TripleWriter(out);
        String subject = DocumentIris.subject(doc);
        Set<String> own = new HashSet<>();
        own.add(subject);
        doc.identity().symbols().forEach(s -> own.add(Ids.document(s)));
        // Its own act symbol ("A/RES/62/175" in its header) is read as the act it is the symbol of.
        doc.identity().symbols().forEach(s -> { if (CitationParser.actOfSymbol(s) != null) own.add(CitationParser.actOfSymbol(s)); });
        CitationContext context = DocumentContext.of(doc);
        Map<String, List<Citation>> footnotes = footnoteCitations(doc, context);
        String running = null;
        for (Block block : doc.blocks()) {
            // The title has no resource of its own (it is the document's dcterms:title): its citations are the
            // document's.
            String blockIri = block.type() == BlockType.TITLE ? subject : DocumentIris.block(doc, block);
            Node verbRelation = clauseRelation(block);
            int n = 0;
            List<Sentences.Sentence> sentences = Sentences.split(block.text() == null ? "" : block.text());
            for (int i = 0; i < sentences.size(); i++) {
                CitationParser.Result result = parser.parse(sentences.get(i).text(), context.running(running));
                if (result.lastInstrument() != null) running = result.lastInstrument();
                for (Citation c : result.citations()) {
                    if (c.resolved() && own.contains(c.target())) continue;
                    write(w, subject, blockIri, ++n, c, i == 0 ? relationOf(c, verbRelation) : Untoc.cites);
                }
            }
            for (String marker : block.footnotes()) {
                for (Citation c : footnotes.getOrDefault(marker, List.of())) {
                    if (c.resolved() && own.contains(c.target())) continue;
                    write(w, subject, blockIri, ++n, c, Untoc.cites);
                }
            }
        }
    }

    /** Clause verbs type citations only in preambular and operative clauses. */
    private static Node clauseRelation(Block block) {
        if (block.type() != BlockType.PREAMBULAR_CLAUSE && block.type() != BlockType.OPERATIVE_PARAGRAPH) {
            return Untoc.cites;
        }
        return ClauseRelation.of(block.verb());
    }

    /** The clause's verb applies to the acts and documents of its own statement; all else is plainly cited. */
    private static Node relationOf(Citation c, Node verbRelation) {
        if (c.nested()) return Untoc.cites;
        if (c.kind() == Citation.Kind.ACT || c.kind() == Citation.Kind.DOCUMENT) return verbRelation;
        return Untoc.cites;
    }

    /** Each footnote's citations, in order; "Ibid." repeats the previous footnote's, with its own pinpoint if any. */
    private Map<String, List<Citation>> footnoteCitations(ParsedDocument doc, CitationContext context) {
        Map<String, List<Citation>> byMarker = new LinkedHashMap<>();
        List<Citation> previous = List.of();
        for (Footnote f : doc.footnotes().values()) {
            String text = f.text() == null ? "" : f.text().strip();
            List<Citation> found = new ArrayList<>();
            for (Sentences.Sentence s : Sentences.split(text)) found.addAll(parser.parse(s.text(), context).citations());
            Matcher ibid = IBID.matcher(text);
            if (found.isEmpty() && ibid.matches()) {
                String pin = ibid.group(1).isBlank() ? null : ibid.group(1).strip();
                for (Citation p : previous) {
                    found.add(new Citation(p.kind(), 0, text.length(), text, p.target(), p.alsoCites(), null, null,
                            p.kind() == Citation.Kind.DOCUMENT && pin != null ? pin : p.pinpoint(), true));
                }
            }
            byMarker.put(f.marker(), found);
            if (!found.isEmpty()) previous = found;
        }
        return byMarker;
    }

    private static void write(TripleWriter w, String subject, String blockIri, int n, Citation c, Node relation) {
        String ref = blockIri + "/ref/" + n;
        Node recorded = c.kind() == Citation.Kind.PROVISION ? Untoc.citesProvision : relation;
        w.type(ref, Untoc.Reference)
                .iri(ref, Untoc.inParagraph, blockIri)
                .text(ref, Untoc.referenceText, c.text())
                .node(ref, Untoc.relation, recorded)
                .string(ref, Untoc.resolutionStatus, c.resolved() ? "resolved" : "unresolved")
                .date(ref, Untoc.statedDate, c.statedDate())
                .text(ref, Untoc.statedTitle, c.statedTitle())
                .string(ref, Untoc.pinpoint, c.pinpoint());
        if (!c.resolved()) return;
        w.iri(ref, Untoc.target, c.target());
        for (String from : List.of(subject, blockIri)) {
            switch (c.kind()) {
                case PROVISION -> {
                    w.iri(from, Untoc.citesProvision, c.target()).iri(from, Untoc.cites, c.target());
                    for (String broader : c.alsoCites()) {
                        w.iri(from, Untoc.citesProvision, broader).iri(from, Untoc.cites, broader);
                    }
                }
                case DOCUMENT -> {
                    w.iri(from, relation, c.target()).iri(from, Untoc.citesDocument, c.target())
                            .iri(from, Untoc.cites, c.target());
                }
                default -> w.iri(from, relation, c.target()).iri(from, Untoc.cites, c.target());
            }
        }
        if (c.kind() == Citation.Kind.ACT) describeAct(w, c);
        if (c.kind() == Citation.Kind.DOCUMENT) {
            // A symbol is the document's name: what the citation says of it.
            w.type(c.target(), Untoc.Document).symbol(c.target(), c.text());
            if (c.sameAs() != null) w.iri(c.sameAs(), OWL.sameAs.asNode(), c.target());
        }
    }

    /** What the citation itself says of the act: its kind, number and body, and the title and date it gives it. */
    private static void describeAct(TripleWriter w, Citation c) {
        Matcher act = ACT_IRI.matcher(c.target());
        if (act.matches()) {
            w.type(c.target(), act.group(2).equals("decision") ? Untoc.Decision : Untoc.Resolution)
                    .type(c.target(), Untoc.Act)
                    .string(c.target(), Untoc.number, act.group(3) + "/" + act.group(4))
                    .iri(c.target(), Untoc.issuedBy, Ids.ID + act.group(1));
            if (c.text().contains("/RES/")) w.symbol(c.target(), c.text());
        }
        w.text(c.target(), Terms.TITLE, c.statedTitle()).date(c.target(), Terms.DATE, c.statedDate());
    }
}
