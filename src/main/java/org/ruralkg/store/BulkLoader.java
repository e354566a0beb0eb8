package org.ruralkg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;

/**
 * Loads N-Quads made elsewhere (by {@code ruralkg export --format nq} or the Spark job) into a new database with
 * Jena's TDB2 bulk loader, then builds the full-text index in one pass over the loaded data, with the same
 * definition as every other write ({@link TextIndex}).
 *
 * <pre>{@code
 * BulkLoader.Result r = BulkLoader.create(Path.of("data")).files(List.of(Path.of("kg.nq.gz"))).build().run();
 * }</pre>
 *
 * Crash safety: everything is loaded into the sibling directory {@code <db>.loading} and renamed to {@code <db>}
 * only when data and index are complete, so a killed load leaves no database at {@code <db>} for a server to
 * open; the next load deletes the leftover sibling and starts over. The target must be absent or an empty
 * directory: a bulk load cannot be undone inside a database that already holds data.
 */
public final class BulkLoader {
    /** Suffix of the sibling directory a load is staged in. */
    public static final String STAGING_SUFFIX = ".loading";

    /** Which of Jena's bulk loaders to use. */
    public enum Kind {
        /** Indexes built one after another; the least memory and threads, best on few cores. */
        PHASED,
        /** All indexes at once on many threads; fastest with four or more cores. */
        PARALLEL,
        /** One thread, all indexes of each quad at once; the fewest threads of all. */
        BASIC
    }

    private final Path target;
    private final List<Path> files;
    private final Kind kind;
    private final Consumer<String> log;
    private final IriMinter iris;

    private BulkLoader(Builder b) {
        this.target = b.target.toAbsolutePath().normalize();
        this.files = List.copyOf(b.files);
        this.kind = b.kind;
        this.log = b.log;
        this.iris = b.iris;
    }

    /** A loader into the database directory {@code target}. */
    public static Builder create(Path target) {
        return new Builder(target);
    }

    /**
     * What a load did.
     *
     * @param quads   quads read from the files (TDB2 keeps each distinct quad once)
     * @param seconds wall time of loading and indexing
     */
    public record Result(long quads, double seconds) {
    }

    /** Thrown when the target already holds something; nothing was written. */
    public static final class TargetNotEmptyException extends RuralKgException {
        private static final long serialVersionUID = 1L;

        TargetNotEmptyException(String message) {
            super(message);
        }
    }

    /** Loads every file, indexes, and moves the finished database into place. */
    public Result run() {
        long t0 = System.nanoTime();
        checkTarget(target);
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                throw new RuralKgException("cannot read " + f);
            }
        }
        // the files may repeat a quad, which the text index must not see twice: it is built from the loaded data
        try (StagedLoad load = StagedLoad.start(target, kind, false, log)) {
            StreamRDF into = new Storable(load.input());
            try {
                for (Path f : files) {
                    log.accept("ruralkg: loading " + f);
                    try (InputStream in = open(f)) {
                        RDFParser.source(in).forceLang(Lang.NQUADS).parse(into);
                    }
                }
            } catch (RiotException | IOException e) {
                throw new RuralKgException("cannot load: " + e.getMessage(), e);
            }
            long quads = load.finish(iris);
            return new Result(quads, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Throws {@link TargetNotEmptyException} unless {@code target} is absent or an empty directory. */
    static void checkTarget(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new TargetNotEmptyException("database " + target + " is a file, not a directory");
        }
        try (Stream<Path> s = Files.list(target)) {
            if (s.findAny().isPresent()) {
                throw new TargetNotEmptyException("database " + target + " is not empty; load only into a new "
                        + "or empty directory (use 'ruralkg build' to update an existing database)");
            }
        } catch (IOException e) {
            throw new RuralKgException("cannot list " + target + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
        // Jena guesses compression from the name only without a forced language, so decompress here
        return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    static void moveIntoPlace(Path staging, Path target) {
        try {
            // rename(2) replaces an empty directory, and is atomic on one file system
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (DirectoryNotEmptyException e) {
            throw new TargetNotEmptyException("database " + target + " was written to during the load; "
                    + "the load is discarded");
        } catch (IOException e) {
            throw new RuralKgException("cannot move " + staging + " to " + target + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new RuralKgException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes decimals the way TDB2 reads them back (see {@link KnowledgeStore}). */
    private static final class Storable extends StreamRDFWrapper {
        Storable(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad q) {
            Node o = KnowledgeStore.storable(q.getObject());
            super.quad(o == q.getObject() ? q : Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), o));
        }
    }

    /** Configures a {@link BulkLoader}. */
    public static final class Builder {
        private final Path target;
        private List<Path> files = List.of();
        private Kind kind = Kind.PHASED;
        private Consumer<String> log = System.err::println;
        private IriMinter iris = IriMinter.defaults();

        private Builder(Path target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        /** N-Quads files, each optionally gzipped ({@code .nq.gz}); at least one. */
        public Builder files(List<Path> nquads) {
            Objects.requireNonNull(nquads, "nquads");
            if (nquads.isEmpty()) {
                throw new IllegalArgumentException("no N-Quads file given");
            }
            for (Path f : nquads) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".nq") && !name.endsWith(".nq.gz")) {
                    throw new IllegalArgumentException("file " + f + " is not N-Quads (.nq or .nq.gz)");
                }
            }
            this.files = nquads;
            return this;
        }

        /** Jena's loader to use; default {@link Kind#PHASED}. */
        public Builder kind(Kind loaderKind) {
            this.kind = Objects.requireNonNull(loaderKind, "loaderKind");
            return this;
        }

        /** Where progress lines go; default standard error. */
        public Builder log(Consumer<String> lines) {
            this.log = Objects.requireNonNull(lines, "lines");
            return this;
        }

        /** The minter whose base names the statistics graph written after loading; default the default base. */
        public Builder iris(IriMinter minter) {
            this.iris = Objects.requireNonNull(minter, "minter");
            return this;
        }

        public BulkLoader build() {
            if (files.isEmpty()) {
                throw new IllegalStateException("set files(...) first");
            }
            return new BulkLoader(this);
        }
    }
}
