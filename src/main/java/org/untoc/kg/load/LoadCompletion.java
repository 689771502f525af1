package org.untoc.kg.load;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.vocabulary.RDF;
import org.untoc.kg.rdf.Terms;
import org.untoc.kg.store.GraphWrite;
import org.untoc.kg.store.KnowledgeStore;
import org.untoc.kg.vocab.Ids;

/**
 * Whether the last load finished: a small graph the loader writes when a load starts ("started") and replaces
 * when it ends, in the same transaction as the last derived graph ("complete"). A process killed in between
 * leaves "started", so the next {@code serve} knows the derived graphs (or, at first start, documents) are
 * missing instead of taking a non-empty store for a finished one. Its content is fixed text, no clock: loading
 * the same documents twice still gives the same dataset.
 */
public final class LoadCompletion {
    /** The graph holding the state of the last load. */
    public static final String GRAPH = Ids.graph("meta/load");

    /** States, as written in the graph's {@code dcterms:description}. */
    public enum State {
        /** A load began and did not end (killed, or its derived graphs failed). */
        STARTED("load started, not completed"),
        /** The first-start load of the reference data and built-in corpus began and did not end. */
        FIRST_START_STARTED("first-start load of the reference data and built-in corpus started, not completed"),
        /** The last load ended, its derived graphs written. */
        COMPLETE("load completed, derived graphs included");

        final String text;

        State(String text) {
            this.text = text;
        }
    }

    private static final Node SUBJECT = NodeFactory.createURI(GRAPH);
    private static final Node DESCRIPTION = NodeFactory.createURI(Terms.DCTERMS + "description");
    private static final Node ACTIVITY = NodeFactory.createURI(Terms.PROV + "Activity");
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private LoadCompletion() {}

    /** The recorded state, or empty when the store has none (empty, or written by others or by older versions). */
    public static Optional<State> state(KnowledgeStore store) {
        String text = store.query(QueryFactory.create("SELECT ?d { GRAPH <" + GRAPH + "> { <" + GRAPH
                + "> <" + DESCRIPTION.getURI() + "> ?d } }"), TIMEOUT, qe -> {
                    ResultSet rs = qe.execSelect();
                    return rs.hasNext() ? rs.next().getLiteral("d").getLexicalForm() : null;
                });
        for (State s : State.values()) {
            if (s.text.equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The graph in a state (terms the ontology declares: the served graph passes its checks). */
    static GraphWrite write(State state, List<DerivedGraph> derived) {
        return new GraphWrite(GRAPH, sink -> {
            sink.triple(Triple.create(SUBJECT, RDF.Nodes.type, ACTIVITY));
            sink.triple(Triple.create(SUBJECT, DESCRIPTION, NodeFactory.createLiteralString(state.text)));
        });
    }

    /** Records a state in a transaction of its own. */
    static void record(KnowledgeStore store, State state, List<DerivedGraph> derived) {
        GraphWrite w = write(state, derived);
        store.replaceGraph(w.graphIri(), w.writer());
    }
}
