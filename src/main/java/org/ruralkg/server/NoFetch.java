package org.ruralkg.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Finds the parts of a SPARQL request that make the server fetch from elsewhere: {@code SERVICE} (with an IRI or a
 * variable, also inside {@code EXISTS}) and {@code LOAD}. The server refuses them, because they let whoever may send
 * a query make this machine open any URL, the loopback and the local network included, and read {@code file:} IRIs.
 */
final class NoFetch {
    private NoFetch() {
    }

    /** Whether the query contains a SERVICE pattern anywhere. */
    static boolean usesService(Query query) {
        return usesService(Algebra.compile(query));
    }

    /** What in the update request would fetch: "LOAD", "SERVICE", or null for nothing. */
    static String fetching(UpdateRequest request) {
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad) {
                return "LOAD";
            }
            if (u instanceof UpdateModify m && usesService(Algebra.compile(m.getWherePattern()))) {
                return "SERVICE";
            }
        }
        return null;
    }

    private static boolean usesService(Op op) {
        AtomicBoolean found = new AtomicBoolean();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found.set(true);
            }
        }, new ExprVisitorBase());
        return found.get();
    }
}
