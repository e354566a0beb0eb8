package org.ruralkg.store;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.ruralkg.vocab.RKG;

/**
 * Per-place counts over the whole store, the answers to "which counties run the most programmes" without a
 * {@code GROUP BY} over every fact at query time: for each place, the distinct programmes, crops and livestock
 * of the place itself and of every place {@code rkg:within} it. Computed with SPARQL over the union of the article
 * graphs, so it counts exactly what a query over the facts would count.
 *
 * <pre>{@code
 * Graph stats = Txn.calculateRead(dataset, () -> Statistics.compute(dataset, iris.statisticsGraph()));
 * }</pre>
 */
final class Statistics {
    /** Count property → the fact whose distinct objects it counts. */
    private static final Map<Property, Property> COUNTED = Map.of(
            RKG.programmeCount, RKG.implements_,
            RKG.cropCount, RKG.grows,
            RKG.livestockCount, RKG.raises);

    private Statistics() {
    }

    /** The statistics graph of {@code dataset} (union default graph); call inside a transaction. */
    static Graph compute(Dataset dataset, String graphIri) {
        Graph out = GraphMemFactory.createDefaultGraph();
        // the graph describes itself, so that its IRI resolves to a page like every minted IRI
        Node self = NodeFactory.createURI(graphIri);
        out.add(self, DCTerms.title.asNode(), NodeFactory.createLiteralLang("按地点统计", "zh"));
        out.add(self, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Counts per place", "en"));
        out.add(self, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Distinct programmes "
                + "(rkg:programmeCount), crops (rkg:cropCount) and livestock (rkg:livestockCount) of each place and "
                + "every place within it, recomputed from all articles by each build that changes the store.", "en"));
        COUNTED.forEach((count, fact) -> {
            // places only: organizations also implement programmes, but are not where counts are looked up
            String q = "PREFIX rkg: <" + RKG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?place (COUNT(DISTINCT ?x) AS ?n) WHERE { "
                    + "{ ?place <" + fact.getURI() + "> ?x } UNION { ?sub rkg:within ?place ; <" + fact.getURI()
                    + "> ?x } FILTER EXISTS { ?place a ?c . ?c rdfs:subClassOf* rkg:Place } } GROUP BY ?place";
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    Node n = NodeFactory.createLiteralDT(Long.toString(row.getLiteral("n").getLong()),
                            XSDDatatype.XSDinteger);
                    out.add(row.getResource("place").asNode(), count.asNode(), n);
                });
            }
        });
        return out;
    }
}
