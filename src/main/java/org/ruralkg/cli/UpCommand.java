package org.ruralkg.cli;

import java.util.concurrent.Callable;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ruralkg up}: build, then serve what was built. */
@Command(name = "up", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Build the knowledge graph from the input (default seeds/) into --db, then serve it.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    BuildOptions build;
    @Mixin
    ServeOptions serve;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        serve.check(); // a server that cannot start should not cost a build first
        int built = build.buildFresh(store.db, store.iris(), spec.commandLine().getErr());
        KnowledgeStore s = store.open();
        try {
            if (built < 0) {
                built = build.build(s, spec.commandLine().getErr());
            }
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        if (built != 0) {
            spec.commandLine().getErr().println("serving what was built; see the messages above for what was not");
        }
        return serve.serve(s, store.base, spec.commandLine().getErr());
    }
}
