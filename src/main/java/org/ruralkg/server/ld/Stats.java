package org.ruralkg.server.ld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.ruralkg.graph.Namespaces;
import org.ruralkg.store.TextIndex;

/**
 * Counts and listings over the whole graph, by SPARQL over {@code GRAPH ?g} so they hold whether or not the
 * default graph is the union of the named graphs.
 */
final class Stats {
    /** Ruralkg's prefixes, plus jena-text's for {@code text:query} (queried, never written, so not in them). */
    static final String PREFIXES = Namespaces.sparqlPrologue() + "PREFIX text: <" + TextIndex.TEXT_NS + ">\n";

    private final Dataset ds;

    Stats(Dataset ds) {
        this.ds = ds;
    }

    /** Distinct triples over all named graphs. */
    long tripleCount() {
        return count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
    }

    /** Distinct typed subjects. */
    long entityCount() {
        return count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } }");
    }

    /** Class IRI → number of distinct instances, most populous first. */
    Map<String, Long> classCounts() {
        Map<String, Long> out = new LinkedHashMap<>();
        select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } FILTER isIRI(?c) } "
                + "GROUP BY ?c ORDER BY DESC(?n) ?c", new ParameterizedSparqlString(),
                row -> out.put(row.getResource("c").getURI(), row.getLiteral("n").getLong()));
        return out;
    }

    private long count(String query) {
        long[] n = {0};
        select(query, new ParameterizedSparqlString(), row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    /** Runs a SELECT (PREFIXES are prepended) in a read transaction, row by row. */
    void select(String query, ParameterizedSparqlString params, Consumer<QuerySolution> each) {
        params.setCommandText(PREFIXES + query);
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create().query(params.asQuery()).dataset(ds).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    each.accept(rs.next());
                }
            }
        });
    }

    /** All rows of a SELECT, for small result sets. */
    List<QuerySolution> rows(String query, ParameterizedSparqlString params) {
        List<QuerySolution> out = new ArrayList<>();
        select(query, params, out::add);
        return out;
    }
}
