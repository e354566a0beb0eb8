package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's full-text index follows builds: on disk under {@code <db>/text}, refilled when missing. */
class KnowledgeStoreTextTest {
    static final Path SEED = Path.of("seeds/000_e40f3922dc4b6374.txt");
    static final String SENTENCE = "先后引进中通快递(晋城)智能科技电商快递产业园、晋城市万鑫顺达100兆瓦光伏二期扩容两个重点工程项目。";
    static final String REPLACEMENT = "先后引进两个猕猴桃种植重点工程项目。";

    @Test
    void aRebuiltArticleLeavesNoStaleHitsAndAMissingIndexIsRefilled(@TempDir Path tmp) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Path page = input.resolve(SEED.getFileName());
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        assertTrue(text.contains(SENTENCE), "the seed still holds the sentence this test edits");
        Files.writeString(page, text, StandardCharsets.UTF_8);
        Path db = tmp.resolve("db");

        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            KnowledgeBuilder.create(store).build().run(List.of(input));
            assertFalse(TextIndexTest.search(store.dataset(), "快递").isEmpty(), "indexed on build");
            assertTrue(TextIndexTest.search(store.dataset(), "猕猴桃").isEmpty());
        }
        assertTrue(Files.isDirectory(db.resolve(KnowledgeStore.TEXT_DIR)), "index kept beside the TDB2 files");

        Files.writeString(page, text.replace(SENTENCE, REPLACEMENT), StandardCharsets.UTF_8);
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            BuildReport r = KnowledgeBuilder.create(store).build().run(List.of(input));
            assertTrue(r.complete(), r.summary());
            assertEquals(List.of(), TextIndexTest.search(store.dataset(), "快递"), "no hits from the old text");
            assertFalse(TextIndexTest.search(store.dataset(), "猕猴桃").isEmpty(), "the new sentence is found");
        }

        // A database built before the index existed: the index is rebuilt from the stored graph on open.
        deleteTree(db.resolve(KnowledgeStore.TEXT_DIR));
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertFalse(TextIndexTest.search(store.dataset(), "猕猴桃").isEmpty(), "refilled on open");
            assertEquals(List.of(), TextIndexTest.search(store.dataset(), "快递"));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
