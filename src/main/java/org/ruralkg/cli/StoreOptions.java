package org.ruralkg.cli;

import java.nio.file.Path;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** Where the knowledge graph lives and how its IRIs are minted; shared by every command that opens it. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data",
            description = "Database directory (TDB2), created if absent. Default: ${DEFAULT-VALUE}.")
    Path db;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base of minted IRIs; use the address the server is reached at. Default: ${DEFAULT-VALUE}.")
    String base;

    IriMinter iris() {
        try {
            return IriMinter.create().base(base).build();
        } catch (IllegalArgumentException e) {
            throw new org.ruralkg.RuralKgException("--base: " + e.getMessage(), e);
        }
    }

    KnowledgeStore open() {
        return KnowledgeStore.create().location(db).iris(iris()).build();
    }
}
