package org.untoc.kg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.untoc.kg.vocab.Untoc;

/**
 * The page of one resource, rendered from the {@code resource} template: its facts at the top, its text in
 * reading order with every reference linked, who cites it and what it cites grouped by verb, a small lineage
 * picture, and every statement below under "Data". The model holds plain values; the template engine escapes them.
 */
public final class ResourcePageRenderer {
    static {
        // The vocabulary constants below need Jena initialised first, whichever class touches Jena first.
        JenaSystem.init();
    }

    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final Map<String, String> PREFIXES = Map.of(
            Untoc.NS, "untoc:", RDF.getURI(), "rdf:", RDFS.getURI(), "rdfs:", DCTERMS, "dcterms:",
            SKOS.getURI(), "skos:", "http://www.w3.org/2002/07/owl#", "owl:",
            "http://www.w3.org/2001/XMLSchema#", "xsd:", "http://www.w3.org/ns/prov#", "prov:");
    /** The facts shown at the top of a page, in this order, with their readable names. */
    private static final List<String[]> FACTS = List.of(
            new String[] {Untoc.NS + "number", "number"}, new String[] {DCTERMS + "date", "date"},
            new String[] {Untoc.NS + "session", "session"}, new String[] {Untoc.NS + "issuedBy", "issued by"},
            new String[] {Untoc.NS + "symbol", "symbol"}, new String[] {Untoc.NS + "meetingOf", "meeting of"},
            new String[] {Untoc.NS + "ordinal", "meeting"}, new String[] {Untoc.NS + "venue", "venue"},
            new String[] {Untoc.NS + "startDate", "from"}, new String[] {Untoc.NS + "endDate", "to"},
            new String[] {Untoc.NS + "format", "format"}, new String[] {Untoc.NS + "chair", "chair"},
            new String[] {Untoc.NS + "viceChair", "vice-chair"}, new String[] {Untoc.NS + "rapporteur", "rapporteur"}, new String[] {Untoc.NS + "duringSession", "during"},
            new String[] {Untoc.NS + "heldInConjunctionWith", "held with"},
            new String[] {Untoc.NS + "adoptedAt", "adopted at"}, new String[] {Untoc.NS + "adoptedBy", "adopted by"},
            new String[] {Untoc.NS + "reportedIn", "reported in"}, new String[] {Untoc.NS + "hadBefore", "documents before it"},
            new String[] {Untoc.NS + "agendaItem", "agenda"}, new String[] {Untoc.NS + "heading", "topic"}, new String[] {Untoc.NS + "partOf", "part of"},
            new String[] {SKOS.notation.getURI(), "notation"}, new String[] {RDFS.seeAlso.getURI(), "see also"},
            new String[] {OWL.sameAs.getURI(), "same as"});
    private static final Pattern ACT_PATH = Pattern.compile("[a-z]+/(decision|resolution)/[^/]+/[^/]+");
    private static final Set<String> WORK_TYPES = Set.of("Act", "Decision", "Resolution", "Document", "Report",
            "BackgroundPaper", "Convention", "Protocol", "Instrument");

    private final PublicBase base;
    private final Templates templates;
    private final DocumentTexts texts;
    private final Citations citations;
    private final MeetingRecords records;

    public ResourcePageRenderer(PublicBase base, Templates templates, DocumentTexts texts, Citations citations,
                                MeetingRecords records) {
        this.base = base;
        this.templates = templates;
        this.texts = texts;
        this.citations = citations;
        this.records = records;
    }

    /** The complete page. */
    public String render(ResourceView view) {
        String iri = view.iri();
        String title = firstLiteral(view, DCTERMS + "title").orElse(null);
        String name = Labels.of(iri, firstLiteral(view, RDFS.label.getURI(), SKOS.prefLabel.getURI()).orElse(null), title, base);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", name);
        model.put("name", name);
        model.put("subtitle", title != null && !title.equals(name) ? title : null);
        model.put("iri", iri);
        model.put("badges", badges(view));
        model.put("facts", facts(view));
        boolean work = isWork(view);
        model.put("lineage", work ? "/lineage?act=" + URLEncoder.encode(iri, StandardCharsets.UTF_8) : null);
        model.put("lineageAct", work ? iri : null);
        model.put("formats", formats(iri));
        model.put("text", texts.read(iri, firstLiteral(view, Untoc.NS + "text").orElse(null)));
        model.put("citations", citations.of(iri));
        List<MeetingRecords.Entry> entries = records.of(iri);
        model.put("attendance", entries.stream().filter(e -> "attendance".equals(e.kind())).toList());
        model.put("statements", entries.stream().filter(e -> "statement".equals(e.kind())).toList());
        model.put("copies", records.copies(iri));
        model.put("outgoing", rows(view.outgoing().stream().filter(s -> !RDF.type.getURI().equals(s.property())).toList(), false));
        model.put("incoming", rows(view.incoming(), true));
        model.put("sources", sources(view));
        model.put("mentions", mentions(view));
        return templates.render("resource", model);
    }

    /** The page for an IRI the store knows nothing about. */
    public String notFound(String iri) {
        return templates.render("not-found", Map.of("title", "Not found", "iri", iri));
    }

    /** One badge per type, however many graphs state it. */
    private List<Link> badges(ResourceView view) {
        Map<String, Link> out = new LinkedHashMap<>();
        for (ResourceView.Statement s : view.outgoing()) {
            if (RDF.type.getURI().equals(s.property()) && s.other().isURI()) {
                String t = s.other().getURI();
                out.computeIfAbsent(t, k -> Link.to(k, Labels.localName(k), prefixed(k), base));
            }
        }
        return List.copyOf(out.values());
    }

    /** A fact at the top of the page: a readable name and its values (a symbol links to undocs.org through seeAlso). */
    public record Fact(String name, List<Value> values) {}

    /** A value: a link, or text with its language or datatype; {@code graphs} the documents stating it. */
    public record Value(Link link, String text, String note, List<Link> graphs) {
        /** Whether the value is a calendar date (typed xsd:date, or a plain ISO date). */
        public boolean isDate() {
            return link == null && (note == null || note.equals("xsd:date")) && HumanDates.isDate(text);
        }

        /** The value as a reader writes it: "18 October 2006" for a date. */
        public String human() {
            return isDate() ? HumanDates.of(text) : text;
        }
    }

    /** A property with its values, in the Data section. */
    public record Row(Link property, List<Value> values) {}

    private List<Fact> facts(ResourceView view) {
        List<Fact> out = new ArrayList<>();
        for (String[] f : FACTS) {
            List<ResourceView.Statement> st = view.outgoing().stream().filter(s -> f[0].equals(s.property())).toList();
            if (!st.isEmpty()) {
                out.add(new Fact(f[1], values(st, false)));
            }
        }
        return out;
    }

    private List<Row> rows(List<ResourceView.Statement> statements, boolean inverse) {
        Map<String, List<ResourceView.Statement>> byProperty = new LinkedHashMap<>();
        for (ResourceView.Statement s : statements) {
            byProperty.computeIfAbsent(s.property(), k -> new ArrayList<>()).add(s);
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, List<ResourceView.Statement>> e : byProperty.entrySet()) {
            String property = e.getKey();
            String label = prefixed(property);
            if (inverse) {
                String readable = Relations.inverse(Relations.key(property));
                label = readable != null ? readable : "is " + Labels.localName(property) + " of";
            }
            out.add(new Row(Link.to(property, label, property, base), values(e.getValue(), true)));
        }
        return out;
    }

    private List<Value> values(List<ResourceView.Statement> statements, boolean withGraphs) {
        // A value stated by several documents is listed once, with each graph after it.
        Map<Node, List<ResourceView.Statement>> byValue = new LinkedHashMap<>();
        for (ResourceView.Statement s : statements) {
            byValue.computeIfAbsent(s.other(), k -> new ArrayList<>()).add(s);
        }
        List<Value> out = new ArrayList<>();
        for (Map.Entry<Node, List<ResourceView.Statement>> e : byValue.entrySet()) {
            Node node = e.getKey();
            List<Link> graphs = new ArrayList<>();
            if (withGraphs) {
                Set<String> seen = new LinkedHashSet<>();
                for (ResourceView.Statement s : e.getValue()) {
                    if (s.graph() != null && seen.add(s.graph())) {
                        graphs.add(graphLink(s.graph(), null));
                    }
                }
            }
            if (node.isURI()) {
                String iri = node.getURI();
                String label = Labels.of(iri, e.getValue().get(0).otherLabel(), base);
                if (!base.isLocal(iri) && e.getValue().get(0).otherLabel() == null) {
                    label = prefixed(iri);
                }
                out.add(new Value(Link.to(iri, label, iri, base), null, null, graphs));
            } else if (node.isLiteral()) {
                String note = null;
                if (!node.getLiteralLanguage().isEmpty()) {
                    note = "@" + node.getLiteralLanguage();
                } else if (node.getLiteralDatatypeURI() != null && !node.getLiteralDatatypeURI().endsWith("#string")) {
                    note = prefixed(node.getLiteralDatatypeURI());
                }
                out.add(new Value(null, node.getLiteralLexicalForm(), note, graphs));
            } else {
                out.add(new Value(null, "(unnamed node)", null, graphs));
            }
        }
        return out;
    }

    /** A source of the page's statements: its graph, the document it came from, its file and how many statements. */
    public record SourceRow(Link graph, String file, long statements) {}

    private List<SourceRow> sources(ResourceView view) {
        List<SourceRow> out = new ArrayList<>();
        for (ResourceView.Source s : view.sources()) {
            out.add(new SourceRow(graphLink(s.graph(), s.document()), s.sourceFile(), s.statements()));
        }
        return out;
    }

    /** A qualified reference to the resource, as the Data section lists it. */
    public record MentionRow(Link relation, String words, Link paragraph, Link graph, String paragraphText) {}

    private List<MentionRow> mentions(ResourceView view) {
        List<MentionRow> out = new ArrayList<>();
        for (ResourceView.Mention m : view.mentions()) {
            out.add(new MentionRow(m.relation() == null ? null : Link.to(m.relation(), prefixed(m.relation()), m.relation(), base),
                    m.referenceText(), m.paragraph() == null ? null : Link.to(m.paragraph(), null, null, null, base),
                    m.graph() == null ? null : graphLink(m.graph(), null), m.paragraphText()));
        }
        return out;
    }

    /** The RDF representations of the page, for the links at its top. */
    public record Format(String label, String href) {}

    private List<Format> formats(String iri) {
        List<Format> out = new ArrayList<>();
        String path = base.isLocal(iri) ? iri.substring(base.publicBase().length()) : "";
        if (path.startsWith("id/")) {
            for (Representation r : Representation.values()) {
                if (r.lang != null) {
                    out.add(new Format(r.lang.getLabel(), base.href(iri) + "?format=" + r.formatKey));
                }
            }
        }
        return out;
    }

    /** Whole texts and instruments have a lineage; their parts, States and bodies do not. */
    private boolean isWork(ResourceView view) {
        for (ResourceView.Statement s : view.outgoing()) {
            if (RDF.type.getURI().equals(s.property()) && s.other().isURI() && s.other().getURI().startsWith(Untoc.NS)
                    && WORK_TYPES.contains(s.other().getURI().substring(Untoc.NS.length()))) {
                return view.outgoing().stream().noneMatch(p -> (Untoc.NS + "partOf").equals(p.property()));
            }
        }
        String idPrefix = base.publicBase() + "id/";
        return view.iri().startsWith(idPrefix) && ACT_PATH.matcher(view.iri().substring(idPrefix.length())).matches();
    }

    /**
     * A named graph: links to its own page at /graph/… (its statements, source and provenance), which always exists;
     * a graph's name is no evidence that a resource page of that name exists.
     */
    private Link graphLink(String graph, String document) {
        String text = "graph " + (base.isLocal(graph) ? graph.substring(base.publicBase().length() + "graph/".length()) : graph);
        return new Link(graph, base.isLocal(graph) ? base.href(graph) : null, text, graph, false);
    }

    private static String prefixed(String iri) {
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (iri.startsWith(p.getKey()) && iri.length() > p.getKey().length()) {
                return p.getValue() + iri.substring(p.getKey().length());
            }
        }
        return iri;
    }

    private static Optional<String> firstLiteral(ResourceView view, String... properties) {
        for (String p : properties) {
            for (ResourceView.Statement s : view.outgoing()) {
                if (p.equals(s.property()) && s.other().isLiteral()) {
                    return Optional.of(s.other().getLiteralLexicalForm());
                }
            }
        }
        return Optional.empty();
    }

}
