package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralkg.bench.CorpusGenerator;

/** Incremental builds counted article by article: what is skipped, replaced and pruned, sequential and parallel. */
class KnowledgeBuilderTest {
    @TempDir
    Path tmp;

    /** Counts progress events by kind. */
    static final class Counter {
        final Map<KnowledgeBuilder.Progress.Kind, AtomicInteger> byKind = new ConcurrentHashMap<>();

        void accept(KnowledgeBuilder.Progress p) {
            byKind.computeIfAbsent(p.kind(), k -> new AtomicInteger()).incrementAndGet();
        }

        int get(KnowledgeBuilder.Progress.Kind kind) {
            AtomicInteger n = byKind.get(kind);
            return n == null ? 0 : n.get();
        }
    }

    private static BuildReport build(KnowledgeStore store, Path in, int threads, boolean prune, Counter counter) {
        return KnowledgeBuilder.create(store).threads(threads).prune(prune).progress(counter::accept).build()
                .run(List.of(in));
    }

    @ParameterizedTest(name = "threads {0}")
    @ValueSource(ints = {1, 2})
    void rebuildSkipsUnchangedReplacesChangedAndPrunesRemoved(int threads) throws IOException {
        Path in = tmp.resolve("in");
        List<Path> files = CorpusGenerator.create().seed(11).build().write(in, 6, 2);
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("db"))) {
            Counter first = new Counter();
            BuildReport full = build(store, in, threads, false, first);
            assertEquals(6, full.built(), full.summary());
            assertEquals(6, first.get(KnowledgeBuilder.Progress.Kind.BUILT));
            assertEquals(6, store.stamps().size());
            long size = store.size();

            Counter again = new Counter();
            BuildReport unchanged = build(store, in, threads, false, again);
            assertEquals(0, unchanged.built(), unchanged.summary());
            assertEquals(6, unchanged.unchanged());
            assertEquals(0, again.get(KnowledgeBuilder.Progress.Kind.BUILT), "nothing is written again");
            assertEquals(size, store.size());

            // change the second article of the first file: only that one graph is replaced
            List<String> lines = new ArrayList<>(Files.readAllLines(files.get(0), StandardCharsets.UTF_8));
            String changed = lines.get(1).replaceFirst("亩", "亩良田");
            assertNotEquals(lines.get(1), changed);
            lines.set(1, changed);
            Files.write(files.get(0), lines, StandardCharsets.UTF_8);
            var before = store.stamps();
            Counter third = new Counter();
            BuildReport oneChanged = build(store, in, threads, false, third);
            assertEquals(1, oneChanged.built(), oneChanged.summary());
            assertEquals(5, oneChanged.unchanged());
            assertEquals(1, third.get(KnowledgeBuilder.Progress.Kind.BUILT));
            var after = store.stamps();
            long differing = before.keySet().stream()
                    .filter(iri -> !before.get(iri).contentHash().equals(after.get(iri).contentHash())).count();
            assertEquals(1, differing, "exactly one stored article has a new content hash");
            assertEquals(1, TextIndexTest.segments(store.dataset()), "a build that changed the store compacts the index");
            assertTrue(KnowledgeStoreTest.count(store, "?x rkg:text ?t FILTER(CONTAINS(?t, \"亩良田\"))") >= 1,
                    "the replaced graph holds the new text");

            // remove the last file (two articles): kept without --prune, deleted with it
            Files.delete(files.get(2));
            BuildReport kept = build(store, in, threads, false, new Counter());
            assertEquals(0, kept.pruned());
            assertEquals(4, kept.unchanged());
            assertEquals(6, store.stamps().size());
            BuildReport pruned = build(store, in, threads, true, new Counter());
            assertEquals(2, pruned.pruned(), pruned.summary());
            assertEquals(4, pruned.unchanged());
            assertEquals(0, pruned.built());
            assertEquals(4, store.stamps().size());

            // after all these steps the store equals a fresh full build of the same input
            try (KnowledgeStore fresh = KnowledgeStore.open(tmp.resolve("fresh"))) {
                build(fresh, in, threads, false, new Counter());
                assertEquals(fresh.size(), store.size());
                assertEquals(fresh.stamps(), store.stamps());
            }
        }
    }
}
