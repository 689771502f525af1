package org.untoc.kg.serve;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * REGEX and REPLACE as Jena evaluates them (its own pattern translation and semantics), except that the matching
 * reads the text through {@link DeadlineChars}: the query's timeout stops a pattern that back-tracks for ever.
 */
final class GuardedRegex {
    private GuardedRegex() {}

    /** REGEX(text, pattern[, flags]). */
    static final class Regex extends E_Regex {
        private final Duration limit;

        Regex(ExprList args, Duration limit) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            this.limit = limit;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
            Pattern pattern = pattern("REGEX", args);
            return NodeValue.booleanReturn(pattern.matcher(guarded(text, env, limit)).find());
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs, limit);
        }
    }

    /** REPLACE(text, pattern, replacement[, flags]). */
    static final class Replace extends E_StrReplace {
        private final Duration limit;

        Replace(ExprList args, Duration limit) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            this.limit = limit;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0)).getLiteralLexicalForm();
            List<NodeValue> patternArgs = args.size() > 3 ? List.of(args.get(0), args.get(1), args.get(3))
                    : List.of(args.get(0), args.get(1));
            // Every match is found once under the deadline; Jena then does the same, now bounded, work itself
            // and keeps its own replacement rules (language tags, empty matches, $n groups).
            Matcher m = pattern("REPLACE", patternArgs).matcher(guarded(text, env, limit));
            while (m.find()) {
                if (m.end() == m.start() && m.end() >= text.length()) {
                    break;
                }
            }
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs, limit);
        }
    }

    private static Pattern pattern(String label, List<NodeValue> args) {
        String flags = args.size() > 2 ? args.get(2).getString() : null;
        return RegexEngine.makePattern(label, args.get(1).getString(), flags);
    }

    private static CharSequence guarded(String text, FunctionEnv env, Duration limit) {
        AtomicBoolean cancelled = env instanceof ExecutionContext cxt ? cxt.getCancelSignal() : null;
        return new DeadlineChars(text, cancelled, System.nanoTime() + limit.toNanos());
    }
}
