package org.untoc.kg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;

/**
 * Who cites a text and what it cites, at the level of whole texts, grouped by verb. Built on the qualified
 * references (the paragraph each citation was read from, quoted) and completed by the work-level relations no
 * reference carries, so the page reads the same whether {@code untoc:recalls} links clauses or works only.
 */
public final class Citations {
    private final QueryRunner runner;
    private final WebQueries queries;
    private final PublicBase base;

    public Citations(QueryRunner runner, WebQueries queries, PublicBase base) {
        this.runner = runner;
        this.queries = queries;
        this.base = base;
    }

    /** A verb's entries: "recalled by" 7/4, 11/1. */
    public record Group(String relation, String heading, List<Entry> entries) {}

    /** A whole text, with the paragraphs quoted (cited by) or the parts of it cited (cites). */
    public record Entry(Link work, String date, List<Quote> quotes, List<Link> parts) {
        /** The date as a reader writes it ("18 October 2006"). */
        public String humanDate() {
            return HumanDates.of(date);
        }
    }

    /** A citing paragraph, its text with the words of the reference marked. */
    public record Quote(Link paragraph, List<TextView.Segment> segments) {}

    /** Both directions of one text, and how often it is cited per year (or session, where no date is known). */
    public record View(List<Group> citedBy, List<Group> cites, List<Bar> perPeriod) {
        public boolean isEmpty() {
            return citedBy.isEmpty() && cites.isEmpty();
        }
    }

    /** A bar of the invocations chart: a year or session, the citing paragraphs in it, its share of the longest bar. */
    public record Bar(String period, long count, int percent) {}

    public View of(String iri) {
        Map<String, String> arg = Map.of("resource", iri);
        // relation -> work -> builder
        Map<String, Map<String, Builder>> in = new TreeMap<>(Comparator.comparingInt(Relations::rank).thenComparing(k -> k));
        ResultSetRewindable rs = runner.select(queries.bind("cited-by", arg));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String relation = relation(DocumentTexts.uri(s, "relation"));
            String citing = s.getResource("citing").getURI();
            Builder b = in.computeIfAbsent(relation, k -> new LinkedHashMap<>()).computeIfAbsent(citing,
                    k -> new Builder(Link.to(citing, DocumentTexts.text(s, "citingLabel"), DocumentTexts.text(s, "citingDate"),
                            DocumentTexts.text(s, "citingTitle"), base), DocumentTexts.text(s, "citingDate")));
            String paragraph = s.getResource("paragraph").getURI();
            if (b.quoted.add(paragraph)) {
                List<TextView.Segment> segments = new ArrayList<>();
                String text = DocumentTexts.text(s, "paragraphText");
                if (text != null) {
                    mark(text, DocumentTexts.text(s, "referenceText"), segments);
                }
                b.quotes.add(new Quote(paragraphLink(citing, paragraph), segments));
            }
        }
        Map<String, Map<String, Builder>> out = new TreeMap<>(Comparator.comparingInt(Relations::rank).thenComparing(k -> k));
        rs = runner.select(queries.bind("document-references", arg));
        Set<String> citedTargets = new LinkedHashSet<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String target = DocumentTexts.uri(s, "target");
            if (target == null) {
                continue;
            }
            String work = DocumentTexts.uri(s, "targetWork");
            work = work == null ? target : work;
            citedTargets.add(target);
            citedTargets.add(work);
            if (work.equals(iri)) {
                continue; // a text's references to its own parts are not citations of another text
            }
            String w = work;
            Builder b = out.computeIfAbsent(relation(DocumentTexts.uri(s, "relation")), k -> new LinkedHashMap<>())
                    .computeIfAbsent(work, k -> new Builder(Link.to(w, DocumentTexts.text(s, "targetWorkLabel"), null,
                            DocumentTexts.text(s, "targetWorkTitle"), base), null));
            if (!target.equals(work) && b.partIris.add(target)) {
                b.parts.add(Link.to(target, DocumentTexts.text(s, "targetLabel"), DocumentTexts.text(s, "targetDate"),
                        DocumentTexts.text(s, "targetTitle"), base));
            }
        }
        rs = runner.select(queries.bind("related-works", arg));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String relation = relation(DocumentTexts.uri(s, "relation"));
            String other = s.getResource("other").getURI();
            boolean incoming = "in".equals(DocumentTexts.text(s, "direction"));
            Map<String, Map<String, Builder>> side = incoming ? in : out;
            if (side.values().stream().anyMatch(m -> m.containsKey(other) && (relation.equals("cites") || m == side.get(relation)))
                    || (!incoming && citedTargets.contains(other))) {
                continue; // already there with its quoted paragraph, or only the materialised super-property
            }
            side.computeIfAbsent(relation, k -> new LinkedHashMap<>()).computeIfAbsent(other,
                    k -> new Builder(Link.to(other, DocumentTexts.text(s, "otherLabel"), DocumentTexts.text(s, "otherDate"),
                            DocumentTexts.text(s, "otherTitle"), base), DocumentTexts.text(s, "otherDate")));
        }
        List<Group> citedBy = groups(in, true);
        return new View(citedBy, groups(out, false), perPeriod(citedBy));
    }

    private static List<Group> groups(Map<String, Map<String, Builder>> byRelation, boolean inverse) {
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Builder>> e : byRelation.entrySet()) {
            List<Entry> entries = new ArrayList<>();
            for (Builder b : e.getValue().values()) {
                entries.add(new Entry(b.work, b.date, b.quotes, b.parts));
            }
            // By date where the texts give one, then by name: the order a reader follows a lineage in.
            entries.sort(Comparator.comparing((Entry x) -> x.date() == null ? "9999" : x.date())
                    .thenComparing(x -> x.work().label()));
            String heading = inverse ? Relations.inverse(e.getKey()) : Relations.forward(e.getKey());
            out.add(new Group(e.getKey(), sentenceCase(heading == null ? e.getKey() : heading), entries));
        }
        return out;
    }

    /** A citing paragraph links to its anchor on the citing text's page, named by its place in that text. */
    private Link paragraphLink(String work, String paragraph) {
        String full = Labels.fromIri(paragraph, base);
        if (!paragraph.startsWith(work + "/") || !base.isLocal(work)) {
            return Link.to(paragraph, full, full, base);
        }
        String tail = paragraph.substring(work.length() + 1);
        return new Link(paragraph, base.href(work) + "#" + DocumentTexts.anchor(work, paragraph), Labels.part(tail), full, false);
    }

    /** Citing paragraphs (or citing texts, where none is quoted) per year, else per session of the Conference. */
    private static List<Bar> perPeriod(List<Group> citedBy) {
        Map<String, Set<String>> byPeriod = new TreeMap<>(Comparator.comparing((String p) -> p.startsWith("session") ? 1 : 0)
                .thenComparing(p -> p, Comparator.comparing(p -> p.replaceAll("[^0-9]", "").length())).thenComparing(p -> p));
        for (Group g : citedBy) {
            for (Entry e : g.entries()) {
                String period = e.date() != null && e.date().length() >= 4 ? e.date().substring(0, 4) : session(e.work().label());
                if (period == null) {
                    continue;
                }
                Set<String> seen = byPeriod.computeIfAbsent(period, k -> new LinkedHashSet<>());
                if (e.quotes().isEmpty()) {
                    seen.add(e.work().iri());
                } else {
                    e.quotes().forEach(q -> seen.add(q.paragraph().iri()));
                }
            }
        }
        long max = byPeriod.values().stream().mapToLong(Set::size).max().orElse(1);
        List<Bar> out = new ArrayList<>();
        byPeriod.forEach((p, s) -> out.add(new Bar(p, s.size(), (int) Math.round(100.0 * s.size() / max))));
        return out;
    }

    private static String session(String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^COP (?:decision|resolution) ([0-9]+)/").matcher(label);
        return m.find() ? "session " + m.group(1) : null;
    }

    private static String relation(String iri) {
        String key = Relations.key(iri);
        return key == null ? "cites" : key;
    }

    /** The paragraph's text with the reference's words marked where they occur. */
    static void mark(String text, String words, List<TextView.Segment> out) {
        int at = words == null || words.isBlank() ? -1 : text.indexOf(words);
        if (at < 0) {
            out.add(TextView.Segment.plain(text));
            return;
        }
        if (at > 0) {
            out.add(TextView.Segment.plain(text.substring(0, at)));
        }
        out.add(new TextView.Segment(words, null, "mark"));
        if (at + words.length() < text.length()) {
            out.add(TextView.Segment.plain(text.substring(at + words.length())));
        }
    }

    private static final class Builder {
        final Link work;
        final String date;
        final List<Quote> quotes = new ArrayList<>();
        final Set<String> quoted = new LinkedHashSet<>();
        final List<Link> parts = new ArrayList<>();
        final Set<String> partIris = new LinkedHashSet<>();

        Builder(Link work, String date) {
            this.work = work;
            this.date = date;
        }
    }

    /** A heading as a sentence starts: "Recalled by" (CSS capitalize would give "Recalled By"). */
    private static String sentenceCase(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
