package org.ruralkg.cli;

import java.util.concurrent.Callable;
import org.ruralkg.server.ld.LinkedData;
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
        try (KnowledgeStore s = store.open()) {
            int code = fresh >= 0 ? fresh : build.build(s, spec.commandLine().getErr());
            // the pages' statistics, computed now so that the first page a server shows needs no wait
            LinkedData.saveSummary(s.dataset());
            return code;
        }
    }
}
