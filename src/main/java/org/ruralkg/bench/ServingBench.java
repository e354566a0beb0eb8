package org.ruralkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.server.KgServer;
import org.ruralkg.store.BuildReport;
import org.ruralkg.store.FreshBuild;
import org.ruralkg.store.KnowledgeStore;

/**
 * The serving part of the bench: server start on a built store, then the latency of four typical questions over
 * real HTTP, one client, warm: {@value #WARM_ROUNDS} rounds of all of them first, then {@code 100 × rounds} (at least 200) timed
 * requests each. The empty query is also timed right after start, cold, as the bench timed everything before (5
 * warm-up requests): Jetty, Fuseki and ARQ then still run mostly interpreted. {@link Bench} runs it on its
 * 10x store; on its own it builds that store once (bulk path) and, with {@code --paths}, first times the questions
 * in their older {@code rkg:partOf+} form for comparison:
 *
 * <pre>
 * java -cp target/ruralkg.jar org.ruralkg.bench.ServingBench [--work DIR] [--articles N] [--seed S] [--rounds R] [--paths]
 * </pre>
 */
public final class ServingBench {
    /** Where a figure goes: the bench's table, or standard output. */
    @FunctionalInterface
    interface Row {
        void add(String figure, String goal, String measured, boolean met);
    }

    /**
     * Requests of every question before any is timed. The JIT compiles the request path (Jetty, Fuseki, the query
     * parser and optimizer, the result writers) over the first few hundred requests; with 5 warm-up requests the
     * bench timed that compilation, not the server: ASK {} took 6.7 ms where a warm server answers in well under 1.
     */
    static final int WARM_ROUNDS = 300;
    /** ... or as many as fit in this time (the older property-path forms of {@code --paths} are slow). */
    private static final Duration WARM_LIMIT = Duration.ofSeconds(60);

    private static final String PREFIXES = "PREFIX rkg: <https://w3id.org/ruralkg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX text: <http://jena.apache.org/text#> ";

    private ServingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target/bench-serving");
        int articles = 30;
        long seed = 42;
        int rounds = 3;
        boolean paths = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--paths" -> paths = true;
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "'; use --work DIR --articles N --seed S --rounds R --paths");
            }
        }
        Path corpus = work.resolve("corpus-10x");
        Path db = work.resolve("db-10x");
        if (!Files.exists(db)) { // the store is reused between runs: building it is not what is measured
            CorpusGenerator.create().seed(seed).build().write(corpus, articles * 10, 50);
            BuildReport r = FreshBuild.run(db, IriMinter.defaults(), b -> b.threads(2), List.of(corpus), l -> { });
            if (!r.complete()) {
                throw new RuralKgException("serving bench: build of " + corpus + " incomplete: " + r.summary());
            }
        }
        if (paths) {
            run(db, rounds, true, (figure, goal, measured, met) -> System.out.println("| " + figure + " | "
                    + measured + " |"));
        }
        run(db, rounds, false, (figure, goal, measured, met) -> System.out.println("| " + figure + " | " + goal
                + " | " + measured + " | " + (goal.equals("-") ? "" : met ? "met" : "not met") + " |"));
        System.exit(0); // server threads may linger
    }

    /** Times the four questions in the form README teaches (over {@code rkg:within}). */
    static void run(Path db, int rounds, Row row) throws Exception {
        run(db, rounds, false, row);
    }

    private static void run(Path db, int rounds, boolean paths, Row row) throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            Map<String, String> queries = paths ? pathQueries(store) : typicalQueries(store);
            long t0 = System.nanoTime();
            KgServer server = KgServer.create().dataset(store.dataset()).port(0).build().start();
            double start = (System.nanoTime() - t0) / 1e9;
            row.add("Serving: server start on the built 10x store (" + String.format("%,d", quads(store))
                    + " quads)", "-", String.format("%.2f s", start), true);
            try {
                // HTTP/1.1 with keep-alive, as curl or a SPARQL library asks: no h2c upgrade attempt per request
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                // enough requests that the 99th percentile is one (with 60 it was the slowest request: one GC pause
                // or a scheduler hiccup on a shared machine decided it)
                int runs = Math.max(200, rounds * 100);
                Map<String, HttpRequest> requests = new LinkedHashMap<>();
                // what every request costs before any data is touched: HTTP, Fuseki, result writing
                requests.put("empty query (ASK {}), the floor", request(server, "ASK {}"));
                queries.forEach((name, q) -> requests.put(name, request(server, q)));
                var floor = requests.entrySet().iterator().next();
                String cold = latency(http, floor.getKey(), floor.getValue(), 5, 20).toString();
                int warm = 0;
                for (long end = System.nanoTime() + WARM_LIMIT.toNanos(); warm < WARM_ROUNDS
                        && System.nanoTime() < end; warm++) {
                    for (var r : requests.entrySet()) {
                        send(http, r.getValue(), r.getKey());
                    }
                }
                boolean first = true;
                for (var r : requests.entrySet()) {
                    Latency l = latency(http, r.getKey(), r.getValue(), 0, runs);
                    String measured = l + " (" + runs + " runs after " + warm + " warm-up rounds, "
                            + (l.answers ? "with answers" : "no answers")
                            + (first ? "; right after start: " + cold : "") + ")";
                    row.add("Serving: " + r.getKey(), "p50 <= 10 ms, p99 <= 50 ms", measured,
                            l.p50 <= 10 && l.p99 <= 50);
                    first = false;
                }
            } finally {
                server.stop();
            }
        }
    }

    private static HttpRequest request(KgServer server, String query) {
        URI uri = URI.create(server.url() + "kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").GET().build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest req, String name) throws Exception {
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new RuralKgException("query '" + name + "' failed with HTTP " + resp.statusCode() + ": "
                    + resp.body());
        }
        return resp;
    }

    /** Median and 99th percentile of {@code runs} timed requests after {@code warm} untimed ones. */
    private record Latency(double p50, double p99, boolean answers) {
        @Override
        public String toString() {
            return String.format("p50 %.1f ms, p99 %.1f ms", p50, p99);
        }
    }

    private static Latency latency(HttpClient http, String name, HttpRequest req, int warm, int runs)
            throws Exception {
        boolean answers = false;
        for (int i = 0; i < warm; i++) {
            send(http, req, name);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            HttpResponse<String> resp = send(http, req, name);
            ms[i] = (System.nanoTime() - a) / 1e6;
            answers |= resp.body().contains("\"value\"") || resp.body().contains("\"boolean\"");
        }
        Arrays.sort(ms);
        return new Latency(ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)], answers);
    }

    /** The four questions over the materialized {@code rkg:within}, for a village, crop and county in the data. */
    static Map<String, String> typicalQueries(KnowledgeStore store) {
        String[] pick = pick(store, "rkg:within");
        Map<String, String> q = new LinkedHashMap<>();
        q.put("place hierarchy of a village", PREFIXES + "SELECT ?place ?name WHERE { " + pick[0]
                + " rkg:within ?place . OPTIONAL { ?place rdfs:label ?name } }");
        q.put("villages growing " + pick[2] + " in a county or prefecture", PREFIXES
                + "SELECT DISTINCT ?v ?name WHERE { ?c rdfs:label \"" + pick[2] + "\"@zh . ?v rkg:grows ?c ; "
                + "rkg:within " + pick[1] + " ; a rkg:Village ; rdfs:label ?name }");
        // counted once per build in the statistics graph (Statistics), not aggregated over every fact per request
        q.put("programmes per county (top 20)", PREFIXES + "SELECT ?county ?n WHERE { "
                + "?county rkg:programmeCount ?n ; a rkg:County } ORDER BY DESC(?n) LIMIT 20");
        // the hit limit goes to Lucene (without one jena-text fetches up to 10,000 hits before LIMIT applies),
        // and the matched text comes from the index, which stores it, instead of a join per hit
        q.put("full-text search (text:query, Lucene)", PREFIXES
                + "SELECT ?s ?t WHERE { (?s ?score ?t) text:query (\"合作社\" 20) }");
        return q;
    }

    /** The same questions as property paths over {@code rkg:partOf}, as the bench asked them before. */
    static Map<String, String> pathQueries(KnowledgeStore store) {
        String[] pick = pick(store, "rkg:partOf+");
        Map<String, String> q = new LinkedHashMap<>();
        q.put("place hierarchy of a village (partOf+)", PREFIXES + "SELECT ?place ?name WHERE { " + pick[0]
                + " rkg:partOf+ ?place . OPTIONAL { ?place rdfs:label ?name } }");
        q.put("villages growing " + pick[2] + " in a county or prefecture (partOf+)", PREFIXES
                + "SELECT DISTINCT ?v ?name WHERE { ?v a rkg:Village ; rkg:grows ?c ; rkg:partOf+ " + pick[1]
                + " ; rdfs:label ?name . ?c rdfs:label \"" + pick[2] + "\"@zh }");
        // a county's own programmes count too, as partOf* counts them
        q.put("programmes per county (top 20, aggregate over rkg:within)", PREFIXES
                + "SELECT ?county (COUNT(DISTINCT ?p) AS ?n) WHERE { "
                + "{ ?county a rkg:County ; rkg:implements ?p } UNION "
                + "{ ?county a rkg:County . ?place rkg:within ?county ; rkg:implements ?p } } "
                + "GROUP BY ?county ORDER BY DESC(?n) LIMIT 20");
        q.put("programmes per county (top 20, partOf*)", PREFIXES + "SELECT ?county (COUNT(DISTINCT ?p) AS ?n) "
                + "WHERE { ?county a rkg:County . ?place rkg:partOf* ?county ; rkg:implements ?p } "
                + "GROUP BY ?county ORDER BY DESC(?n) LIMIT 20");
        q.put("full-text search (text:query, no hit limit)", PREFIXES
                + "SELECT ?s ?t WHERE { ?s text:query \"合作社\" ; rkg:text ?t } LIMIT 20");
        return q;
    }

    /** A village with a crop and a county or prefecture above it: {village IRI, place IRI, crop label}. */
    private static String[] pick(KnowledgeStore store, String up) {
        return Txn.calculateRead(store.dataset(), () -> {
            String q = PREFIXES + "SELECT ?v ?crop ?up WHERE { ?v a rkg:Village ; rkg:grows/rdfs:label ?crop ; "
                    + up + " ?up . ?up a ?level VALUES ?level { rkg:Prefecture rkg:County } } LIMIT 1";
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                var rs = qe.execSelect();
                if (!rs.hasNext()) {
                    throw new RuralKgException("bench: no village with a crop and a county above it (" + up + ")");
                }
                QuerySolution s = rs.next(); // read inside the transaction: TDB2 fetches nodes lazily
                return new String[] {"<" + s.getResource("v").getURI() + ">", "<" + s.getResource("up").getURI()
                        + ">", s.getLiteral("crop").getLexicalForm()};
            }
        });
    }

    private static long quads(KnowledgeStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY).count());
    }
}
