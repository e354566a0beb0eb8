package org.ruralkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.ruralkg.RuralKgException;
import org.ruralkg.server.KgServer;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How to serve; shared by serve and up. */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "localhost",
            description = "localhost (this machine only) or 0.0.0.0 (all interfaces). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest a query may run, in seconds. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most rows an anonymous query returns; 0 for no cap. Default: ${DEFAULT-VALUE}.")
    long maxRows;

    @Option(names = "--allow-update",
            description = "Accept SPARQL Update (/kg/update) and Graph Store writes (/kg/data) from users who log in; "
                    + "needs --password-file.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users for HTTP basic auth, one 'name: password' a line. Without --allow-update every "
                    + "request then needs a login.")
    Path passwordFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /**
     * Refuses option combinations that cannot be served, before anything is built: a missing option is a usage
     * error (exit 64), an unreadable file an ordinary one (exit 1).
     */
    void check() {
        if (allowUpdate && passwordFile == null) {
            throw new ParameterException(mixee.commandLine(), "--allow-update needs --password-file: writes are only accepted from users "
                    + "who log in");
        }
        if (passwordFile != null && !java.nio.file.Files.isReadable(passwordFile)) {
            throw new RuralKgException("--password-file " + passwordFile + " does not exist or cannot be read");
        }
    }

    /** Row cap, login and write access. */
    private void security(KgServer.Builder b) {
        check();
        b.maxRows(maxRows).allowUpdate(allowUpdate);
        if (passwordFile != null) {
            b.passwordFile(passwordFile);
        }
    }

    /** Serves {@code store} until the process is stopped; returns the exit code. */
    int serve(KnowledgeStore store, String base, PrintWriter err) {
        KgServer server;
        try {
            KgServer.Builder b = KgServer.create().dataset(store.dataset()).port(port).host(host).base(base)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds));
            security(b);
            server = b.build();
        } catch (IllegalArgumentException e) {
            throw new RuralKgException(e.getMessage(), e);
        }
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "ruralkg-shutdown"));
        err.println("serving " + server.url() + " (stop with Ctrl-C)");
        err.println("  home:   " + server.url() + "home");
        err.println("  SPARQL: " + server.url() + "kg/sparql");
        err.println("  query UI at " + server.url() + ", dumps at " + server.url() + "dumps/");
        err.flush();
        server.join();
        return 0;
    }
}
