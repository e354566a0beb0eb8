package org.ruralkg.cli;

import java.util.concurrent.Callable;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ruralkg serve}: SPARQL endpoint and UI over a built store. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Serve the knowledge graph: UI at /, SPARQL at /kg/sparql, graphs at /kg/get (read-only).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    ServeOptions serve;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        serve.check();
        KnowledgeStore s = store.open();
        return serve.serve(s, store.base, spec.commandLine().getErr());
    }
}
