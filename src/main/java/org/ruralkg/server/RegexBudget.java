package org.ruralkg.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * Makes {@code REGEX} and {@code REPLACE} stop when their query is cancelled or times out. A backtracking pattern
 * such as {@code (.*.){6}x} can run for hours inside one call to {@link Matcher#find()}, where Jena's own checks
 * between rows never get a say; here the matcher reads its text through a {@link CharSequence} that looks at the
 * query's cancel flag every few thousand characters and throws {@link QueryCancelledException} once it is set.
 *
 * <p>Installed as the optimizer of a context ({@link #install(Context)}): after Jena's usual optimization, the
 * algebra's REGEX and REPLACE expressions (also inside {@code EXISTS}) are swapped for the budgeted ones.
 */
final class RegexBudget {
    /** Characters read between two looks at the cancel flag: often enough for 1 s, rarely enough to cost nothing. */
    private static final int CHECK_EVERY = 4096;

    private RegexBudget() {
    }

    /** Every query run with {@code context} (or a copy of it) gets budgeted regular expressions. */
    static void install(Context context) {
        RewriteFactory standard = Optimize.getFactory();
        RewriteFactory budgeted = cxt -> {
            var optimizer = standard.create(cxt);
            return op -> Walker.transform(optimizer.rewrite(op), new TransformCopy(), new Swap());
        };
        context.set(ARQConstants.sysOptimizerFactory, budgeted);
    }

    /** Replaces Jena's REGEX and REPLACE by the budgeted subclasses, leaving everything else as it is. */
    private static final class Swap extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof Regex)) {
                return new Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            if (func instanceof E_StrReplace && !(func instanceof Replace)) {
                return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            }
            return super.transform(func, args);
        }
    }

    /** REGEX that gives up when its query is cancelled. */
    static final class Regex extends E_Regex {
        private final Pattern constant;

        Regex(Expr expr, Expr pattern, Expr flags) {
            super(expr, pattern, flags);
            constant = constantPattern("REGEX", pattern, flags);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
            Pattern p = constant != null ? constant : pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.makeBoolean(p.matcher(new Cancellable(text, cancelSignal(env))).find());
        }

        @Override
        public Expr copy(ExprList args) {
            return new Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }
    }

    /**
     * REPLACE that gives up when its query is cancelled: the matches are first found on the watched text, and only
     * a search that finished is repeated by Jena's own REPLACE, so the unwatched second pass costs no more than a
     * first one that ended within the budget.
     */
    static final class Replace extends E_StrReplace {
        private final Pattern constant;

        Replace(Expr str, Expr pattern, Expr replacement, Expr flags) {
            super(str, pattern, replacement, flags);
            constant = constantPattern("REPLACE", pattern, flags);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0)).getLiteralLexicalForm();
            Pattern p = constant != null ? constant
                    : pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
            Matcher m = p.matcher(new Cancellable(text, cancelSignal(env)));
            while (m.find()) {
                // only the time it takes matters
            }
            return eval(args);
        }

        @Override
        public Expr copy(ExprList args) {
            return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }
    }

    /** The pattern compiled once when it and its flags are constants, as Jena does; otherwise null. */
    private static Pattern constantPattern(String label, Expr pattern, Expr flags) {
        boolean constant = pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || flags.isConstant() && flags.getConstant().isString());
        return constant ? pattern(label, pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    /** Jena's own compilation, so flags and errors are the standard ones. */
    private static Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
        String p = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
        String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
        return RegexEngine.makePattern(label, p, f);
    }

    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        if (env instanceof ExecutionContext cxt && cxt.getCancelSignal() != null) {
            return cxt.getCancelSignal();
        }
        AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
        return signal != null ? signal : new AtomicBoolean();
    }

    /** Text that throws {@link QueryCancelledException} when read after its query was cancelled. */
    static final class Cancellable implements CharSequence {
        private final CharSequence text;
        private final AtomicBoolean cancelled;
        private int reads;

        Cancellable(CharSequence text, AtomicBoolean cancelled) {
            this.text = text;
            this.cancelled = cancelled;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                    throw new QueryCancelledException();
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Cancellable(text.subSequence(start, end), cancelled);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
