package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.RuralKgException;
import org.ruralkg.bench.CorpusGenerator;
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
    void bulkAndTransactionalBuildsStoreTheSameGraphs() throws IOException {
        Path bulkDb = tmp.resolve("bulk");
        assertTrue(FreshBuild.isFresh(bulkDb));
        BuildReport bulk = FreshBuild.run(bulkDb, IriMinter.defaults(), b -> b.threads(2), List.of(Path.of("seeds")),
                line -> { });
        assertEquals(4, bulk.built(), bulk.summary());
        assertFalse(FreshBuild.isFresh(bulkDb));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(bulkDb), left.toList(), "staging directory and lock file are gone");
        }

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
    void aBuildThatFailsWhileTheLoaderRunsLeavesNothing() throws IOException {
        Path corpus = tmp.resolve("corpus");
        CorpusGenerator.create().seed(7).build().write(corpus, 24, 50);
        Path db = tmp.resolve("db");
        // fails after 20 articles went into the loader (tens of thousands of quads, well past one hand-over)
        RuntimeException e = assertThrows(RuralKgException.class, () -> FreshBuild.run(db, IriMinter.defaults(),
                b -> b.threads(1).progress(p -> {
                    if (p.built() == 20) {
                        throw new IllegalStateException("stopped on purpose");
                    }
                }), List.of(corpus), line -> { }));
        assertTrue(e.getMessage().contains("stopped on purpose"), e.getMessage());
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(corpus), left.toList(), "no database, staging directory or lock file");
        }
        // and the next build starts over and completes
        assertEquals(24, FreshBuild.run(db, IriMinter.defaults(), b -> b.threads(2), List.of(corpus),
                line -> { }).built());
        try (KnowledgeStore s = KnowledgeStore.open(db)) {
            assertEquals(24 + 2, BulkLoaderTest.graphNames(s).size(), "articles, reference and statistics");
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
