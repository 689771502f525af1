package org.untoc.kg.web;

import static org.untoc.kg.web.DocumentTexts.text;
import static org.untoc.kg.web.DocumentTexts.uri;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;

/**
 * What the reports record about meetings: attendance, offices and statements, seen from a meeting, a State or a
 * person; and the same recommendation in other documents. Each record links to the paragraph it was read from.
 */
public final class MeetingRecords {
    private final QueryRunner runner;
    private final WebQueries queries;
    private final PublicBase base;

    public MeetingRecords(QueryRunner runner, WebQueries queries, PublicBase base) {
        this.runner = runner;
        this.queries = queries;
        this.base = base;
    }

    /** One attendance, office or statement. Any link but {@code source} may be null. */
    public record Entry(String kind, Link meeting, Link participant, Link represents, String capacity, Link agendaItem,
                        Link source) {}

    /** A recommendation's copy in another document, with the similarity of the link. */
    public record Copy(Link recommendation, String similarity, String method) {}

    public List<Entry> of(String iri) {
        List<Entry> out = new ArrayList<>();
        ResultSetRewindable rs = runner.select(queries.bind("participations", Map.of("resource", iri)));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String capacity = uri(s, "capacity");
            out.add(new Entry(text(s, "kind"), link(uri(s, "meeting"), null), link(uri(s, "participant"), text(s, "participantLabel")),
                    link(uri(s, "represents"), text(s, "representsLabel")),
                    capacity == null ? null : Labels.localName(capacity).replace("Capacity", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(),
                    link(uri(s, "agendaItem"), null), link(uri(s, "paragraph"), null)));
        }
        return out;
    }

    public List<Copy> copies(String iri) {
        List<Copy> out = new ArrayList<>();
        ResultSetRewindable rs = runner.select(queries.bind("same-recommendation", Map.of("resource", iri)));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String sim = s.get("similarity") == null ? null : String.format("%.2f", s.getLiteral("similarity").getDouble());
            out.add(new Copy(link(uri(s, "other"), null), sim, text(s, "method")));
        }
        return out;
    }

    private Link link(String iri, String label) {
        return iri == null ? null : Link.to(iri, Labels.of(iri, label, base), Labels.fromIri(iri, base), base);
    }
}
