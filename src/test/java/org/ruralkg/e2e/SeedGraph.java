package org.ruralkg.e2e;

import java.nio.file.Path;
import java.util.List;
import org.ruralkg.server.KgServer;
import org.ruralkg.store.BuildReport;
import org.ruralkg.store.KnowledgeBuilder;
import org.ruralkg.store.KnowledgeStore;

/**
 * The real graph of {@code seeds/}, built into an in-memory store and served on a free port, for tests that look at
 * what users see. Build it once per test class: extraction of the seed takes seconds.
 */
public final class SeedGraph implements AutoCloseable {
    /** The seed corpus, relative to the project directory (Maven runs tests there). */
    public static final Path SEEDS = Path.of("seeds");

    private final KnowledgeStore store;
    private final KgServer server;

    private SeedGraph(KnowledgeStore store, KgServer server) {
        this.store = store;
        this.server = server;
    }

    /** Builds seeds/ and starts the server with its defaults (linked data on) on port 0. */
    public static SeedGraph start() {
        KnowledgeStore store = KnowledgeStore.create().inMemory().build();
        try {
            BuildReport r = KnowledgeBuilder.create(store).build().run(List.of(SEEDS));
            if (!r.complete() || r.built() == 0) {
                throw new AssertionError("seed build incomplete: " + r.summary());
            }
            return new SeedGraph(store, KgServer.create().dataset(store.dataset()).port(0).build().start());
        } catch (RuntimeException | AssertionError e) {
            store.close();
            throw e;
        }
    }

    public KnowledgeStore store() {
        return store;
    }

    public KgServer server() {
        return server;
    }

    /** Root URL, ending in "/". */
    public String url() {
        return server.url();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }
}
