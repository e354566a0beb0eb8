package org.ruralkg.cli;

import java.util.concurrent.Callable;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ruralkg serve}: SPARQL endpoint and UI over a built store. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Serve the knowledge graph: pages at /home, SPARQL at /kg/sparql, query UI at /, "
                + "graphs at /kg/get, dumps at /dumps/ (read-only).")
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
