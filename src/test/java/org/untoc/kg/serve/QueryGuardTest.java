package org.untoc.kg.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.junit.jupiter.api.Test;

/** The guards on a dataset's context, without a server: what they rewrite and what they stop. */
class QueryGuardTest {
    private static final SparqlConfig CONFIG = new SparqlConfig(Duration.ofSeconds(2), 100, 100_000, 4,
            Duration.ofSeconds(1), List.of(), false);
    /** "^((a+)\\2?)+$" on 32 'a' and a '!': the back-reference defeats Java's loop memo; 20 took 6 s here. */
    private static final String TEXT = "a".repeat(32) + "!";
    private static final String BACKTRACKING = "\"^((a+)\\\\2?)+$\"";

    private static Dataset guarded() {
        Dataset ds = DatasetFactory.createTxnMem();
        new QueryGuard(new ServicePolicy(CONFIG), CONFIG).install(ds.getContext());
        return ds;
    }

    @Test
    void regexAndGroupConcatAreReplacedWhereverTheyStand() {
        Op op = QueryGuard.guard(Algebra.compile(QueryFactory.create("SELECT ?x (GROUP_CONCAT(?t) AS ?all)"
                + " { VALUES ?t { \"a\" } FILTER (REGEX(?t, \"a\") || EXISTS { FILTER REGEX(?t, \"b\") }) }"
                + " GROUP BY (REPLACE(?t, \"a\", \"b\") AS ?x) ORDER BY (REGEX(?x, \"c\"))")), Duration.ofSeconds(1));
        String text = op.toString();
        assertTrue(!op.toString().isEmpty());
        // the guarded classes print as Jena's; walk the algebra to find them
        List<String> classes = new java.util.ArrayList<>();
        org.apache.jena.sparql.algebra.walker.Walker.walk(op, new org.apache.jena.sparql.algebra.OpVisitorBase(),
                new org.apache.jena.sparql.expr.ExprVisitorBase() {
                    @Override
                    public void visit(org.apache.jena.sparql.expr.ExprFunctionN f) {
                        classes.add(f.getClass().getSimpleName());
                    }

                });
        new Object() {
            void aggregators(Op o) {
                if (o instanceof org.apache.jena.sparql.algebra.op.OpGroup g) {
                    g.getAggregators().forEach(a -> classes.add(a.getAggregator().getClass().getSimpleName()));
                }
                if (o instanceof org.apache.jena.sparql.algebra.op.Op1 one) {
                    aggregators(one.getSubOp());
                }
            }
        }.aggregators(op);
        assertTrue(classes.contains("Plain"), classes.toString());
        assertTrue(!classes.contains("E_Regex") && !classes.contains("E_StrReplace") && !classes.contains("AggGroupConcat"),
                classes + "\n" + text);
    }

    @Test
    void aBacktrackingRegexIsCancelledAtTheTimeout() {
        for (String q : List.of("SELECT ?t { VALUES ?t { \"" + TEXT + "\" } FILTER REGEX(?t, " + BACKTRACKING + ") }",
                "SELECT ?t { BIND (\"" + TEXT + "\" AS ?t) FILTER REGEX(?t, " + BACKTRACKING + ") }",
                "SELECT (REPLACE(?t, " + BACKTRACKING + ", \"x\") AS ?r) { VALUES ?t { \"" + TEXT + "\" } }")) {
            long t0 = System.nanoTime();
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(guarded())
                    .timeout(1000, java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
                assertThrows(QueryCancelledException.class, () -> qe.execSelect().forEachRemaining(r -> { }), q);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            assertTrue(s < 5, q + " took " + s + " s");
        }
    }

    @Test
    void groupConcatStopsAtItsCeiling() {
        String q = "SELECT (GROUP_CONCAT(?s) AS ?all) { VALUES ?a { " + "1 ".repeat(2000) + "} VALUES ?b { "
                + "1 ".repeat(2000) + "} BIND (\"" + "x".repeat(20) + "\" AS ?s) }";
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(guarded()).build()) {
            QueryExecException e = assertThrows(QueryExecException.class, () -> qe.execSelect().forEachRemaining(r -> { }));
            assertTrue(e.getMessage().contains("GROUP_CONCAT"), e.getMessage());
        }
    }
}
