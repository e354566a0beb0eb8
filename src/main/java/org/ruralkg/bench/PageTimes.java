package org.ruralkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ruralkg.server.KgServer;
import org.ruralkg.store.KnowledgeStore;

/**
 * How long the browsing pages take on a built store: the first request (which may wait for the page summary) and
 * the median and maximum of the following ones. The goal is under 1 s per page on the 10x bench store. The server
 * saves its summary in the store directory, so a first run times the first start after a build and a second run a
 * restart on an unchanged store; delete {@code DB/ruralkg-summary.bin} to time the former again.
 *
 * <pre>{@code java -cp target/ruralkg.jar org.ruralkg.bench.PageTimes DB [ROUNDS] [PATH…]}</pre>
 */
public final class PageTimes {
    static final List<String> DEFAULT_PATHS = List.of("/home", "/class/Village", "/articles", "/articles?page=2",
            "/.well-known/void", "/queries", "/class/Assertion?page=50", "/concept/yumi", "/class/County", "/id/place/140000");

    private PageTimes() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: PageTimes DB [ROUNDS] [PATH…]");
            System.exit(64);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> paths = args.length > 2 ? List.of(args).subList(2, args.length) : DEFAULT_PATHS;
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]))) {
            KgServer server = KgServer.create().dataset(store.dataset()).port(0).build().start();
            System.out.printf("server started in %.2f s%n", (System.nanoTime() - t0) / 1e9);
            try {
                System.out.println("| page | status | first (ms) | median (ms) | max (ms) | bytes |");
                System.out.println("|---|---|---|---|---|---|");
                for (String path : paths) {
                    List<Double> ms = new ArrayList<>();
                    int status = 0;
                    int bytes = 0;
                    for (int i = 0; i <= rounds; i++) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                                .header("Accept", "text/html,text/turtle;q=0.9").build();
                        long t = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        ms.add((System.nanoTime() - t) / 1e6);
                        status = r.statusCode();
                        bytes = r.body().length;
                    }
                    double first = ms.remove(0);
                    Collections.sort(ms);
                    System.out.printf("| %s | %d | %.0f | %.0f | %.0f | %,d |%n", path, status, first,
                            ms.get(ms.size() / 2), ms.get(ms.size() - 1), bytes);
                }
            } finally {
                server.stop();
            }
        }
    }
}
