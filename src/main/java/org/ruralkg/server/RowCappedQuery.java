package org.ruralkg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with a ceiling on the rows an anonymous client gets: a SELECT, CONSTRUCT or DESCRIBE
 * without a LIMIT, or with a larger one, runs with {@code LIMIT cap}, and the response says so in the
 * {@value #HEADER} header. Logged-in users (HTTP basic auth) are not capped.
 *
 * <p>Capping the query rather than the output lets the engine stop early, so a "give me everything" query costs
 * no more than {@code cap} rows of work beyond what it needs to find them.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {
    /** Response header naming the cap, sent only when the cap was applied. */
    static final String HEADER = "Ruralkg-Row-Limit";

    private final long cap;

    /** @param cap most rows an anonymous query returns; positive */
    RowCappedQuery(long cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("row cap " + cap + " must be positive");
        }
        this.cap = cap;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, capped(action, query), dataset);
    }

    private Query capped(HttpAction action, Query query) {
        if (action.getUser() != null || query.isAskType() || query.isJsonType()) {
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
