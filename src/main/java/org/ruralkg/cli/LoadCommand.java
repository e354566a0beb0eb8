package org.ruralkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.store.BulkLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ruralkg load}: bulk-loads N-Quads made elsewhere (the Spark job's shards, an export) into a new database
 * and builds its full-text index. A database that already holds anything is refused with exit 64: a bulk load is
 * for fresh databases, {@code build} updates existing ones.
 */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Bulk-load N-Quads (.nq, .nq.gz) into a new, empty database, then index its text.",
                "Loads into <db>.loading and renames it to <db> when complete, so a killed load leaves nothing "
                        + "to serve; the next load starts over. Exit 64 if --db is not empty."})
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data",
            description = "Database directory to create; must be absent or empty. Default: ${DEFAULT-VALUE}.")
    Path db;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "phased",
            description = "Jena bulk loader: phased (few threads; best on small machines), parallel "
                    + "(all indexes at once; for 4+ cores) or basic (one thread). Default: ${DEFAULT-VALUE}.")
    String loader;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI the quads were minted with (names the statistics graph). Default: ${DEFAULT-VALUE}.")
    String base;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "N-Quads files, optionally gzipped.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        BulkLoader.Builder b;
        try {
            b = BulkLoader.create(db).files(files).kind(kind()).iris(IriMinter.create().base(base).build())
                    .log(err::println);
        } catch (IllegalArgumentException e) {
            err.println("ruralkg: " + e.getMessage() + " (see 'ruralkg load --help')");
            return Main.USAGE;
        }
        try {
            BulkLoader.Result r = b.build().run();
            err.printf("ruralkg: loaded %,d quads into %s in %.1f s%n", r.quads(), db, r.seconds());
            return 0;
        } catch (BulkLoader.TargetNotEmptyException e) {
            err.println("ruralkg: " + e.getMessage());
            return Main.USAGE;
        }
    }

    private BulkLoader.Kind kind() {
        return switch (loader) {
            case "phased" -> BulkLoader.Kind.PHASED;
            case "parallel" -> BulkLoader.Kind.PARALLEL;
            case "basic" -> BulkLoader.Kind.BASIC;
            default -> throw new IllegalArgumentException("--loader " + loader + " is not phased, parallel or basic");
        };
    }
}
