package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics graph counts what an aggregate over the facts counts, and follows the store's changes. */
class StatisticsTest {
    private static final String PREFIXES = "PREFIX rkg: <https://w3id.org/ruralkg/ontology#> ";
    private static final Path EVAL = Path.of("src/test/resources/eval/articles");

    @TempDir
    Path tmp;

    @Test
    void countsEqualTheAggregateAndFollowRemovedArticles() throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(EVAL)) {
            all = s.sorted().toList();
        }
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Path f : all) {
            Files.copy(f, in.resolve(f.getFileName()));
        }
        try (KnowledgeStore store = KnowledgeStore.create().inMemory().build()) {
            KnowledgeBuilder.create(store).prune(true).build().run(List.of(in));
            assertTrue(store.hasStatistics());
            Map<String, Long> before = stored(store, "programmeCount");
            assertEquals(aggregate(store, "implements"), before);
            assertEquals(aggregate(store, "grows"), stored(store, "cropCount"));
            assertEquals(aggregate(store, "raises"), stored(store, "livestockCount"));
            assertFalse(countiesOf(store, before).isEmpty(), "some county has programmes: " + before);

            // half the articles go: the counts shrink with them
            for (int i = 0; i < all.size(); i += 2) {
                Files.delete(in.resolve(all.get(i).getFileName()));
            }
            BuildReport r = KnowledgeBuilder.create(store).prune(true).build().run(List.of(in));
            assertTrue(r.pruned() > 0, r.summary());
            Map<String, Long> after = stored(store, "programmeCount");
            assertNotEquals(before, after);
            assertEquals(aggregate(store, "implements"), after);
        }
    }

    @Test
    void aStoreWithoutCountsGetsThemOnTheNextBuildEvenWhenNothingChanged() {
        try (KnowledgeStore store = KnowledgeStore.create().inMemory().build()) {
            KnowledgeBuilder.create(store).build().run(List.of(Path.of("seeds")));
            Map<String, Long> first = stored(store, "cropCount");
            assertFalse(first.isEmpty());
            var dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> dsg.deleteAny(NodeFactory.createURI(store.iris().statisticsGraph()),
                    Node.ANY, Node.ANY, Node.ANY));
            assertFalse(store.hasStatistics());
            BuildReport again = KnowledgeBuilder.create(store).build().run(List.of(Path.of("seeds")));
            assertEquals(0, again.built(), again.summary());
            assertTrue(store.hasStatistics());
            assertEquals(first, stored(store, "cropCount"));
        }
    }

    private static Map<String, Long> stored(KnowledgeStore store, String count) {
        return select(store, PREFIXES + "SELECT ?p ?n WHERE { GRAPH <" + store.iris().statisticsGraph() + "> { ?p rkg:"
                + count + " ?n } }");
    }

    /** The same counts the slow way: distinct objects of the place's and its sub-places' facts, places only. */
    private static Map<String, Long> aggregate(KnowledgeStore store, String fact) {
        return select(store, PREFIXES + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?p (COUNT(DISTINCT ?x) AS ?n) WHERE { ?p a/rdfs:subClassOf* rkg:Place . "
                + "?sub rkg:within* ?p ; rkg:" + fact + " ?x } GROUP BY ?p");
    }

    private static Map<String, Long> countiesOf(KnowledgeStore store, Map<String, Long> counts) {
        Map<String, Long> out = new TreeMap<>();
        select(store, PREFIXES + "SELECT ?p (0 AS ?n) WHERE { ?p a rkg:County }").keySet().forEach(c -> {
            if (counts.containsKey(c)) {
                out.put(c, counts.get(c));
            }
        });
        return out;
    }

    private static Map<String, Long> select(KnowledgeStore store, String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> out = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(row ->
                        out.put(row.getResource("p").getURI(), row.getLiteral("n").getLong()));
            }
            return out;
        });
    }
}
