package org.untoc.kg.report;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.untoc.kg.query.NamedQuery;
import org.untoc.kg.query.NamedQueryCatalog;
import org.untoc.kg.store.KnowledgeStore;

/**
 * The data-quality report: what a curator should look at, each section one named query of {@code queries/}, so
 * the same lists are available over SPARQL and the REST API.
 */
public final class DataQualityReport {
    /** The sections, in the order they are printed: named query → heading. */
    public static final List<Map.Entry<String, String>> SECTIONS = List.of(
            Map.entry("unresolved-references", "References that could not be attributed"),
            Map.entry("conflicting-facts", "Facts stated differently by two documents"),
            Map.entry("undescribed-entities", "Entities mentioned but not described"),
            Map.entry("recommendations-without-endorsement", "Recommendations without an endorsing act"));

    /** One section's rows, each a list of cell values in the query's variable order. */
    public record Section(String query, String heading, List<String> columns, List<List<String>> rows) {}

    private final NamedQueryCatalog catalog;
    private final Duration timeout;

    public DataQualityReport(NamedQueryCatalog catalog, Duration timeout) {
        this.catalog = catalog;
        this.timeout = timeout;
    }

    /** Runs every section's query against the store. */
    public List<Section> run(KnowledgeStore store) {
        List<Section> out = new ArrayList<>();
        for (Map.Entry<String, String> s : SECTIONS) {
            NamedQuery q = catalog.get(s.getKey())
                    .orElseThrow(() -> new IllegalStateException("named query missing: queries/" + s.getKey() + ".rq"));
            out.add(store.query(q.bind(Map.of()), timeout, qe -> {
                ResultSet rs = qe.execSelect();
                List<String> columns = rs.getResultVars();
                List<List<String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution sol = rs.next();
                    List<String> row = new ArrayList<>();
                    for (String c : columns) {
                        RDFNode n = sol.get(c);
                        row.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(row);
                }
                return new Section(s.getKey(), s.getValue(), columns, rows);
            }));
        }
        return out;
    }

    /** Prints the sections as plain text: a heading with the count, then one tab-separated line per row. */
    public static void print(List<Section> sections, PrintStream out) {
        for (Section s : sections) {
            out.println("## " + s.heading() + " (" + s.rows().size() + ")   [queries/" + s.query() + ".rq]");
            if (!s.rows().isEmpty()) {
                out.println(String.join("\t", s.columns()));
                s.rows().forEach(r -> out.println(String.join("\t", r)));
            }
            out.println();
        }
    }
}
