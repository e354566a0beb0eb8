package org.ruralkg.store;

import java.util.List;
import org.ruralkg.source.ReadProblem;

/**
 * The outcome of one build.
 *
 * @param built     articles written
 * @param unchanged articles whose stored graph was already up to date
 * @param skipped   inputs that could not be read as articles
 * @param failed    articles read but not built (the stored version, if any, is kept)
 * @param pruned    article graphs deleted because their article is gone from the input
 * @param problems  the input problems, one per skipped input
 * @param failures  one line per failed article
 * @param missingReference reference resources (ontology files) not found on the classpath
 */
public record BuildReport(int built, int unchanged, int skipped, int failed, int pruned, List<ReadProblem> problems,
                          List<String> failures, List<String> missingReference) {
    public BuildReport {
        problems = List.copyOf(problems);
        failures = List.copyOf(failures);
        missingReference = List.copyOf(missingReference);
    }

    /** Whether everything in the input was built or up to date. */
    public boolean complete() {
        return skipped == 0 && failed == 0;
    }

    /** "built N, unchanged N, skipped N, failed N" (and pruned, when any). */
    public String summary() {
        return "built " + built + ", unchanged " + unchanged + ", skipped " + skipped + ", failed " + failed
                + (pruned > 0 ? ", pruned " + pruned : "");
    }
}
