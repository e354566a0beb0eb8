package org.ruralkg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ruralkg.RuralKgException;
import org.ruralkg.extract.Extractor;
import org.ruralkg.graph.GraphAssembler;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.source.Article;
import org.ruralkg.source.ArticleReader;
import org.ruralkg.store.BuildReport;
import org.ruralkg.store.FreshBuild;
import org.ruralkg.store.KnowledgeBuilder;
import org.ruralkg.store.KnowledgeStore;

/**
 * Measures every figure of BENCHMARKS.md in one run, each as a ratio of two timings taken in the same run on the
 * same input, so the figures hold on a busy machine. Run it with {@code scripts/bench.sh} (which packages the jar
 * first); arguments: {@code [--work DIR] [--articles N] [--seed S] [--rounds R]}.
 *
 * <pre>
 * java -Xmx3g -cp target/ruralkg.jar org.ruralkg.bench.Bench --work target/bench --articles 30
 * </pre>
 *
 * The 1x corpus has {@code --articles} generated articles, the 10x corpus ten times as many (the first tenth of it
 * being the 1x corpus); the 10x store serves the latency figures, so it should hold at least a million triples.
 */
public final class Bench {
    private final Path work;
    private final int articles;
    private final long seed;
    private final int rounds;
    private final PrintStream log = System.err;
    private final Map<String, String[]> rows = new LinkedHashMap<>();
    private double freshSeconds;
    private long freshQuads;

    private Bench(Path work, int articles, long seed, int rounds) {
        this.work = work;
        this.articles = articles;
        this.seed = seed;
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target/bench");
        int articles = 30;
        long seed = 42;
        int rounds = 3;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--work" -> work = Path.of(required(args[i], value));
                case "--articles" -> articles = Integer.parseInt(required(args[i], value));
                case "--seed" -> seed = Long.parseLong(required(args[i], value));
                case "--rounds" -> rounds = Integer.parseInt(required(args[i], value));
                case "--only" -> only = required(args[i], value);
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "'; use --work DIR --articles N --seed S --rounds R [--only throughput]");
            }
            i++;
        }
        if (only != null && !only.equals("throughput")) {
            throw new IllegalArgumentException("--only '" + only + "': only 'throughput' can run alone");
        }
        if (articles < 1 || rounds < 1) {
            throw new IllegalArgumentException("--articles " + articles + " and --rounds " + rounds + " must be >= 1");
        }
        new Bench(work, articles, seed, rounds).run(only != null);
        System.exit(0); // server and loader threads may linger
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private void run(boolean throughputOnly) throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        String machine = machine();
        log.println("bench: " + machine);
        CorpusGenerator gen = CorpusGenerator.create().seed(seed).build();
        Path small = work.resolve("corpus-1x");
        Path large = work.resolve("corpus-10x");
        gen.write(small, articles, 50);
        gen.write(large, articles * 10, 50);

        long t0 = System.nanoTime();
        Extractor extractor = Extractor.defaults();
        Segment segment = HanLP.newSegment();
        segment.seg("山西省泽州县北义城镇");
        log.printf("bench: extractor loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        throughput(small, extractor, segment);
        if (throughputOnly) {
            System.out.println(table(machine));
            return;
        }
        double[][] build1 = parallelism(small);
        Path db = work.resolve("db-10x");
        double full = scaling(large, db, build1);
        provenance(db);
        freshBuild(large, full);
        incremental(large, db, full);
        heap(large);
        load(db);
        ServingBench.run(db, rounds, this::row);

        String table = table(machine);
        Files.writeString(work.resolve("results.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
    }

    // ---- figures ----

    /**
     * Single-thread extraction throughput against bare HanLP segmentation and the NER model on the same texts. Timed
     * in this thread's CPU time: on a shared machine the wall time of a 0.1 s round mostly measures the wait for a
     * core (bare HanLP's wall-clock speed varied fourfold between two runs at load average 15).
     */
    private void throughput(Path corpus, Extractor extractor, Segment segment) {
        GraphAssembler assembler = GraphAssembler.create(IriMinter.defaults());
        List<Article> texts = read(corpus);
        long chars = texts.stream().mapToLong(a -> a.title().length() + a.text().length()).sum();
        double[] ours = new double[rounds];
        double[] hanlp = new double[rounds];
        double[] model = new double[rounds];
        org.ruralkg.nlp.ner.NerTagger tagger = org.ruralkg.nlp.ner.NerTagger.shared();
        double[][] stages = new double[3][rounds];
        for (int r = -1; r < rounds; r++) { // round -1 warms both up
            long a = threadCpu();
            List<Article> read = read(corpus);
            long b = threadCpu();
            List<org.ruralkg.extract.Extraction> xs = new ArrayList<>(read.size());
            for (Article x : read) {
                xs.add(extractor.extract(x));
            }
            long c = threadCpu();
            long triples = 0;
            for (var x : xs) {
                triples += assembler.assemble(x).size();
            }
            long d = threadCpu();
            for (Article x : texts) {
                segment.seg(x.title());
                segment.seg(x.text());
            }
            long e = threadCpu();
            for (Article x : texts) {
                for (org.ruralkg.nlp.Sentence sentence : org.ruralkg.nlp.SentenceSplitter.split(x.text())) {
                    tagger.tag(x.text(), sentence.start(), sentence.end(), (p, q, type) -> { });
                }
            }
            long f = threadCpu();
            if (r >= 0) {
                ours[r] = (d - a) / 1e9;
                hanlp[r] = (e - d) / 1e9;
                model[r] = (f - e) / 1e9;
                stages[0][r] = (b - a) / 1e9;
                stages[1][r] = (c - b) / 1e9;
                stages[2][r] = (d - c) / 1e9;
            }
            log.printf("bench: throughput round %d: pipeline %.2f s (read %.2f, extract %.2f, assemble %.2f; %d "
                    + "triples), HanLP %.2f s%n", r, (d - a) / 1e9, (b - a) / 1e9, (c - b) / 1e9, (d - c) / 1e9,
                    triples, (e - d) / 1e9);
        }
        // The goal is about extraction (Extractor on the text); reading and graph assembly are reported beside it.
        double extractCps = chars / median(stages[1]);
        double oursCps = chars / median(ours);
        double hanlpCps = chars / median(hanlp);
        double modelCps = chars / median(model);
        row("Extraction throughput vs bare HanLP segmentation (1 thread)", ">= 0.5",
                String.format("%.3f (%,.0f vs %,.0f chars/s)", extractCps / hanlpCps, extractCps, hanlpCps),
                extractCps / hanlpCps >= 0.5);
        row("Extraction throughput vs the NER model alone (1 thread)", ">= 0.5",
                String.format("%.3f (%,.0f vs %,.0f chars/s; the model alone is %.2f of HanLP segmentation)",
                        extractCps / modelCps, extractCps, modelCps, modelCps / hanlpCps), extractCps / modelCps >= 0.5);
        row("Pipeline (read, extract, assemble) vs bare HanLP segmentation (1 thread)", "-",
                String.format("%.3f (%,.0f chars/s; read %.0f%%, extract %.0f%%, assemble %.0f%%; assembly alone "
                                + "%.3f of HanLP)", oursCps / hanlpCps, oursCps,
                        100 * median(stages[0]) / median(ours), 100 * median(stages[1]) / median(ours),
                        100 * median(stages[2]) / median(ours), chars / median(stages[2]) / hanlpCps), true);
    }

    /** Full builds of the 1x corpus with 1 and 2 threads, alternating; returns wall and CPU seconds with 2. */
    private double[][] parallelism(Path corpus) {
        double[] one = new double[rounds];
        double[] two = new double[rounds];
        timedBuild(corpus, work.resolve("db-warm"), 2, false); // JIT warm-up of the store path
        deleteTree(work.resolve("db-warm"));
        double[] cores1 = new double[rounds];
        double[] cores2 = new double[rounds];
        double[] cpu2 = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = cpuNanos();
            one[r] = timedBuild(corpus, work.resolve("db-t1-" + r), 1, false);
            long c1 = cpuNanos();
            two[r] = timedBuild(corpus, work.resolve("db-t2-" + r), 2, false);
            long c2 = cpuNanos();
            // cores actually obtained: on a shared machine the second thread may get no second core
            cores1[r] = (c1 - c0) / 1e9 / one[r];
            cores2[r] = (c2 - c1) / 1e9 / two[r];
            cpu2[r] = (c2 - c1) / 1e9;
            deleteTree(work.resolve("db-t1-" + r));
            deleteTree(work.resolve("db-t2-" + r));
            log.printf("bench: 1x build, 1 thread %.2f s, 2 threads %.2f s%n", one[r], two[r]);
        }
        double ratio = median(one) / median(two);
        row("Parallelism: build with 2 threads vs 1 (1x corpus)", ">= 1.7",
                String.format("%.2fx (%.1f s vs %.1f s; CPU time / wall time %.2f vs %.2f cores)", ratio,
                        median(one), median(two), median(cores1), median(cores2)), ratio >= 1.7);
        return new double[][] {two, cpu2};
    }

    private double scaling(Path corpus, Path db, double[][] oneX) {
        long c0 = cpuNanos();
        double tenX = timedBuild(corpus, db, 2, false);
        double cpu = (cpuNanos() - c0) / 1e9;
        double ratio = tenX / median(oneX[0]);
        double cpuRatio = cpu / median(oneX[1]);
        row("Scaling: full build of 10x corpus vs 1x (2 threads)", "<= 11x",
                String.format("%.1fx wall (%.1f s vs %.1f s), %.1fx CPU time (%.1f s vs %.1f s); %,d quads in the "
                        + "10x store", ratio, tenX, median(oneX[0]), cpuRatio, cpu, median(oneX[1]), quads(db)),
                ratio <= 11);
        return tenX;
    }

    /** Quads per fact: each fact's triple plus every quad of the assertions naming it, shared ones shared out. */
    private void provenance(Path db) {
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            double perFact = quadsPerFact(store);
            row("Provenance: quads per fact (10x store)", "<= 5", String.format("%.2f", perFact), perFact <= 5);
        }
    }

    /** (fact triples + assertion quads) / facts, counting a fact once per assertion that names it. */
    public static double quadsPerFact(KnowledgeStore store) {
        String q = """
                SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> ?t } }""";
        String a = """
                SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/ruralkg/ontology#Assertion> ; ?p ?o } }""";
        return Txn.calculateRead(store.dataset(), () -> {
            long facts = count(store, q);
            return (facts + count(store, a)) / (double) facts;
        });
    }

    private static long count(KnowledgeStore store, String query) {
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    /**
     * The first build of an empty database through the bulk loader with 1 and 2 threads, against the transactional
     * full build; keeps the 2-thread time for the comparison with Jena's loader in {@link #load}.
     */
    private void freshBuild(Path corpus, double transactional) {
        double[] ones = timedFreshBuild(corpus, 1);
        double[] twos = timedFreshBuild(corpus, 2);
        double one = ones[0];
        double two = twos[0];
        freshSeconds = two;
        row("Fresh build: 10x corpus into an empty database, bulk path vs transactional (2 threads)", "-",
                String.format("%.2fx faster (%.1f s vs %.1f s; %,d quads)", transactional / two, two, transactional,
                        freshQuads), true);
        row("Fresh build parallelism: 2 threads vs 1 (10x corpus, bulk path)", ">= 1.5",
                // the loader runs beside the extraction; what is left when the input ends does not use the threads
                String.format("%.2fx (%.1f s vs %.1f s; extraction with the load beside it %.1f vs %.1f s = %.2fx, "
                        + "load after it %.1f vs %.1f s)", one / two, one, two, ones[1], twos[1], ones[1] / twos[1],
                        one - ones[1], two - twos[1]), one / two >= 1.5);
    }

    /** Seconds of the whole fresh build, and of its part until the last article is extracted and handed over. */
    private double[] timedFreshBuild(Path corpus, int threads) {
        Path db = work.resolve("db-10x-fresh");
        long t = System.nanoTime();
        long[] extracted = {0};
        BuildReport r = FreshBuild.run(db, IriMinter.defaults(), b -> b.threads(threads), List.of(corpus), l -> {
            if (l.startsWith(FreshBuild.EXTRACTED)) {
                extracted[0] = System.nanoTime();
            }
            log.println(l);
        });
        double s = (System.nanoTime() - t) / 1e9;
        if (!r.complete()) {
            throw new RuralKgException("bench: unexpected fresh build of " + corpus + ": " + r.summary());
        }
        log.printf("bench: fresh build of the 10x corpus, %d thread(s): %.1f s%n", threads, s);
        freshQuads = quads(db);
        deleteTree(db);
        return new double[] {s, (extracted[0] - t) / 1e9};
    }

    private void incremental(Path corpus, Path db, double full) {
        double[] again = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            again[r] = timedBuild(corpus, db, 2, true);
        }
        double share = median(again) / full;
        row("Incremental: rebuild of the unchanged 10x corpus vs full build", "<= 5%",
                String.format("%.1f%% (%.2f s vs %.1f s)", 100 * share, median(again), full), share <= 0.05);
    }

    /** The 10x build in a fresh JVM limited to 256 MB of heap. */
    private void heap(Path corpus) throws IOException, InterruptedException {
        Path db = work.resolve("db-heap");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.ruralkg.cli.Main", "build", "--db", db.toString(), corpus.toString());
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve("heap-build.log").toFile()).start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t) / 1e9;
        List<String> logLines = Files.readAllLines(work.resolve("heap-build.log"), StandardCharsets.UTF_8);
        String last = logLines.isEmpty() ? "" : logLines.get(logLines.size() - 1);
        row("Heap: build of the 10x corpus in a JVM with -Xmx256m", "succeeds",
                String.format("exit %d in %.1f s (\"%s\")", exit, seconds, last), exit == 0);
        deleteTree(db);
    }

    /** The 10x store's article quads written by ruralkg's writer and by Jena's TDB2 bulk loader, alternating. */
    private void load(Path db) {
        Path nq = work.resolve("articles.nq");
        try (KnowledgeStore store = KnowledgeStore.open(db);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
            String reference = store.referenceGraph();
            String statistics = store.iris().statisticsGraph();
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            w.start();
            Txn.executeRead(dsg, () -> {
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                for (Node g : graphs) {
                    if (!g.getURI().equals(reference) && !g.getURI().equals(statistics)) {
                        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(w::quad);
                    }
                }
            });
            w.finish();
        } catch (IOException e) {
            throw new RuralKgException("cannot write " + nq + ": " + e.getMessage(), e);
        }
        double[] ours = new double[rounds];
        double[] jena = new double[rounds];
        String loaderName = "";
        long quads = 0;
        for (int r = 0; r < rounds; r++) {
            Path a = work.resolve("load-ruralkg");
            Path b = work.resolve("load-jena");
            deleteTree(a);
            deleteTree(b);
            long t0 = System.nanoTime();
            quads = loadThroughStore(nq, a);
            long t1 = System.nanoTime();
            DatasetGraph dsg = TDB2Factory.connectDataset(b.toString()).asDatasetGraph();
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
            loaderName = loader.getClass().getSimpleName();
            loader.startBulk();
            loader.load(nq.toString());
            loader.finishBulk();
            TDBInternal.expel(dsg);
            long t2 = System.nanoTime();
            ours[r] = (t1 - t0) / 1e9;
            jena[r] = (t2 - t1) / 1e9;
            log.printf("bench: load %,d quads: ruralkg %.2f s, Jena %s %.2f s%n", quads, ours[r], loaderName, jena[r]);
        }
        double ratio = median(jena) / median(ours);
        row("Load: " + String.format("%,d", quads) + " quads into TDB2, ruralkg writer vs Jena " + loaderName
                + " (speed ratio)", ">= 1.0", String.format("%.2f (%.1f s vs %.1f s)", ratio, median(ours),
                median(jena)), ratio >= 1.0);
        // the fresh build also writes the small reference graph and computes the statistics graph, which the
        // loader here does neither of
        double fresh = median(jena) / freshSeconds;
        row("Fresh build of the 10x corpus (2 threads, " + String.format("%,d", freshQuads) + " quads) vs Jena "
                + loaderName + " alone on its article quads (speed ratio)", ">= 1.0", String.format("%.2f (%.1f s "
                + "vs %.1f s)", fresh, freshSeconds, median(jena)), fresh >= 1.0);
    }

    /** Parses N-Quads (grouped by graph, as exported) and writes whole graphs in the builder's batches. */
    private static long loadThroughStore(Path nq, Path dir) {
        long[] n = {0};
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            Map<String, Model> batch = new LinkedHashMap<>();
            long[] batchTriples = {0};
            Model[] current = {null};
            String[] graph = {null};
            Runnable graphDone = () -> {
                if (graph[0] == null) {
                    return;
                }
                batch.put(graph[0], current[0]);
                batchTriples[0] += current[0].size();
                if (batchTriples[0] >= KnowledgeBuilder.BATCH_TRIPLES || batch.size() >= KnowledgeBuilder.BATCH_ARTICLES) {
                    store.replaceArticles(batch);
                    batch.clear();
                    batchTriples[0] = 0;
                }
            };
            RDFParser.source(nq).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    n[0]++;
                    String g = q.getGraph().getURI();
                    if (!g.equals(graph[0])) {
                        graphDone.run();
                        graph[0] = g;
                        current[0] = ModelFactory.createDefaultModel();
                    }
                    current[0].getGraph().add(q.asTriple());
                }
            });
            graphDone.run();
            if (!batch.isEmpty()) {
                store.replaceArticles(batch);
            }
        }
        return n[0];
    }

    // ---- helpers ----

    private double timedBuild(Path corpus, Path db, int threads, boolean expectUnchanged) {
        long t = System.nanoTime();
        BuildReport r;
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            r = KnowledgeBuilder.create(store).threads(threads).build().run(List.of(corpus));
        }
        double s = (System.nanoTime() - t) / 1e9;
        if (!r.complete() || (expectUnchanged && r.built() > 0) || (!expectUnchanged && r.unchanged() > 0)) {
            throw new RuralKgException("bench: unexpected build of " + corpus + ": " + r.summary());
        }
        return s;
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static List<Article> read(Path corpus) {
        try (Stream<Article> s = ArticleReader.defaults().read(List.of(corpus))) {
            return s.toList();
        }
    }

    private static long quads(Path db) {
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            return quads(store);
        }
    }

    private static long quads(KnowledgeStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY).count());
    }

    void row(String figure, String goal, String measured, boolean met) {
        rows.put(figure, new String[] {goal, measured, goal.equals("-") ? "" : met ? "met" : "not met"});
        log.println("bench: " + figure + ": " + measured);
    }

    private String table(String machine) {
        StringBuilder b = new StringBuilder();
        b.append("Run ").append(LocalDate.now()).append(" on ").append(machine).append("; 1x = ").append(articles)
                .append(" articles, 10x = ").append(articles * 10).append(", seed ").append(seed).append(", median of ")
                .append(rounds).append(" rounds.\n\n");
        b.append("| Figure | Goal | Measured | |\n|---|---|---|---|\n");
        rows.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v[0]).append(" | ").append(v[1])
                .append(" | ").append(v[2]).append(" |\n"));
        return b.toString();
    }

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format("%s %s, %d processors, load average %.1f at start, Java %s, max heap %d MB",
                os.getName(), os.getArch(), os.getAvailableProcessors(), os.getSystemLoadAverage(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new RuralKgException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
