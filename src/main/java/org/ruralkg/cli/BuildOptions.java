package org.ruralkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ruralkg.store.BuildReport;
import org.ruralkg.store.KnowledgeBuilder;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What to build from; shared by build and up. */
final class BuildOptions {
    @Option(names = "--prune", description = "Delete stored articles that are no longer in the input.")
    boolean prune;

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
        BuildReport r = KnowledgeBuilder.create(store).prune(prune).threads(threads).progress(p -> {
            switch (p.kind()) {
                case BUILT -> err.println("built " + p.what());
                case SKIPPED -> err.println("skipped " + p.what());
                case FAILED -> err.println("failed " + p.what());
                case UNCHANGED -> { } // the summary counts them; one line each would drown the rest
            }
            err.flush();
        }).build().run(inputs);
        for (String missing : r.missingReference()) {
            err.println("warning: " + missing + " is not on the classpath; the reference graph lacks it");
        }
        err.println(r.summary());
        err.flush();
        return r.complete() ? 0 : Main.PARTIAL;
    }
}
