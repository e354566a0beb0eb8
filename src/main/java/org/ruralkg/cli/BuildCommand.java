package org.ruralkg.cli;

import java.util.concurrent.Callable;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ruralkg build}: read, extract and store articles; unchanged articles are skipped. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Build or update the knowledge graph from articles.",
                "Prints progress and a summary on standard error; exit 2 if some input was skipped or failed."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    BuildOptions build;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // an empty database is filled by the bulk loader; one holding data is updated transactionally
        int fresh = build.buildFresh(store.db, store.iris(), spec.commandLine().getErr());
        if (fresh >= 0) {
            return fresh;
        }
        try (KnowledgeStore s = store.open()) {
            return build.build(s, spec.commandLine().getErr());
        }
    }
}
