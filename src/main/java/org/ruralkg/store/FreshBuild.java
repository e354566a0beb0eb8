package org.ruralkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;

/**
 * The first build into an empty database, through Jena's bulk loader instead of transactional inserts: the
 * pipeline of {@link KnowledgeBuilder} writes every graph as N-Quads to {@code <db>.build.nq}, then
 * {@link BulkLoader} loads that file and builds the full-text index in one pass, and the file is deleted.
 *
 * <pre>{@code
 * if (FreshBuild.isFresh(db)) {
 *     BuildReport r = FreshBuild.run(db, iris, b -> b.threads(2), List.of(Path.of("seeds")), System.err::println);
 * }
 * }</pre>
 *
 * Crash rule, as for {@code ruralkg load}: nothing appears at {@code <db>} before data and index are complete, so a
 * killed build leaves the database fresh and the next build starts the bulk path over (the N-Quads file and the
 * loader's staging directory are overwritten). Builds into a database that holds anything stay transactional.
 */
public final class FreshBuild {
    /** Suffix of the N-Quads file a fresh build writes beside the database directory. */
    public static final String QUADS_SUFFIX = ".build.nq";

    private FreshBuild() {
    }

    /** The lock that keeps a second fresh build of {@code db} out, as TDB2's lock does for a database in use. */
    private static FileLock lockOf(FileChannel ch, Path db) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new RuralKgException("database " + db + " is in use by another process (a running build)");
        }
        return lock;
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
     * Builds {@code inputs} into the fresh database {@code db}. {@code options} sets threads, progress and the
     * like on the builder; {@code log} gets the loader's progress lines. Returns the build's report; articles that
     * failed are counted there, as in a transactional build.
     */
    public static BuildReport run(Path db, IriMinter iris, UnaryOperator<KnowledgeBuilder.Builder> options,
            List<Path> inputs, Consumer<String> log) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(log, "log");
        if (!isFresh(db)) {
            throw new RuralKgException("database " + db + " is not empty; a fresh build needs an empty one");
        }
        Path abs = db.toAbsolutePath().normalize();
        Path quads = abs.resolveSibling(abs.getFileName() + QUADS_SUFFIX);
        boolean owned = false;
        try {
            BuildReport report;
            // truncated only once locked: the file may be another build's, still being written
            try (FileChannel ch = FileChannel.open(quads, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockOf(ch, db)) {
                owned = true;
                ch.truncate(0);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8, null);
                w.start();
                report = options.apply(KnowledgeBuilder.fresh(iris, w)).build().run(inputs);
                w.finish();
                out.flush();
                // loaded while still locked, so a second fresh build cannot start on the same database meanwhile
                BulkLoader.create(db).files(List.of(quads)).iris(iris).log(log).build().run();
            } catch (IOException e) {
                throw new RuralKgException("cannot write " + quads + ": " + e.getMessage(), e);
            }
            return report;
        } finally {
            try {
                if (owned) {
                    Files.deleteIfExists(quads);
                }
            } catch (IOException e) {
                log.accept("ruralkg: cannot delete " + quads + ": " + e.getMessage());
            }
        }
    }
}
