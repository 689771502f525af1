package org.untoc.kg.web;

import static org.untoc.kg.web.DocumentTexts.text;
import static org.untoc.kg.web.DocumentTexts.uri;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.untoc.kg.vocab.Untoc;

/**
 * The collection at a glance, for the home page and the {@code /id/} listing: the Conference's sessions on a time
 * axis with their acts, working groups with their meetings, documents, the Convention's articles by how often
 * they are invoked, and States.
 */
public final class Collection {
    private static final Pattern SESSION_NUMBER = Pattern.compile("([0-9]+)/[0-9A-Za-z]+");
    private static final Pattern SESSION_IRI = Pattern.compile(".*/session/([0-9]+)");

    private final QueryRunner runner;
    private final WebQueries queries;
    private final PublicBase base;

    public Collection(QueryRunner runner, WebQueries queries, PublicBase base) {
        this.runner = runner;
        this.queries = queries;
        this.base = base;
    }

    /** A session of the Conference: its number, the year its acts give, and the acts. */
    public record Session(int number, Link link, String year, List<Act> acts) {}

    /** An act, with its date and whether its text is in the collection. */
    public record Act(Link link, String date, String title, boolean hasText) {}

    /** A body's meetings. */
    public record Body(Link link, List<Meeting> meetings) {}

    public record Meeting(Link link, String dates, String venue) {}

    public record Document(Link link, String date, String title, boolean hasText) {}

    /** A counted entry: an article and its invocations, a State and its records. */
    public record Counted(Link link, long count, int percent) {}

    /** The class listing of /id/: a class, how many resources have it, and where to list them. */
    public record ClassRow(Link link, long members, String listHref) {}

    /** Everything the home page shows. */
    public Map<String, Object> home() {
        Map<String, Object> model = new LinkedHashMap<>();
        TreeMap<Integer, List<Act>> bySession = new TreeMap<>();
        Map<Integer, String> sessionIris = new TreeMap<>();
        Map<Integer, String> years = new TreeMap<>();
        List<Act> otherActs = new ArrayList<>();
        for (QuerySolution s : rows("home-acts", Map.of())) {
            String iri = uri(s, "act");
            String date = text(s, "date");
            Act act = new Act(Link.to(iri, null, date, text(s, "title"), base), date, text(s, "title"), bool(s, "hasText"));
            Integer session = sessionOf(iri, uri(s, "session"), text(s, "number"), uri(s, "body"));
            if (session == null) {
                otherActs.add(act);
                continue;
            }
            bySession.computeIfAbsent(session, k -> new ArrayList<>()).add(act);
            if (uri(s, "session") != null) {
                sessionIris.put(session, uri(s, "session"));
            }
            if (date != null && date.length() >= 4 && (years.get(session) == null || date.compareTo(years.get(session)) < 0)) {
                years.put(session, date.substring(0, 4));
            }
        }
        List<Session> sessions = new ArrayList<>();
        for (Map.Entry<Integer, List<Act>> e : bySession.entrySet()) {
            List<Act> acts = e.getValue();
            acts.sort(Comparator.comparing((Act a) -> actNumber(a.link().label())).thenComparing(a -> a.link().label()));
            String iri = sessionIris.getOrDefault(e.getKey(), base.publicBase() + "id/cop/session/" + e.getKey());
            Link link = sessionIris.containsKey(e.getKey()) ? Link.to(iri, null, null, null, base)
                    : new Link(iri, null, Labels.fromIri(iri, base), null, false);
            sessions.add(new Session(e.getKey(), link, years.get(e.getKey()), acts));
        }
        otherActs.sort(Comparator.comparing(a -> a.link().label()));
        model.put("sessions", sessions);
        model.put("otherActs", otherActs);
        model.put("bodies", bodies());
        model.put("documents", documents());
        model.put("articles", counted("home-articles", "article", "invocations", 40));
        model.put("states", counted("home-states", "state", "records", 300));
        return model;
    }

    private List<Body> bodies() {
        Map<String, List<Meeting>> meetings = new LinkedHashMap<>();
        Map<String, Link> bodies = new LinkedHashMap<>();
        List<QuerySolution> rows = rows("home-meetings", Map.of());
        rows.sort(Comparator.comparing((QuerySolution s) -> String.valueOf(uri(s, "body")))
                .thenComparing(s -> text(s, "startDate") == null ? "9999" : text(s, "startDate"))
                .thenComparing(s -> ordinal(text(s, "ordinal"))));
        for (QuerySolution s : rows) {
            String body = uri(s, "body");
            String key = body == null ? "" : body;
            bodies.computeIfAbsent(key, k -> body == null ? new Link(null, null, "Other meetings", null, false)
                    : Link.to(body, text(s, "bodyLabel"), null, null, base));
            String start = text(s, "startDate");
            String end = text(s, "endDate");
            String dates = start == null ? null : end == null || end.equals(start) ? start : start + " – " + end;
            meetings.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Meeting(Link.to(uri(s, "meeting"), null, dates, null, base), dates, text(s, "venue")));
        }
        List<Body> out = new ArrayList<>();
        bodies.forEach((k, link) -> out.add(new Body(link, meetings.get(k))));
        return out;
    }

    private List<Document> documents() {
        List<Document> out = new ArrayList<>();
        for (QuerySolution s : rows("home-documents", Map.of())) {
            String iri = uri(s, "document");
            String symbol = text(s, "symbol");
            out.add(new Document(Link.to(iri, symbol, text(s, "date"), text(s, "title"), base), text(s, "date"),
                    text(s, "title"), bool(s, "hasText")));
        }
        // Texts that are here first, then by symbol.
        out.sort(Comparator.comparing((Document d) -> !d.hasText()).thenComparing(d -> d.link().label()));
        return out;
    }

    private List<Counted> counted(String query, String var, String countVar, int limit) {
        List<Counted> out = new ArrayList<>();
        long max = 1;
        List<QuerySolution> rows = rows(query, Map.of());
        rows.sort(Comparator.comparingLong((QuerySolution s) -> -s.getLiteral(countVar).getLong())
                .thenComparing(s -> String.valueOf(text(s, "label"))));
        for (QuerySolution s : rows) {
            max = Math.max(max, s.getLiteral(countVar).getLong());
        }
        for (QuerySolution s : rows) {
            long n = s.getLiteral(countVar).getLong();
            if (out.size() >= limit || (n == 0 && !out.isEmpty() && query.equals("home-articles"))) {
                break;
            }
            String iri = uri(s, var);
            String title = text(s, "title");
            String label = text(s, "label");
            Link link = Link.to(iri, label, null, title, base);
            if (title != null && label == null) {
                link = new Link(link.iri(), link.href(), link.label() + ". " + title, link.hover(), link.external());
            }
            out.add(new Counted(link, n, (int) Math.round(100.0 * n / max)));
        }
        return out;
    }

    /** The classes of the vocabulary with their member counts. */
    public List<ClassRow> classes() {
        List<ClassRow> out = new ArrayList<>();
        for (QuerySolution s : rows("id-classes", Map.of())) {
            String c = uri(s, "class");
            out.add(new ClassRow(Link.to(c, Labels.localName(c), c, base), s.getLiteral("members").getLong(),
                    "/id/?class=" + Labels.localName(c)));
        }
        return out;
    }

    /** The resources of one class of the vocabulary, by name; empty for a name that is no class. */
    public List<Link> members(String className) {
        if (className == null || !className.matches("[A-Za-z][A-Za-z0-9]*")) {
            return List.of();
        }
        List<Link> out = new ArrayList<>();
        for (QuerySolution s : rows("id-members", Map.of("class", Untoc.NS + className))) {
            out.add(Link.to(uri(s, "resource"), text(s, "label"), null, text(s, "title"), base));
        }
        out.sort(Comparator.comparing(Link::label));
        return out;
    }

    /** Names for IRIs, as every page gives them: the IRI patterns, else the data's label or title; at most 200. */
    public Map<String, String> labels(List<String> iris) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String iri : iris.subList(0, Math.min(200, iris.size()))) {
            if (iri == null || out.containsKey(iri) || !PublicBase.isWebIri(iri)) {
                continue;
            }
            String named = Labels.fromPattern(iri, base);
            if (named == null) {
                List<QuerySolution> rows = rows("label", Map.of("resource", iri));
                QuerySolution s = rows.isEmpty() ? null : rows.get(0);
                named = Labels.of(iri, s == null ? null : text(s, "label"), s == null ? null : text(s, "title"), base);
            }
            out.put(iri, named);
        }
        return out;
    }

    private List<QuerySolution> rows(String query, Map<String, String> args) {
        List<QuerySolution> out = new ArrayList<>();
        ResultSetRewindable rs = runner.select(queries.bind(query, args));
        rs.forEachRemaining(out::add);
        return out;
    }

    /** The Conference session of an act: stated, else read from its number ("3/2") when the Conference issued it. */
    static Integer sessionOf(String act, String session, String number, String body) {
        if (session != null) {
            Matcher m = SESSION_IRI.matcher(session);
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        }
        boolean conference = (body != null && body.endsWith("/id/cop")) || act.contains("/id/cop/");
        if (!conference) {
            return null;
        }
        String n = number != null ? number : act.replaceAll(".*/(decision|resolution)/([^/]+/[^/]+)$", "$2");
        Matcher m = SESSION_NUMBER.matcher(n);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String actNumber(String label) {
        Matcher m = Pattern.compile("([0-9]+)/([0-9]+)").matcher(label);
        return m.find() ? String.format("%05d/%05d", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : label;
    }

    private static int ordinal(String s) {
        try {
            return s == null ? Integer.MAX_VALUE : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static boolean bool(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n != null && n.isLiteral() && n.asLiteral().getBoolean();
    }
}
