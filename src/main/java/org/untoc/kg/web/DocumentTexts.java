package org.untoc.kg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.untoc.kg.vocab.Untoc;

/**
 * Reads a text from the graph in reading order (its parts by {@code untoc:order}) and turns each qualified
 * reference into a link on the words it was read from ({@code untoc:referenceText} within the paragraph's text).
 */
public final class DocumentTexts {
    /** The most specific kind first: a clause is also a paragraph. */
    private static final List<String[]> KINDS = List.of(
            new String[] {"PreambularClause", "preamble"}, new String[] {"OperativeClause", "operative"},
            new String[] {"Recommendation", "recommendation"}, new String[] {"Annex", "annex"},
            new String[] {"Section", "heading"}, new String[] {"Footnote", "footnote"},
            new String[] {"ArticleSubparagraph", "subparagraph"}, new String[] {"ArticleParagraph", "article-paragraph"},
            new String[] {"Article", "article"}, new String[] {"Clause", "clause"}, new String[] {"Paragraph", "paragraph"});

    private final QueryRunner runner;
    private final WebQueries queries;
    private final PublicBase base;

    public DocumentTexts(QueryRunner runner, WebQueries queries, PublicBase base) {
        this.runner = runner;
        this.queries = queries;
        this.base = base;
    }

    /** The text of {@code iri}: its parts, or its own {@code ownText} when it has none (an article without paragraphs). */
    public TextView read(String iri, String ownText) {
        Map<String, String> arg = Map.of("resource", iri);
        Map<String, List<Ref>> refs = references(arg);
        Map<String, Row> rows = new LinkedHashMap<>();
        ResultSetRewindable rs = runner.select(queries.bind("document-parts", arg));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Row row = new Row(s.getResource("part").getURI(), uri(s, "parent"), text(s, "types"), integer(s, "order"),
                    text(s, "label"), text(s, "heading"), text(s, "text"), text(s, "verb"), text(s, "footnotes"));
            rows.put(row.iri, row);
        }
        List<TextView.Part> parts = new ArrayList<>();
        List<TextView.Part> footnotes = new ArrayList<>();
        if (rows.isEmpty()) {
            if (ownText != null) {
                parts.add(part(iri, iri, "paragraph", 0, null, null, ownText, null, refs.getOrDefault(iri, List.of()), List.of()));
            }
            return new TextView(parts, footnotes);
        }
        List<Row> ordered = new ArrayList<>(rows.values());
        // Document order; parts the parser gave no order (footnotes) after, by label then IRI.
        ordered.sort(Comparator.comparing((Row r) -> r.order == null ? Integer.MAX_VALUE : r.order)
                .thenComparing(r -> naturalKey(r.label)).thenComparing(r -> r.iri));
        for (Row r : ordered) {
            String kind = kind(r.types);
            List<Link> notes = new ArrayList<>();
            if (r.footnotes != null && !r.footnotes.isBlank()) {
                for (String fn : r.footnotes.split(" ")) {
                    Row note = rows.get(fn);
                    notes.add(new Link(fn, "#" + anchor(iri, fn), note != null && note.label != null ? note.label : "note", null, false));
                }
            }
            TextView.Part p = part(iri, r.iri, kind, depth(r, iri, rows), r.label, r.heading, r.text, r.verb,
                    refs.getOrDefault(r.iri, List.of()), notes);
            (kind.equals("footnote") ? footnotes : parts).add(p);
        }
        return new TextView(parts, footnotes);
    }

    private TextView.Part part(String root, String iri, String kind, int depth, String label, String heading, String text,
                               String verb, List<Ref> refs, List<Link> notes) {
        List<TextView.Segment> segments = new ArrayList<>();
        List<Link> unplaced = new ArrayList<>();
        if (text != null) {
            place(text, verb, refs, segments, unplaced);
        } else {
            refs.forEach(r -> addOnce(unplaced, r.link));
        }
        return new TextView.Part(iri, anchor(root, iri), kind, depth, label, heading, segments, unplaced, notes);
    }

    /** Splits {@code text} into plain runs and links, each reference on the first free occurrence of its words. */
    static void place(String text, String verb, List<Ref> refs, List<TextView.Segment> out, List<Link> unplaced) {
        record Span(int start, int end, Link link) {}
        List<Span> spans = new ArrayList<>();
        // Longer wordings first, so "its decision 3/2 of 18 October 2006" wins over a bare "decision 3/2".
        List<Ref> byLength = new ArrayList<>(refs);
        byLength.sort(Comparator.comparingInt((Ref r) -> r.text == null ? 0 : -r.text.length()));
        for (Ref r : byLength) {
            int at = -1;
            if (r.text != null && !r.text.isBlank()) {
                int from = 0;
                while ((at = text.indexOf(r.text, from)) >= 0) {
                    int start = at;
                    int end = at + r.text.length();
                    if (spans.stream().noneMatch(s -> start < s.end && s.start < end)) {
                        break;
                    }
                    from = at + 1;
                }
            }
            if (at >= 0) {
                spans.add(new Span(at, at + r.text.length(), r.link));
            } else {
                addOnce(unplaced, r.link);
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        int pos = 0;
        // The verb as written is set off where the clause begins with it ("Reaffirming its decision…").
        if (verb != null && text.startsWith(verb) && (spans.isEmpty() || spans.get(0).start >= verb.length())) {
            out.add(new TextView.Segment(verb, null, "verb"));
            pos = verb.length();
        }
        for (Span s : spans) {
            if (s.start > pos) {
                out.add(TextView.Segment.plain(text.substring(pos, s.start)));
            }
            out.add(new TextView.Segment(text.substring(s.start, s.end), s.link, null));
            pos = s.end;
        }
        if (pos < text.length()) {
            out.add(TextView.Segment.plain(text.substring(pos)));
        }
    }

    /**
     * Adds a link to the references listed after a part unless its target is listed already: a paragraph may cite
     * one target in several references (different words, or none), and the list names targets, not references.
     */
    private static void addOnce(List<Link> unplaced, Link link) {
        if (unplaced.stream().noneMatch(l -> l.iri().equals(link.iri()))) {
            unplaced.add(link);
        }
    }

    /** A qualified reference: its words as written and the link to its target. */
    record Ref(String text, Link link) {}

    private Map<String, List<Ref>> references(Map<String, String> arg) {
        Map<String, List<Ref>> out = new HashMap<>();
        ResultSetRewindable rs = runner.select(queries.bind("document-references", arg));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String target = uri(s, "target");
            if (target == null) {
                continue;
            }
            Link link = Link.to(target, text(s, "targetLabel"), text(s, "targetDate"), text(s, "targetTitle"), base);
            out.computeIfAbsent(s.getResource("paragraph").getURI(), k -> new ArrayList<>()).add(new Ref(text(s, "referenceText"), link));
        }
        return out;
    }

    /** The anchor of a part: its IRI under the text's, slashes as hyphens ({@code #operative-2}). */
    static String anchor(String root, String part) {
        String tail = part.startsWith(root + "/") ? part.substring(root.length() + 1) : Labels.localName(part);
        return tail.isEmpty() ? "text" : tail.replaceAll("[^A-Za-z0-9_.-]+", "-");
    }

    private static int depth(Row r, String root, Map<String, Row> rows) {
        int depth = 0;
        Row at = r;
        while (at != null && at.parent != null && !at.parent.equals(root) && depth < 20) {
            depth++;
            at = rows.get(at.parent);
        }
        return depth;
    }

    private static String kind(String types) {
        if (types != null) {
            for (String[] k : KINDS) {
                if ((" " + types + " ").contains(" " + Untoc.NS + k[0] + " ")) {
                    return k[1];
                }
            }
        }
        return "paragraph";
    }

    /** Labels like "2", "10", "(b)" sort as numbers where they are numbers. */
    private static String naturalKey(String label) {
        if (label == null) {
            return "";
        }
        String digits = label.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? label : String.format("%08d", Long.parseLong(digits.length() > 12 ? digits.substring(0, 12) : digits));
    }

    private record Row(String iri, String parent, String types, Integer order, String label, String heading, String text,
                       String verb, String footnotes) {}

    static String uri(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }

    private static Integer integer(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return Integer.valueOf(n.asLiteral().getLexicalForm().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
