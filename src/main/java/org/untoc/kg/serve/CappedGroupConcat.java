package org.untoc.kg.serve;

import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * GROUP_CONCAT with a ceiling on the string it builds: over a cross product it otherwise grows until the heap is
 * gone (one query threw OutOfMemoryError). Jena's own accumulator still builds the value, so the result is exactly
 * Jena's; this only counts the characters on the way and stops the query past the limit.
 */
final class CappedGroupConcat {
    /** Characters one GROUP_CONCAT may produce: ample for a list, far below what fills a heap. */
    static final long MAX_CHARS = 4_000_000;

    private CappedGroupConcat() {}

    /** The aggregate with the ceiling, or null when it is not a GROUP_CONCAT. */
    static ExprAggregator capped(ExprAggregator e) {
        Aggregator agg = e.getAggregator();
        if (agg instanceof Plain || agg instanceof Distinct) {
            return null;
        }
        if (agg instanceof AggGroupConcat g) {
            return new ExprAggregator(e.getVar(), new Plain(g.getExprList().get(0), g.getSeparator()));
        }
        if (agg instanceof AggGroupConcatDistinct g) {
            return new ExprAggregator(e.getVar(), new Distinct(g.getExprList().get(0), g.getSeparator()));
        }
        return null;
    }

    static final class Plain extends AggGroupConcat {
        private final String separator;

        Plain(Expr expr, String separator) {
            super(expr, separator);
            this.separator = separator;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Counting(super.createAccumulator(), getExpr(), separator);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), separator);
        }
    }

    static final class Distinct extends AggGroupConcatDistinct {
        private final String separator;

        Distinct(Expr expr, String separator) {
            super(expr, separator);
            this.separator = separator;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Counting(super.createAccumulator(), getExpr(), separator);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), separator);
        }
    }

    /** Jena's accumulator, with a count of the characters it has been given (an upper bound for DISTINCT). */
    private static final class Counting implements Accumulator {
        private final Accumulator inner;
        private final Expr expr;
        private final int separatorLength;
        private long chars;

        Counting(Accumulator inner, Expr expr, String separator) {
            this.inner = inner;
            this.expr = expr;
            this.separatorLength = separator == null ? 1 : separator.length();
        }

        @Override
        public void accumulate(Binding binding, FunctionEnv env) {
            try {
                NodeValue value = expr.eval(binding, env);
                chars += separatorLength + (value.isLiteral() ? value.asNode().getLiteralLexicalForm().length() : 0);
            } catch (ExprEvalException e) {
                // Jena's accumulator records the error itself.
            }
            if (chars > MAX_CHARS) {
                throw new QueryExecException("GROUP_CONCAT result over " + MAX_CHARS + " characters: narrow the"
                        + " groups or the values concatenated");
            }
            inner.accumulate(binding, env);
        }

        @Override
        public NodeValue getValue() {
            return inner.getValue();
        }
    }
}
