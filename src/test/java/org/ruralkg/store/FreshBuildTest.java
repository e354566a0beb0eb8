package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.graph.IriMinter;

/** A first build into an empty database goes through the bulk loader and stores what a transactional build does. */
class FreshBuildTest {
    @TempDir
    Path tmp;

    @org.junit.jupiter.api.Test
    void aSmallHeapBuildsTransactionallyEvenIntoAnEmptyDatabase() {
        org.junit.jupiter.api.Assertions.assertFalse(FreshBuild.heapAllowsBulk(256L * 1024 * 1024));
        org.junit.jupiter.api.Assertions.assertTrue(FreshBuild.heapAllowsBulk(3L * 1024 * 1024 * 1024));
    }

    @Test
    void bulkAndTransactionalBuildsStoreTheSameGraphs() {
        Path bulkDb = tmp.resolve("bulk");
        assertTrue(FreshBuild.isFresh(bulkDb));
        BuildReport bulk = FreshBuild.run(bulkDb, IriMinter.defaults(), b -> b.threads(2), List.of(Path.of("seeds")),
                line -> { });
        assertEquals(4, bulk.built(), bulk.summary());
        assertFalse(FreshBuild.isFresh(bulkDb));
        assertFalse(Files.exists(tmp.resolve("bulk" + FreshBuild.QUADS_SUFFIX)), "the N-Quads file is deleted");

        Path txDb = tmp.resolve("tx");
        try (KnowledgeStore tx = KnowledgeStore.open(txDb); KnowledgeStore loaded = KnowledgeStore.open(bulkDb)) {
            BuildReport r = KnowledgeBuilder.create(tx).threads(2).build().run(List.of(Path.of("seeds")));
            assertEquals(4, r.built(), r.summary());
            Set<String> names = graphNames(tx);
            assertEquals(names, graphNames(loaded));
            assertEquals(6, names.size(), "four articles, the reference and the statistics graph: " + names);
            for (String g : names) {
                assertTrue(copy(tx, g).isIsomorphicWith(copy(loaded, g)), "graph " + g + " differs");
            }
            assertEquals(tx.size(), loaded.size());
            // and a second build over the loaded database is incremental: nothing to do
            BuildReport again = KnowledgeBuilder.create(loaded).threads(1).build().run(List.of(Path.of("seeds")));
            assertEquals(0, again.built(), again.summary());
            assertEquals(4, again.unchanged(), again.summary());
        }
    }

    @Test
    void aDatabaseHoldingAnythingIsNotFresh() throws Exception {
        Path db = Files.createDirectories(tmp.resolve("db"));
        assertTrue(FreshBuild.isFresh(db));
        Files.writeString(db.resolve("x"), "");
        assertFalse(FreshBuild.isFresh(db));
    }

    private static Set<String> graphNames(KnowledgeStore s) {
        DatasetGraph dsg = s.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
            return out;
        });
    }

    private static Graph copy(KnowledgeStore s, String name) {
        DatasetGraph dsg = s.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Graph out = GraphMemFactory.createDefaultGraph();
            dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(name)).find(Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(out::add);
            return out;
        });
    }
}
