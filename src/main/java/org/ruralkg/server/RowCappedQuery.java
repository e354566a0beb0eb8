package org.ruralkg.server;

import java.time.Duration;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.atlas.iterator.Iter;

/**
 * Fuseki's query operation made fit for anonymous clients on a network:
 * <ul>
 * <li>a ceiling on what an anonymous client gets, in every result form: SELECT and {@code JSON} queries without a
 * LIMIT, or with a larger one, run with {@code LIMIT cap}; CONSTRUCT and DESCRIBE also, and their graph is cut to
 * {@code cap} triples. The {@value #HEADER} response header says when the cap was applied;</li>
 * <li>no SERVICE for anonymous clients (400), so nobody can make the server fetch a URL of their choosing;</li>
 * <li>the timeout counts from the request's arrival ({@link RequestGuard}), not from when a worker thread got to
 * it, so a busy server answers 503 when the client's time is up rather than later;</li>
 * <li>a {@code text:query} search string that Lucene cannot parse is the client's error: 400.</li>
 * </ul>
 * Logged-in users (HTTP basic auth) are not capped and may use SERVICE.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {
    /** Response header naming the cap, sent only when the cap was applied. */
    static final String HEADER = "Ruralkg-Row-Limit";

    private final long cap;
    private final Duration timeout;

    /**
     * @param cap most rows (or triples) an anonymous query returns; 0 for no cap
     * @param timeout longest a query may take, counted from the request's arrival
     */
    RowCappedQuery(long cap, Duration timeout) {
        if (cap < 0) {
            throw new IllegalArgumentException("row cap " + cap + " must be 0 (no cap) or positive");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("query timeout " + timeout + " must be positive");
        }
        this.cap = cap;
        this.timeout = timeout;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (anonymous(action) && NoFetch.usesService(query)) {
            ServletOps.errorBadRequest("SERVICE is not accepted: this endpoint does not fetch from other servers");
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Duration left = RequestGuard.remaining(action.getRequest(), timeout);
        if (left.isNegative() || left.isZero()) {
            throw new QueryCancelledException(); // Fuseki's 503 "Query timed out"
        }
        // The action's context is its own copy: what is set here concerns this request only.
        action.getContext().set(ARQ.queryTimeout, Long.toString(Math.max(1, left.toMillis())));
        if (anonymous(action)) {
            // Behind the check in validateQuery, in case a SERVICE reaches execution some other way.
            action.getContext().set(Service.httpServiceAllowed, false);
        }
        return super.createQueryExec(action, capped(action, query), dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
        QueryExecResult result;
        try {
            result = super.executeQuery(action, exec, query, log);
        } catch (TextIndexException e) {
            // ASCII only: Fuseki sizes its error body in chars, so a message quoting a Chinese search string would
            // overrun the length it declared and turn this 400 into a 500.
            ServletOps.errorBadRequest("text:query: the search string is not valid Lucene query syntax "
                    + "(check brackets, quotes and AND / OR / NOT)");
            return null;
        }
        if (!isCapped(action) || !(query.isConstructType() || query.isDescribeType())) {
            return result;
        }
        return cutTriples(action, result);
    }

    /** A solution can make many triples, and DESCRIBE many per resource: the cap counts triples here. */
    private QueryExecResult cutTriples(HttpAction action, QueryExecResult result) {
        if (result.isGraph() && result.graph().size() > cap) {
            Graph g = GraphFactory.createDefaultGraph();
            Iter.limit(result.graph().find(), cap).forEachRemaining(g::add);
            action.setResponseHeader(HEADER, Long.toString(cap));
            return new QueryExecResult(g);
        }
        if (result.isDataset() && Iter.count(Iter.limit(result.dataset().find(), cap + 1)) > cap) {
            DatasetGraph d = DatasetGraphFactory.create();
            Iter.limit(result.dataset().find(), cap).forEachRemaining(d::add);
            action.setResponseHeader(HEADER, Long.toString(cap));
            return new QueryExecResult(d);
        }
        return result;
    }

    private static boolean anonymous(HttpAction action) {
        return action.getUser() == null;
    }

    private boolean isCapped(HttpAction action) {
        return cap > 0 && anonymous(action);
    }

    private Query capped(HttpAction action, Query query) {
        if (!isCapped(action) || query.isAskType()) {
            return query;
        }
        if (query.hasLimit() && query.getLimit() <= cap) {
            return query;
        }
        Query q = query.cloneQuery();
        q.setLimit(cap);
        action.setResponseHeader(HEADER, Long.toString(cap));
        return q;
    }
}
