package org.ruralkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;

/**
 * One bulk load into the staging directory {@code <db>.loading}, fed while it runs: the producer writes quads to
 * {@link #input()}, which hands them in batches through a bounded queue to one loader thread that runs Jena's bulk
 * loader, and, if asked, to a text thread that adds the Lucene documents of the indexed literals as they pass. So
 * the producer (extraction, a parser) keeps working while the loader writes, and memory stays bounded whatever the
 * input size.
 * {@link #finish} completes the indexes, computes the statistics graph and renames the staging directory to
 * {@code <db>}; {@link #close} before that deletes the staging directory. A killed process leaves only the staging
 * directory, which the next load deletes. A lock on {@code <db>.loading.lock} keeps a second load of the same
 * database out meanwhile.
 */
final class StagedLoad implements AutoCloseable {
    /** Quads per hand-over to the loader thread: few enough queue operations, little memory. */
    static final int BATCH = 4096;
    /** Batches waiting for the loader thread at most; the producer blocks beyond that. */
    static final int QUEUE = 16;

    private static final List<Quad> END = new ArrayList<>();

    private final Path target;
    private final Path staging;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread loaderThread;
    private final Input input = new Input();
    private volatile Throwable loaderFailed;
    private volatile boolean abort;
    private final Consumer<String> log;
    private final boolean indexText;
    private final AtomicLong textNanos = new AtomicLong();
    private final ExecutorService textThread;
    private volatile RuntimeException textFailed;
    private DatasetGraph dsg;
    private TextIndexLucene text;
    private boolean finished;

    private StagedLoad(Path target, BulkLoader.Kind kind, boolean indexText, Consumer<String> log) {
        this.target = target;
        this.log = log;
        this.indexText = indexText;
        this.staging = target.resolveSibling(target.getFileName() + BulkLoader.STAGING_SUFFIX);
        this.lockFile = target.resolveSibling(target.getFileName() + BulkLoader.STAGING_SUFFIX + ".lock");
        try {
            Files.createDirectories(target.getParent());
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new RuralKgException("cannot create " + lockFile + ": " + e.getMessage(), e);
        }
        lock = tryLock(lockChannel, target);
        try {
            BulkLoader.checkTarget(target); // again, now that no other load can be moving one into place
            BulkLoader.deleteTree(staging); // a leftover of a killed load: start over
            dsg = DatabaseMgr.connectDatasetGraph(staging.toString());
            text = indexText ? TextIndex.lucene(staging.resolve(KnowledgeStore.TEXT_DIR)) : null;
        } catch (RuntimeException e) {
            releaseAfterFailure();
            throw e;
        }
        DataLoader loader = switch (kind) {
            case PHASED -> LoaderFactory.phasedLoader(dsg, quiet());
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, quiet());
            case BASIC -> LoaderFactory.basicLoader(dsg, quiet());
        };
        // bounded like the loader's queue; when it is full the loader thread indexes the batch itself
        textThread = indexText ? new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> daemon(r, "ruralkg-bulk-text"),
                new ThreadPoolExecutor.CallerRunsPolicy()) : null;
        loaderThread = daemon(() -> load(loader), "ruralkg-bulk-loader");
        loaderThread.start();
    }

    /**
     * Starts a load into {@code target}, which must be absent or an empty directory. With {@code indexText} the
     * text index is built from the streamed quads; without, the store fills it from the loaded data when first
     * opened ({@link TextIndex#wrap}), which also keeps a quad given twice from being indexed twice. {@code log}
     * gets one line on where the time went after the input ended.
     */
    static StagedLoad start(Path target, BulkLoader.Kind kind, boolean indexText, Consumer<String> log) {
        return new StagedLoad(target.toAbsolutePath().normalize(), kind, indexText, log);
    }

    /** Where the producer writes, from one thread; {@code start} and {@code finish} of it do nothing. */
    StreamRDF input() {
        return input;
    }

    /**
     * Waits for the loader, completes text index and statistics, and moves the database into place; returns the
     * quads the loader was given.
     */
    long finish(IriMinter iris) {
        input.flush();
        long t0 = System.nanoTime();
        put(END);
        join();
        if (loaderFailed != null) {
            throw new RuralKgException("bulk load failed: " + loaderFailed.getMessage(), loaderFailed);
        }
        closeStaging();
        long t1 = System.nanoTime();
        // Opening the store fills the text index if it was not built while loading (TextIndex.wrap).
        try (KnowledgeStore loaded = KnowledgeStore.create().location(staging).iris(iris).build()) {
            loaded.refreshStatistics();
            TextIndex.compact(loaded.dataset()); // the index and the statistics' labels, in one segment
        }
        BulkLoader.moveIntoPlace(staging, target);
        log.accept(String.format(Locale.ROOT, "ruralkg: %,d quads loaded; after the input ended: indexes %.1f s, %s "
                + "%.1f s%s", input.count, (t1 - t0) / 1e9, indexText ? "statistics" : "text index and statistics",
                (System.nanoTime() - t1) / 1e9, indexText ? String.format(Locale.ROOT,
                        "; text index made beside the load in %.1f s", textNanos.get() / 1e9) : ""));
        finished = true;
        return input.count;
    }

    /** Releases the lock; without a {@link #finish} first, stops the loader and deletes what it wrote. */
    @Override
    public void close() {
        if (!finished) {
            abort = true;
            queue.clear();
            queue.offer(END);
            join();
            closeStaging();
            BulkLoader.deleteTree(staging);
        }
        release();
    }

    /**
     * The loader thread: everything it does to the dataset happens on it, as Jena's loaders require. The Lucene
     * documents are made on a thread of their own (the analyser's word segmentation costs more than the loader's
     * share of the work on this thread), or on this one while that thread is behind.
     */
    private void load(DataLoader loader) {
        try {
            loader.startBulk();
            StreamRDF into = loader.stream();
            into.start();
            for (List<Quad> batch = queue.take(); batch != END; batch = queue.take()) {
                batch.forEach(into::quad);
                if (textThread != null) {
                    List<Quad> b = batch;
                    textThread.execute(() -> indexText(b));
                }
            }
            if (abort) {
                loader.finishException(new RuralKgException("load abandoned"));
                return;
            }
            into.finish();
            loader.finishBulk();
            if (textThread != null) {
                textThread.shutdown();
                textThread.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
                if (textFailed != null) {
                    throw textFailed;
                }
                text.commit();
            }
        } catch (Throwable t) {
            loaderFailed = t;
            queue.clear(); // a producer blocked on a full queue sees the failure
            try {
                loader.finishException(t instanceof Exception e ? e : new RuntimeException(t));
            } catch (RuntimeException ignored) {
                // the first failure is the one to report
            }
        } finally {
            stopText();
        }
    }

    private void indexText(List<Quad> batch) {
        long t0 = System.nanoTime();
        try {
            batch.forEach(q -> TextIndex.index(text, q));
        } catch (RuntimeException e) {
            textFailed = e;
        }
        textNanos.addAndGet(System.nanoTime() - t0);
    }

    /** Stops the text thread and waits for it, so that nothing writes to the index once it is closed. */
    private void stopText() {
        if (textThread == null) {
            return;
        }
        textThread.shutdownNow();
        try {
            textThread.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(List<Quad> batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (loaderFailed != null || !loaderThread.isAlive()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuralKgException("interrupted while loading", e);
        }
        if (loaderFailed != null) {
            throw new RuralKgException("bulk load failed: " + loaderFailed.getMessage(), loaderFailed);
        }
    }

    private void join() {
        try {
            loaderThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuralKgException("interrupted while loading", e);
        }
    }

    private void closeStaging() {
        if (text != null) {
            text.close();
            text = null;
        }
        if (dsg != null) {
            TDBInternal.expel(dsg); // the store opened on it next, or the deletion, needs it closed
            dsg = null;
        }
    }

    private void releaseAfterFailure() {
        try {
            closeStaging();
        } finally {
            release();
        }
    }

    private void release() {
        try (lockChannel) {
            // deleted while still held, so a waiting load cannot find it locked by nobody in between
            Files.deleteIfExists(lockFile);
            lock.release();
        } catch (IOException e) {
            // the lock goes with the channel; a leftover lock file locks nothing
        }
    }

    private static FileLock tryLock(FileChannel ch, Path db) {
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        } catch (IOException e) {
            l = null;
        }
        if (l == null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing held
            }
            throw new RuralKgException("database " + db + " is in use by another process (a running build)");
        }
        return l;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Jena's loader reports progress through this; its worker threads fail on a null one. */
    private static MonitorOutput quiet() {
        return (fmt, args) -> { };
    }

    /** Collects quads into batches for the loader thread. */
    private final class Input extends StreamRDFBase {
        private List<Quad> batch = new ArrayList<>(BATCH);
        private long count;

        @Override
        public void quad(Quad q) {
            batch.add(q);
            count++;
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(Quad.defaultGraphNodeGenerated, t));
        }

        void flush() {
            if (!batch.isEmpty()) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }
}
