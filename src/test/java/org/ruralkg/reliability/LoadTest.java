package org.ruralkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.ruralkg.server.KgServer;
import org.ruralkg.store.KnowledgeStore;
import org.ruralkg.vocab.RKG;

/**
 * A bounded load test against a running server on loopback: {@value #CLIENTS} concurrent clients each send
 * {@value #REQUESTS} requests (32 × 50 keeps it to seconds on an idle 2-core machine), a mix of SPARQL queries (JSON results and Turtle) and linked-data GETs (Turtle,
 * HTML), with zero errors allowed. Throughput and latency percentiles go to {@code target/load-test.txt} (and
 * standard output); BENCHMARKS.md records a run. A deadline ends the clients early on a badly overloaded machine,
 * so the test always stops by itself; the requests done then must still be error-free.
 * {@code -Druralkg.load.clients=N -Druralkg.load.requests=N -Druralkg.load.deadline=SECONDS} scale it.
 */
class LoadTest {
    static final int CLIENTS = 32;
    static final int REQUESTS = 50;
    static final Duration DEADLINE = Duration.ofSeconds(Long.getLong("ruralkg.load.deadline", 30));
    static final String BASE = "http://localhost:3030/";
    static final int SYNTHETIC_VILLAGES = 2000;

    static final String PREFIXES = "PREFIX rkg: <https://w3id.org/ruralkg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    static final List<String> QUERIES = List.of(
            "SELECT ?v ?l WHERE { ?v a rkg:Village ; rdfs:label ?l } LIMIT 50",
            "SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n)",
            "ASK { ?p a rkg:Company }",
            "SELECT ?v ?l WHERE { ?v rdfs:label ?l FILTER(CONTAINS(?l, '火山')) }",
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            "SELECT ?c ?l WHERE { ?v rkg:divisionCode ?c ; rdfs:label ?l FILTER(STRSTARTS(?c, '1411221')) } "
                    + "ORDER BY ?c LIMIT 100");
    static final String CONSTRUCT = "CONSTRUCT { ?v ?p ?o } WHERE { ?v rdfs:label '前火山村'@zh ; ?p ?o }";
    static final List<String> RESOURCES = List.of("id/place/141122100218", "id/org/jinxiu", "id/program/a1-pv",
            "id/place/141122000000");

    @Test
    void concurrentClientsGetNoErrors() throws Exception {
        int clients = Integer.getInteger("ruralkg.load.clients", CLIENTS);
        int requests = Integer.getInteger("ruralkg.load.requests", REQUESTS);
        try (KnowledgeStore store = KnowledgeStore.create().inMemory().build()) {
            load(store);
            // The server installs the linked-data routes itself, with this base.
            KgServer server = KgServer.create().dataset(store.dataset()).port(0).ui(false).base(BASE)
                    .build().start();
            try {
                run(server.url(), clients, requests);
            } finally {
                server.stop();
            }
        }
    }

    private static void run(String root, int clients, int requests) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();
        for (int i = 0; i < QUERIES.size() + RESOURCES.size() + 1; i++) {
            String error = send(http, root, i);
            assertEquals(null, error, "warm-up request " + i);
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        java.util.Map<String, ConcurrentLinkedQueue<Long>> byKind = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger done = new AtomicInteger();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                for (int r = 0; r < requests && System.nanoTime() < deadline; r++) {
                    long t0 = System.nanoTime();
                    String error;
                    try {
                        error = send(http, root, client * 7 + r);
                    } catch (IOException | InterruptedException e) {
                        error = e.toString();
                    }
                    long took = System.nanoTime() - t0;
                    latencies.add(took);
                    byKind.computeIfAbsent(kindName(client * 7 + r), k -> new ConcurrentLinkedQueue<>()).add(took);
                    done.incrementAndGet();
                    if (error != null) {
                        errors.add(error);
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(DEADLINE.toSeconds() + 60, TimeUnit.SECONDS);
        }
        long wall = System.nanoTime() - start;
        pool.shutdownNow();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String report = String.format(Locale.ROOT,
                "clients %d, requests %d of %d, errors %d, wall %.1f s, throughput %.0f req/s, "
                        + "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, cores %d%n",
                clients, done.get(), clients * requests, errors.size(), wall / 1e9, done.get() / (wall / 1e9),
                pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 1.0),
                Runtime.getRuntime().availableProcessors());
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((k, v) -> {
            List<Long> l = new ArrayList<>(v);
            Collections.sort(l);
            kinds.append(String.format(Locale.ROOT, "  %-16s n %5d  p50 %7.1f ms  p99 %7.1f ms%n", k, l.size(),
                    pct(l, 0.5), pct(l, 0.99)));
        });
        report = report + kinds;
        System.out.print("load test: " + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-test.txt"), report, StandardCharsets.UTF_8);
        assertEquals(List.of(), errors.stream().limit(5).toList(), errors.size() + " errors; " + report);
        assertTrue(done.get() >= clients * Math.min(requests, 20), "too few requests before the deadline: " + report);
    }

    private static String kindName(int n) {
        int kind = Math.floorMod(n, QUERIES.size() + RESOURCES.size() + 1);
        if (kind < QUERIES.size()) {
            return "sparql-" + kind;
        }
        return kind < QUERIES.size() + RESOURCES.size() ? "ld-" + (n % 2 == 0 ? "html" : "turtle") : "construct";
    }

    /** Request number {@code n} of the mix; null when the answer is right, else what was wrong. */
    private static String send(HttpClient http, String root, int n) throws IOException, InterruptedException {
        int kind = Math.floorMod(n, QUERIES.size() + RESOURCES.size() + 1);
        String path;
        String accept;
        String expect;
        if (kind < QUERIES.size()) {
            path = "kg/sparql?query=" + Http.enc(PREFIXES + QUERIES.get(kind));
            accept = Http.JSON;
            expect = "\"head\"";
        } else if (kind < QUERIES.size() + RESOURCES.size()) {
            path = RESOURCES.get(kind - QUERIES.size());
            boolean html = n % 2 == 0;
            accept = html ? "text/html" : "text/turtle";
            expect = path.substring(path.lastIndexOf('/') + 1); // the resource itself, by IRI or prefixed name
        } else {
            path = "kg/sparql?query=" + Http.enc(PREFIXES + CONSTRUCT);
            accept = "text/turtle";
            expect = "前火山村";
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            return r.statusCode() + " for " + path;
        }
        if (!r.body().contains(expect)) {
            return "no '" + expect + "' in the answer to " + path + ": "
                    + r.body().substring(0, Math.min(200, r.body().length()));
        }
        return null;
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    /** The linked-data fixture plus a gazetteer-sized graph of synthetic villages, so queries have work to do. */
    private static void load(KnowledgeStore store) throws IOException {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        try (InputStream in = LoadTest.class.getResourceAsStream("/ld/fixture.trig")) {
            Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, in, Lang.TRIG));
        }
        var g = NodeFactory.createURI(BASE + "graph/synthetic");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < SYNTHETIC_VILLAGES; i++) {
                String code = String.format("1411221%05d", 300 + i);
                var v = NodeFactory.createURI(BASE + "id/place/" + code);
                dsg.add(g, v, RDF.type.asNode(), RKG.Village.asNode());
                dsg.add(g, v, RDFS.label.asNode(), NodeFactory.createLiteralLang("合成村" + i, "zh"));
                dsg.add(g, v, RKG.divisionCode.asNode(), NodeFactory.createLiteralString(code));
            }
        });
    }
}
