package org.ruralkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;

/**
 * The first build into an empty database, through Jena's bulk loader instead of transactional inserts: the
 * pipeline of {@link KnowledgeBuilder} streams every graph into the loader as it is extracted (through a bounded
 * queue to one loader thread, see {@link StagedLoad}), so extraction and loading overlap; the Lucene documents of
 * the indexed literals are made from the same stream, and the statistics graph is computed once all is loaded.
 *
 * <pre>{@code
 * if (FreshBuild.isFresh(db)) {
 *     BuildReport r = FreshBuild.run(db, iris, b -> b.threads(2), List.of(Path.of("seeds")), System.err::println);
 * }
 * }</pre>
 *
 * Crash rule, as for {@code ruralkg load}: everything goes to {@code <db>.loading}, renamed to {@code <db>} only
 * when data, text index and statistics are complete, so a killed build leaves the database fresh and the next
 * build starts the bulk path over (deleting the leftover staging directory). Builds into a database that holds
 * anything stay transactional.
 */
public final class FreshBuild {
    /** The loader a fresh build uses unless told otherwise; see BENCHMARKS.md for the measurement behind it. */
    public static final BulkLoader.Kind DEFAULT_LOADER = BulkLoader.Kind.PHASED;

    /** The start of the line {@link #run} logs when the last article is extracted and the loader finishes. */
    public static final String EXTRACTED = "ruralkg: extraction done";

    private FreshBuild() {
    }

    /**
     * Below this heap Jena's bulk loader runs out of memory while it builds its indexes (a 10x bench corpus fails
     * at 256 MB); a small JVM fills even an empty database transactionally, which stays within 256 MB.
     */
    public static final long BULK_MIN_HEAP = 512L * 1024 * 1024;

    /** Whether a JVM whose maximum heap is {@code maxHeap} bytes should take the bulk path into a fresh database. */
    public static boolean heapAllowsBulk(long maxHeap) {
        return maxHeap >= BULK_MIN_HEAP;
    }

    /** True when {@code db} is absent or an empty directory: a build there may take the bulk path. */
    public static boolean isFresh(Path db) {
        Objects.requireNonNull(db, "db");
        if (!Files.exists(db)) {
            return true;
        }
        if (!Files.isDirectory(db)) {
            return false;
        }
        try (Stream<Path> s = Files.list(db)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new RuralKgException("cannot list " + db + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds {@code inputs} into the fresh database {@code db} with the {@link #DEFAULT_LOADER}. {@code options}
     * sets threads, progress and the like on the builder; {@code log} gets a line when the load starts and when the
     * extraction is done. Returns the build's report; articles that failed are counted there, as in a
     * transactional build.
     */
    public static BuildReport run(Path db, IriMinter iris, UnaryOperator<KnowledgeBuilder.Builder> options,
            List<Path> inputs, Consumer<String> log) {
        return run(db, iris, DEFAULT_LOADER, options, inputs, log);
    }

    /** As {@link #run(Path, IriMinter, UnaryOperator, List, Consumer)}, with the given Jena loader. */
    public static BuildReport run(Path db, IriMinter iris, BulkLoader.Kind loader,
            UnaryOperator<KnowledgeBuilder.Builder> options, List<Path> inputs, Consumer<String> log) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(log, "log");
        if (!isFresh(db)) {
            throw new RuralKgException("database " + db + " is not empty; a fresh build needs an empty one");
        }
        try (StagedLoad load = StagedLoad.start(db, loader, true, log)) {
            log.accept("ruralkg: extracting into Jena's " + loader.name().toLowerCase(Locale.ROOT)
                    + " bulk loader");
            BuildReport report = options.apply(KnowledgeBuilder.fresh(iris, load.input())).build().run(inputs);
            log.accept(EXTRACTED + "; finishing the load (indexes, statistics)");
            load.finish(iris);
            return report;
        }
    }
}
