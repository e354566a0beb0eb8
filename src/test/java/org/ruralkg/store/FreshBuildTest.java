package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
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
            List<Node> names = BulkLoaderTest.graphNames(tx);
            assertEquals(names, BulkLoaderTest.graphNames(loaded));
            assertEquals(6, names.size(), "four articles, the reference and the statistics graph: " + names);
            for (Node g : names) {
                assertTrue(BulkLoaderTest.copy(tx, g).isIsomorphicWith(BulkLoaderTest.copy(loaded, g)),
                        "graph " + g + " differs");
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
}
