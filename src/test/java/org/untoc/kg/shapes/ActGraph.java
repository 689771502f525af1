package org.untoc.kg.shapes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.untoc.kg.rdf.Prefixes;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.vocab.Untoc;

/**
 * The act-level graph: what a text says of one act, whatever the shape it came in. It is every triple about the
 * act and the resources under its IRI (clauses with their type, label, verb and text; annexes and their
 * recommendations; Reference nodes with paragraph, relation, target, text as written, stated title and date;
 * footnotes), plus the type, title and date of each resource those triples point to (the cited acts as the text
 * states them). Left out, because the shape legitimately changes them: the order counters (a compilation numbers
 * blocks across the report), the footnotes' labels and IRIs (a report renumbers notes continuously, so a note is
 * named by its text), the source line in the IRIs of paragraphs outside the clauses (named by their text instead),
 * the source file and its hash, and the act's symbol and session (a report's running header and
 * title state them; the clean text does not).
 */
public final class ActGraph {
    private static final Node DERIVED_FROM = NodeFactory.createURI(Terms.PROV + "wasDerivedFrom");
    private static final Node SEE_ALSO = NodeFactory.createURI(Terms.RDFS + "seeAlso");
    /** Never compared, anywhere. */
    private static final Set<Node> NOT_COMPARED = Set.of(Untoc.order, DERIVED_FROM, Untoc.sourceFile, Untoc.sha256,
            Untoc.textOf);
    /** Not compared on the act itself (see the class comment). */
    private static final Set<Node> NOT_COMPARED_ON_ACT = Set.of(Untoc.symbol, Untoc.session, SEE_ALSO);
    /** What is compared of the resources the act's triples point to. */
    private static final Set<Node> OF_LINKED = Set.of(Terms.TYPE, Terms.TITLE, Terms.DATE);

    /** A path segment naming a resource by its source line. */

    private ActGraph() {}

    /** The act that a document graph's source text is the text of (a clean act text gives one). */
    public static List<String> actsOfSourceText(Graph g) {
        return g.find(Node.ANY, Untoc.textOf, Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(n -> n.isURI() && g.contains(n, Terms.TYPE, Untoc.Act)).mapWith(Node::getURI).toList();
    }

    /** Every act in a graph that has a part (a clause, a paragraph): the acts whose text the graph holds. */
    public static Set<String> actsWithText(Graph g) {
        Set<String> acts = new TreeSet<>();
        g.find(Node.ANY, Untoc.partOf, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && g.contains(t.getObject(), Terms.TYPE, Untoc.Act)) acts.add(t.getObject().getURI());
        });
        return acts;
    }

    /** The act-level graph of {@code act} in {@code g}. */
    public static Graph project(Graph g, String act) {
        // Nothing is renamed: paragraphs without a number and footnotes are named by their words (DocumentIris), so
        // their IRIs are the same in every shape; only a footnote's printed marker (its label) may differ.
        Map<Node, Node> renamed = Map.of();
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> linked = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!under(s, act) || NOT_COMPARED.contains(t.getPredicate())) return;
            if (s.getURI().equals(act) && NOT_COMPARED_ON_ACT.contains(t.getPredicate())) return;
            if (t.getPredicate().equals(Untoc.label) && g.contains(s, Terms.TYPE, Untoc.Footnote)) return;
            Node o = t.getObject();
            if (o.isURI() && !under(o, act) && !t.getPredicate().equals(Terms.TYPE)) linked.add(o);
            out.add(Triple.create(renamed.getOrDefault(s, s), t.getPredicate(), renamed.getOrDefault(o, o)));
        });
        for (Node r : linked) {
            for (Node p : OF_LINKED) g.find(r, p, Node.ANY).forEachRemaining(out::add);
        }
        return out;
    }

    private static boolean under(Node n, String act) {
        return n.isURI() && (n.getURI().equals(act) || n.getURI().startsWith(act + "/"));
    }

    /**
     * The triples only in one graph, "- " expected only, "+ " actual only, in prefixed names: the act's own first
     * (identity, title, its citations), then its parts, then what it points to; by subject within each, so that a
     * clause's missing and extra triples stand together.
     */
    public static List<String> diff(Graph expected, Graph actual, String act) {
        List<Triple> triples = new java.util.ArrayList<>();
        List<String> signs = new java.util.ArrayList<>();
        expected.find().forEachRemaining(t -> { if (!actual.contains(t)) { triples.add(t); signs.add("- "); } });
        actual.find().forEachRemaining(t -> { if (!expected.contains(t)) { triples.add(t); signs.add("+ "); } });
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < triples.size(); i++) order.add(i);
        java.util.Comparator<Integer> byRank = java.util.Comparator.comparingInt(i -> rank(triples.get(i).getSubject(), act));
        order.sort(byRank.thenComparing(i -> show(triples.get(i))).thenComparing(signs::get));
        return order.stream().map(i -> signs.get(i) + show(triples.get(i))).toList();
    }

    private static int rank(Node subject, String act) {
        return subject.isURI() && subject.getURI().equals(act) ? 0 : under(subject, act) ? 1 : 2;
    }

    /** What the shaped graph's source text was read as: each resource it is the text of, with its types. */
    public static String readAs(Graph g) {
        List<String> out = new java.util.ArrayList<>();
        g.find(Node.ANY, Untoc.textOf, Node.ANY).forEachRemaining(t -> out.add(term(t.getObject()) + " a "
                + g.find(t.getObject(), Terms.TYPE, Node.ANY).mapWith(x -> term(x.getObject())).toList()));
        return String.join(", ", out);
    }

    private static String show(Triple t) {
        return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject());
    }

    private static String term(Node n) {
        if (n.isURI()) {
            String best = null;
            for (Map.Entry<String, String> e : Prefixes.all().entrySet()) {
                if (n.getURI().startsWith(e.getValue()) && (best == null
                        || e.getValue().length() > Prefixes.all().get(best).length())) {
                    best = e.getKey();
                }
            }
            return best == null ? "<" + n.getURI() + ">" : best + ":" + n.getURI().substring(Prefixes.all().get(best).length());
        }
        if (n.isLiteral()) {
            return "\"" + n.getLiteralLexicalForm() + "\"";
        }
        return n.toString();
    }
}
