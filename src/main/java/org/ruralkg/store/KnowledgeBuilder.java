package org.ruralkg.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.ruralkg.RuralKgException;
import org.ruralkg.extract.Extractor;
import org.ruralkg.graph.GraphAssembler;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.graph.ReferenceData;
import org.ruralkg.source.Article;
import org.ruralkg.source.ArticleReader;
import org.ruralkg.source.ReadProblem;

/**
 * Reads articles, extracts, assembles and writes them into a {@link KnowledgeStore}. Articles stream through: the
 * calling thread reads and skips articles whose content hash, extractor version and graph format match the stored ones,
 * {@code threads} extractor threads extract and assemble the rest, and one writer thread stores the graphs, a few
 * whole articles per write transaction, so a crash never leaves half an article graph. At most a bounded number of
 * articles is in flight, so memory does not grow with the corpus.
 *
 * <pre>{@code
 * BuildReport r = KnowledgeBuilder.create(store).prune(true).threads(4).build().run(List.of(Path.of("seeds")));
 * System.err.println(r.summary());
 * }</pre>
 *
 * With {@code threads(1)} everything happens on the calling thread, in input order.
 */
public final class KnowledgeBuilder {
    /** A write transaction is committed once it holds this many triples (or the writer has nothing else). */
    public static final int BATCH_TRIPLES = 50_000;
    /** ... or this many articles. */
    public static final int BATCH_ARTICLES = 32;

    private final KnowledgeStore store;
    private final IriMinter iris;
    private final StreamRDF bulk;
    private final Supplier<Extractor> extractor;
    private final String extractorVersion;
    private final boolean prune;
    private final int threads;
    private final Consumer<Progress> progress;

    private KnowledgeBuilder(Builder b) {
        this.store = b.store;
        this.iris = b.iris;
        this.bulk = b.bulk;
        this.extractor = b.extractor;
        this.extractorVersion = b.extractorVersion;
        this.prune = b.prune;
        this.threads = b.threads;
        this.progress = b.progress;
    }

    public static Builder create(KnowledgeStore store) {
        Objects.requireNonNull(store, "store");
        return new Builder(store, store.iris(), null);
    }

    /**
     * A build of a fresh database that writes every graph (articles and reference) to {@code quads} instead of a
     * store, for a bulk loader to load ({@link FreshBuild}). Nothing is stored yet, so every article is built and
     * {@code prune} has nothing to delete. The caller starts and finishes {@code quads}; the writer thread alone
     * writes to it.
     */
    public static Builder fresh(IriMinter iris, StreamRDF quads) {
        return new Builder(null, Objects.requireNonNull(iris, "iris"), Objects.requireNonNull(quads, "quads"));
    }

    /**
     * Builds the store from every article below {@code inputs}. Throws {@link RuralKgException} only for fatal
     * problems (an input that does not exist, a store that cannot be written); problems with single files or
     * articles are counted in the report and the rest is built.
     */
    public BuildReport run(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        if (inputs.isEmpty()) {
            throw new RuralKgException("no input given: name files or folders of articles");
        }
        for (Path in : inputs) {
            // A mistyped path is a usage error, caught before the store is touched; unreadable files found
            // while reading are reported and skipped instead.
            if (!java.nio.file.Files.exists(in)) {
                throw new RuralKgException("input " + in + " does not exist");
            }
        }
        try (AutoCloseable lock = store == null ? () -> { } : store.lockForBuild()) {
            return new Run().execute(inputs);
        } catch (RuralKgException e) {
            throw e;
        } catch (Exception e) {
            String where = store == null ? "a fresh database"
                    : store.location().map(Path::toString).orElse("in-memory store");
            throw new RuralKgException("build of " + where + " failed: " + e.getMessage(), e);
        }
    }

    /** An assembled article graph on its way to the store, or the reason it has none. */
    private record Built(String iri, String source, Model graph, String failure) {
    }

    /** One build: counts, problems and the pipeline threads. */
    private final class Run {
        private final List<ReadProblem> problems = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private final Map<String, String> seen = new HashMap<>();
        private final GraphAssembler assembler = GraphAssembler.create(iris);
        private int built;
        private int unchanged;
        private int failed;
        private Extractor loaded;

        BuildReport execute(List<Path> inputs) throws InterruptedException {
            Map<String, KnowledgeStore.Stamp> stored = store == null ? Map.of() : store.stamps();
            ReferenceData ref = ReferenceData.fromClasspath();
            if (store == null) {
                emit(iris.referenceGraph(), ref.graph(iris));
            } else {
                store.replaceReference(ref.graph(iris));
            }
            ArticleReader reader = ArticleReader.create().onProblem(p -> {
                synchronized (this) {
                    problems.add(p);
                    report(Progress.Kind.SKIPPED, p.toString());
                }
            }).build();
            try (Stream<Article> articles = reader.read(inputs).filter(a -> needsBuild(a, stored))) {
                if (threads == 1) {
                    sequential(articles);
                } else {
                    parallel(articles);
                }
            }
            int pruned = prune && store != null ? prune(stored, seen, problems) : 0;
            // the counts follow the facts; an unchanged rebuild leaves them alone (a fresh build's loader adds them)
            if (store != null && (built > 0 || pruned > 0 || !store.hasStatistics())) {
                store.refreshStatistics();
                TextIndex.compact(store.dataset()); // the build's commits left a segment each
            }
            synchronized (this) {
                return new BuildReport(built, unchanged, problems.size(), failed, pruned, problems, failures,
                        ref.missing());
            }
        }

        /** Records the article as seen; false for duplicates (counted as failed) and unchanged articles. */
        private boolean needsBuild(Article a, Map<String, KnowledgeStore.Stamp> stored) {
            String iri = iris.article(a);
            String earlier = seen.putIfAbsent(iri, a.source());
            if (earlier != null) {
                fail(a.source() + ": article id " + a.id() + " was already read from " + earlier);
                return false;
            }
            KnowledgeStore.Stamp old = stored.get(iri);
            // an article written in an older graph shape is rebuilt even when extractor and content are the same
            if (old != null && old.contentHash().equals(a.contentHash())
                    && old.extractorVersion().equals(extractorVersion)
                    && old.graphFormat().equals(GraphAssembler.FORMAT)) {
                synchronized (this) {
                    unchanged++;
                    report(Progress.Kind.UNCHANGED, a.source());
                }
                return false;
            }
            return true;
        }

        private Built extract(Article a) {
            String iri = iris.article(a);
            try {
                return new Built(iri, a.source(), assembler.assemble(extractor().extract(a)), null);
            } catch (RuntimeException e) {
                // One bad article must not cost the others; the stored version, if any, stays.
                return new Built(iri, a.source(), null, a.source() + ": " + e.getMessage());
            }
        }

        private synchronized Extractor extractor() {
            // Loaded on first need: a rebuild with nothing to do never pays for dictionaries and gazetteer.
            if (loaded == null) {
                loaded = Objects.requireNonNull(extractor.get(), "extractor");
            }
            return loaded;
        }

        private void sequential(Stream<Article> articles) {
            List<Built> batch = new ArrayList<>();
            long[] triples = {0};
            articles.forEach(a -> {
                Built b = extract(a);
                if (b.failure() != null) {
                    fail(b.failure());
                    return;
                }
                batch.add(b);
                triples[0] += b.graph().size();
                if (triples[0] >= BATCH_TRIPLES || batch.size() >= BATCH_ARTICLES) {
                    write(batch);
                    batch.clear();
                    triples[0] = 0;
                }
            });
            write(batch);
        }

        private void parallel(Stream<Article> articles) throws InterruptedException {
            // Bounds the articles between reading and committing: memory stays flat however large the corpus.
            int inFlight = 2 * threads + BATCH_ARTICLES;
            Semaphore permits = new Semaphore(inFlight);
            BlockingQueue<Built> toWrite = new ArrayBlockingQueue<>(inFlight + 1);
            Built end = new Built("", "", null, null);
            AtomicReference<Throwable> writerDied = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    writeLoop(toWrite, end, permits);
                } catch (Throwable t) {
                    writerDied.set(t);
                    permits.release(inFlight); // unblock the reader, which then stops
                }
            }, "ruralkg-writer");
            writer.start();
            ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
            try {
                var it = articles.iterator();
                while (it.hasNext() && writerDied.get() == null) {
                    Article a = it.next();
                    permits.acquire();
                    pool.execute(() -> handOver(toWrite, extract(a), writerDied));
                }
            } finally {
                pool.shutdown();
                pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
                handOver(toWrite, end, writerDied);
                writer.join();
            }
            Throwable t = writerDied.get();
            if (t != null) {
                throw t instanceof RuralKgException rk ? rk
                        : new RuralKgException("writing to the store failed: " + t.getMessage(), t);
            }
        }

        /** Queues {@code b} for the writer, or drops it once the writer is gone (the build then fails). */
        private static void handOver(BlockingQueue<Built> toWrite, Built b, AtomicReference<Throwable> writerDied) {
            try {
                while (!toWrite.offer(b, 100, TimeUnit.MILLISECONDS)) {
                    if (writerDied.get() != null) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void writeLoop(BlockingQueue<Built> toWrite, Built end, Semaphore permits)
                throws InterruptedException {
            List<Built> batch = new ArrayList<>();
            boolean done = false;
            while (!done) {
                batch.clear();
                long triples = 0;
                Built b = toWrite.take();
                while (true) {
                    if (b == end) {
                        done = true;
                        break;
                    }
                    if (b.failure() != null) {
                        fail(b.failure());
                        permits.release();
                    } else {
                        batch.add(b);
                        triples += b.graph().size();
                    }
                    if (triples >= BATCH_TRIPLES || batch.size() >= BATCH_ARTICLES) {
                        break;
                    }
                    b = toWrite.poll();
                    if (b == null) {
                        break; // nothing waiting: commit what there is rather than hold it
                    }
                }
                write(batch);
                permits.release(batch.size());
            }
        }

        /** Writes whole article graphs, one transaction for all; if that fails, one per article to find the culprit. */
        private void write(List<Built> batch) {
            if (batch.isEmpty()) {
                return;
            }
            if (store == null) {
                // a fresh build: the bulk load after it is all or nothing, so there is no culprit to isolate here
                batch.forEach(b -> {
                    emit(b.iri(), b.graph());
                    built(b.source());
                });
                return;
            }
            Map<String, Model> graphs = new LinkedHashMap<>();
            batch.forEach(b -> graphs.put(b.iri(), b.graph()));
            try {
                store.replaceArticles(graphs);
                batch.forEach(b -> built(b.source()));
                return;
            } catch (RuntimeException e) {
                if (batch.size() == 1) {
                    fail(batch.get(0).source() + ": " + e.getMessage());
                    return;
                }
            }
            for (Built b : batch) {
                try {
                    store.replaceArticle(b.iri(), b.graph());
                    built(b.source());
                } catch (RuntimeException e) {
                    fail(b.source() + ": " + e.getMessage());
                }
            }
        }

        /** One graph as quads into the bulk stream, in the form the store would hold them. */
        private void emit(String graphIri, Model graph) {
            Node g = NodeFactory.createURI(graphIri);
            graph.getGraph().find().forEachRemaining(t -> bulk.quad(Quad.create(g, t.getSubject(), t.getPredicate(),
                    KnowledgeStore.storable(t.getObject()))));
        }

        private synchronized void built(String source) {
            built++;
            report(Progress.Kind.BUILT, source);
        }

        private synchronized void fail(String why) {
            failed++;
            failures.add(why);
            report(Progress.Kind.FAILED, why);
        }

        /** Callers hold the lock, so progress sees consistent counts, one call at a time. */
        private void report(Progress.Kind kind, String what) {
            progress.accept(new Progress(kind, what, built, unchanged, problems.size(), failed));
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ruralkg-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Deletes graphs of articles not read this time, except those from files that could not be read. */
    private int prune(Map<String, KnowledgeStore.Stamp> stored, Map<String, String> seen, List<ReadProblem> problems) {
        int n = 0;
        for (var e : stored.entrySet()) {
            if (seen.containsKey(e.getKey()) || fromProblemFile(e.getValue().sourceFile(), problems)) {
                continue;
            }
            if (store.removeArticle(e.getKey())) {
                n++;
            }
        }
        return n;
    }

    private static boolean fromProblemFile(String source, List<ReadProblem> problems) {
        int hash = source.lastIndexOf('#');
        Path file;
        try {
            file = Path.of(hash < 0 ? source : source.substring(0, hash));
        } catch (InvalidPathException e) {
            return false;
        }
        for (ReadProblem p : problems) {
            // sources are relative to the input's folder (seeds/a.txt), problems name the path as read
            Path f = p.file();
            if (f.equals(file) || f.toAbsolutePath().normalize().endsWith(file)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One step of a build.
     *
     * @param kind      what happened to the article
     * @param what      its source, or the problem
     * @param built     articles written so far
     * @param unchanged articles left alone so far
     * @param skipped   input problems so far
     * @param failed    articles that failed so far
     */
    public record Progress(Kind kind, String what, int built, int unchanged, int skipped, int failed) {
        /** What happened to one article or input. */
        public enum Kind { BUILT, UNCHANGED, SKIPPED, FAILED }
    }

    /** Configures a {@link KnowledgeBuilder}. */
    public static final class Builder {
        private final KnowledgeStore store;
        private final IriMinter iris;
        private final StreamRDF bulk;
        private Supplier<Extractor> extractor = Extractor::defaults;
        private String extractorVersion = Extractor.VERSION;
        private boolean prune;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Consumer<Progress> progress = p -> { };

        private Builder(KnowledgeStore store, IriMinter iris, StreamRDF bulk) {
            this.store = store;
            this.iris = iris;
            this.bulk = bulk;
        }

        public Builder extractor(Extractor extractor) {
            Objects.requireNonNull(extractor, "extractor");
            this.extractor = () -> extractor;
            return this;
        }

        /**
         * Extractor threads (default: available processors); 1 builds on the calling thread alone. The store is
         * always written by one thread.
         */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("threads " + threads + " is not between 1 and 256");
            }
            this.threads = threads;
            return this;
        }

        /** Delete graphs of stored articles that are not in the input (default false). */
        public Builder prune(boolean prune) {
            this.prune = prune;
            return this;
        }

        /** Called after every article and every input problem. */
        public Builder progress(Consumer<Progress> progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public KnowledgeBuilder build() {
            return new KnowledgeBuilder(this);
        }
    }
}
