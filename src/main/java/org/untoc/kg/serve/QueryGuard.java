package org.untoc.kg.serve;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * What makes the query timeout real and keeps queries inside this server, installed on the context of the
 * store's dataset (so that /sparql, the named queries, the pages and the embedded Fuseki all run under it):
 * <ul>
 *   <li>SERVICE goes through {@link ServicePolicy#executor()} first;
 *   <li>REGEX and REPLACE read their text through a deadline ({@link GuardedRegex}), so the timeout stops them;
 *   <li>GROUP_CONCAT stops at {@link CappedGroupConcat#MAX_CHARS} characters, and sorts spill to disk;
 *   <li>functions that sleep ({@code afn:wait}) are not registered, and {@code java:} IRIs, which make Jena load
 *       and run any class on the class path as a function or property function, are refused;
 *   <li>a query that uses one of those is refused before it runs (400), with the reason.
 * </ul>
 */
@Singleton
public class QueryGuard {
    /** Functions that hold the thread without ever looking at the query's cancellation. */
    static final Set<String> SLEEPERS = Set.of(ARQConstants.ARQFunctionLibraryURI + "wait");

    private final ServicePolicy servicePolicy;
    private final SparqlConfig config;

    public QueryGuard(ServicePolicy servicePolicy, SparqlConfig config) {
        this.servicePolicy = servicePolicy;
        this.config = config;
    }

    /** Installs the guards on a dataset's context. */
    public void install(Context context) {
        servicePolicy.install(context);
        FunctionRegistry current = FunctionRegistry.get(context);
        FunctionRegistry functions = FunctionRegistry.createFrom(current != null ? current : FunctionRegistry.get());
        for (String sleeper : SLEEPERS) {
            functions.remove(sleeper);
            functions.put(sleeper, uri -> {
                throw new QueryExecException("function <" + uri + "> is not allowed on this endpoint");
            });
        }
        FunctionRegistry.set(context, functions);
        RewriteFactory base = context.get(ARQConstants.sysOptimizerFactory);
        RewriteFactory optimizer = base != null ? base : Optimize.getFactory();
        Duration limit = config.timeout();
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> {
            var rewrite = optimizer.create(cxt);
            // Guarded before the optimizer too: its constant folding evaluates REGEX over literals.
            return op -> guard(rewrite.rewrite(guard(op, limit)), limit);
        });
        // Sorts beyond this many rows go to temporary files instead of the heap.
        context.set(ARQ.spillToDiskThreshold, config.sortSpillRows());
    }

    /** The algebra with REGEX and REPLACE evaluated under a deadline, everywhere an expression can stand. */
    static Op guard(Op op, Duration limit) {
        ExprTransformCopy exprs = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof GuardedRegex.Regex)) {
                    return new GuardedRegex.Regex(args, limit);
                }
                if (func instanceof E_StrReplace && !(func instanceof GuardedRegex.Replace)) {
                    return new GuardedRegex.Replace(args, limit);
                }
                return super.transform(func, args);
            }

        };
        TransformCopy ops = new TransformCopy() {
            @Override
            public Op transform(OpGroup opGroup, Op subOp) {
                // Aggregates are not expressions the walk rewrites: GROUP_CONCAT is swapped here.
                List<ExprAggregator> aggregators = new ArrayList<>();
                boolean changed = false;
                for (ExprAggregator a : opGroup.getAggregators()) {
                    ExprAggregator capped = CappedGroupConcat.capped(a);
                    aggregators.add(capped != null ? capped : a);
                    changed |= capped != null;
                }
                return changed ? OpGroup.create(subOp, opGroup.getGroupVars(), aggregators)
                        : super.transform(opGroup, subOp);
            }
        };
        return Transformer.transform(ops, exprs, op);
    }

    /** Throws a 400 {@link SparqlException} when the query calls a function this endpoint does not run. */
    public void check(Query query) {
        String refused = refusedFunction(Algebra.compile(query));
        if (refused != null) {
            throw new SparqlException(400, "function <" + refused + "> is not allowed on this endpoint"
                    + (SLEEPERS.contains(refused) ? " (it holds a query slot without doing any work)"
                            : " (java: IRIs load server classes)"));
        }
    }

    static String refusedFunction(Op op) {
        String[] found = new String[1];
        ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.expr.ExprFunctionN func) {
                if (func instanceof E_Function f && isRefused(f.getFunctionIRI())) {
                    found[0] = f.getFunctionIRI();
                }
            }
        };
        OpVisitorBase ops = new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(t -> predicate(t.getPredicate()));
            }

            @Override
            public void visit(OpTriple triple) {
                predicate(triple.getTriple().getPredicate());
            }

            @Override
            public void visit(OpPath path) {
                Node p = path.getTriplePath().getPredicate();
                if (p != null) {
                    predicate(p);
                }
            }

            private void predicate(Node p) {
                // A property function is named by its predicate: java:… loads a class.
                if (p.isURI() && isRefused(p.getURI())) {
                    found[0] = p.getURI();
                }
            }
        };
        Walker.walk(op, ops, exprs);
        return found[0];
    }

    static boolean isRefused(String iri) {
        return SLEEPERS.contains(iri) || iri.toLowerCase(Locale.ROOT).startsWith("java:");
    }
}
