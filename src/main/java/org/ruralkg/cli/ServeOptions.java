package org.ruralkg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.ruralkg.RuralKgException;
import org.ruralkg.server.KgServer;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine.Option;

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

    /** Serves {@code store} until the process is stopped; returns the exit code. */
    int serve(KnowledgeStore store, String base, PrintWriter err) {
        KgServer server;
        try {
            server = KgServer.create().dataset(store.dataset()).port(port).host(host).base(base)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds)).build();
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
