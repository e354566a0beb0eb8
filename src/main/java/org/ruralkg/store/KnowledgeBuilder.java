package org.ruralkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ruralkg.RuralKgException;
import org.ruralkg.extract.Extraction;
import org.ruralkg.extract.Extractor;
import org.ruralkg.graph.GraphAssembler;
import org.ruralkg.graph.ReferenceData;
import org.ruralkg.source.Article;
import org.ruralkg.source.ArticleReader;
import org.ruralkg.source.ReadProblem;

/**
 * Reads articles, extracts, assembles and writes them into a {@link KnowledgeStore}, one write transaction per
 * article, so a crash never leaves half an article graph. Articles whose content hash and extractor version match
 * the stored ones are left alone.
 *
 * <pre>{@code
 * BuildReport r = KnowledgeBuilder.create(store).prune(true).build().run(List.of(Path.of("seeds")));
 * System.err.println(r.summary());
 * }</pre>
 */
public final class KnowledgeBuilder {
    private final KnowledgeStore store;
    private final Extractor extractor;
    private final String extractorVersion;
    private final boolean prune;
    private final Consumer<Progress> progress;

    private KnowledgeBuilder(Builder b) {
        this.store = b.store;
        this.extractor = b.extractor;
        this.extractorVersion = b.extractorVersion;
        this.prune = b.prune;
        this.progress = b.progress;
    }

    public static Builder create(KnowledgeStore store) {
        return new Builder(store);
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
        try (AutoCloseable lock = store.lockForBuild()) {
            return runLocked(inputs);
        } catch (RuralKgException e) {
            throw e;
        } catch (Exception e) {
            throw new RuralKgException("build of " + store.location().map(Path::toString).orElse("in-memory store")
                    + " failed: " + e.getMessage(), e);
        }
    }

    private BuildReport runLocked(List<Path> inputs) {
        List<ReadProblem> problems = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, KnowledgeStore.Stamp> stored = store.stamps();
        Map<String, String> seen = new HashMap<>();
        GraphAssembler assembler = GraphAssembler.create(store.iris());
        int[] counts = new int[3]; // built, unchanged, failed

        ReferenceData ref = ReferenceData.fromClasspath();
        store.replaceReference(ref.model());

        ArticleReader reader = ArticleReader.create().onProblem(p -> {
            problems.add(p);
            report(Progress.Kind.SKIPPED, p.toString(), counts, problems.size());
        }).build();
        try (Stream<Article> articles = reader.read(inputs)) {
            articles.forEach(a -> {
                String iri = store.iris().article(a);
                String earlier = seen.putIfAbsent(iri, a.source());
                if (earlier != null) {
                    counts[2]++;
                    failures.add(a.source() + ": article id " + a.id() + " was already read from " + earlier);
                    report(Progress.Kind.FAILED, failures.get(failures.size() - 1), counts, problems.size());
                    return;
                }
                KnowledgeStore.Stamp old = stored.get(iri);
                if (old != null && old.contentHash().equals(a.contentHash())
                        && old.extractorVersion().equals(extractorVersion)) {
                    counts[1]++;
                    report(Progress.Kind.UNCHANGED, a.source(), counts, problems.size());
                    return;
                }
                try {
                    Extraction x = extractor.extract(a);
                    store.replaceArticle(iri, assembler.assemble(x));
                    counts[0]++;
                    report(Progress.Kind.BUILT, a.source(), counts, problems.size());
                } catch (RuntimeException e) {
                    // One bad article must not cost the others; the stored version, if any, stays.
                    counts[2]++;
                    failures.add(a.source() + ": " + e.getMessage());
                    report(Progress.Kind.FAILED, failures.get(failures.size() - 1), counts, problems.size());
                }
            });
        }
        int pruned = prune ? prune(stored, seen, problems) : 0;
        return new BuildReport(counts[0], counts[1], problems.size(), counts[2], pruned, problems, failures,
                ref.missing());
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
        for (ReadProblem p : problems) {
            String file = p.file().toString();
            if (source.equals(file) || source.startsWith(file + "#")) {
                return true;
            }
        }
        return false;
    }

    private void report(Progress.Kind kind, String what, int[] counts, int skipped) {
        progress.accept(new Progress(kind, what, counts[0], counts[1], skipped, counts[2]));
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
        private Extractor extractor = Extractor.defaults();
        private String extractorVersion = Extractor.VERSION;
        private boolean prune;
        private Consumer<Progress> progress = p -> { };

        private Builder(KnowledgeStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder extractor(Extractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
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
