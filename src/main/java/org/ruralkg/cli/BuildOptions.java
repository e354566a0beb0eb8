package org.ruralkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.ruralkg.source.ArticleReader;
import org.ruralkg.store.BuildReport;
import org.ruralkg.store.KnowledgeBuilder;
import org.ruralkg.store.KnowledgeStore;
import org.ruralkg.store.FreshBuild;
import org.ruralkg.graph.IriMinter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What to build from; shared by build and up. */
final class BuildOptions {
    @Option(names = "--prune", description = "Delete stored articles that are no longer in the input.")
    boolean prune;

    @Option(names = {"-q", "--quiet"}, description = "No progress; only problems and the summary.")
    boolean quiet;

    @Option(names = "--verbose", description = "A line per article built (for scripts that watch the build).")
    boolean verbose;

    /** Whether standard error is a terminal (a bar) or a log (a line every few seconds); tests set it. */
    BooleanSupplier terminal = () -> System.console() != null;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N",
            description = "Extractor threads (default: the number of processors); 1 builds on one thread. "
                    + "The store is always written by one thread.")
    void threads(int n) {
        if (n < 1 || n > 256) {
            throw new ParameterException(mixee.commandLine(), "--threads " + n + " is not between 1 and 256");
        }
        threads = n;
    }

    @Parameters(paramLabel = "INPUT", arity = "0..*", defaultValue = "seeds",
            description = "Files or folders of articles (.txt pages, JSON Lines, HTML). Default: ${DEFAULT-VALUE}.")
    List<Path> inputs;

    /** Builds into {@code store}, reporting progress and the summary on {@code err}; returns the exit code. */
    int build(KnowledgeStore store, PrintWriter err) {
        return build(err, progress -> KnowledgeBuilder.create(store).prune(prune).threads(threads).progress(progress)
                .build().run(inputs));
    }

    /**
     * Builds into {@code db} if it is absent or empty, through the bulk loader ({@link FreshBuild}); returns the
     * exit code, or -1 without doing anything when {@code db} holds data and needs the transactional build.
     */
    int buildFresh(Path db, IriMinter iris, PrintWriter err) {
        if (!FreshBuild.isFresh(db) || !FreshBuild.heapAllowsBulk(Runtime.getRuntime().maxMemory())) {
            return -1;
        }
        return build(err, progress -> FreshBuild.run(db, iris, b -> b.threads(threads).progress(progress), inputs,
                line -> {
                    if (!quiet) {
                        err.println(line);
                        err.flush();
                    }
                }));
    }

    private int build(PrintWriter err, java.util.function.Function<Consumer<KnowledgeBuilder.Progress>, BuildReport> run) {
        Consumer<KnowledgeBuilder.Progress> progress;
        BuildProgress bar = null;
        if (quiet || verbose) {
            progress = p -> {
                if (p.kind() != KnowledgeBuilder.Progress.Kind.UNCHANGED
                        && (verbose || p.kind() != KnowledgeBuilder.Progress.Kind.BUILT)) {
                    err.println(p.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + p.what());
                    err.flush();
                }
            };
        } else {
            // Reading is a few percent of a build: count the articles first, so progress can say "of how many".
            long total;
            try (var articles = ArticleReader.create().build().read(inputs)) {
                total = articles.count();
            }
            bar = new BuildProgress(err, terminal.getAsBoolean(), total, System::nanoTime);
            progress = bar;
        }
        BuildReport r = run.apply(progress);
        if (bar != null) {
            bar.finish();
        }
        for (String missing : r.missingReference()) {
            err.println("warning: " + missing + " is not on the classpath; the reference graph lacks it");
        }
        err.println(r.summary());
        err.flush();
        return r.complete() ? 0 : Main.PARTIAL;
    }
}
