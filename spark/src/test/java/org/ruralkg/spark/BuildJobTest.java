package org.ruralkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.bench.CorpusGenerator;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.store.BuildReport;
import org.ruralkg.store.BulkLoader;
import org.ruralkg.store.KnowledgeBuilder;
import org.ruralkg.store.KnowledgeStore;

/** The job in local[2] writes, graph by graph, what {@code ruralkg build} stores for the same input. */
class BuildJobTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("BuildJobTest")
                .config("spark.ui.enabled", "false").config("spark.default.parallelism", "2")
                .config("spark.task.maxFailures", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void quadsEqualTheSingleMachineBuildGraphByGraph(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        CorpusGenerator.create().seed(7).build().write(in.resolve("gen"), 12, 4);
        Files.copy(Path.of("../seeds/000_e40f3922dc4b6374.txt"), in.resolve("page.txt"));
        String input = tmp.relativize(in).toString();

        RunReport r = BuildJob.run(spark, settings(tmp, input, "run1", null));
        assertTrue(r.complete(), r.summary() + " " + r.skipped() + r.failed());
        assertEquals(16, r.built(), r.summary());
        try (KnowledgeStore built = KnowledgeStore.create().inMemory().build()) {
            assertTrue(cliBuild(built, tmp.resolve(input)).complete());
            assertEquals(r.quads(), loadAndCompare(tmp, "run1", built));
        }
    }

    @Test
    void incrementalRunExtractsOnlyTheChangedArticleAndReportsRemovedAndBadRecords(@TempDir Path tmp)
            throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = CorpusGenerator.create().seed(11).build().write(in, 6, 3);
        String input = tmp.relativize(in).toString();
        RunReport first = BuildJob.run(spark, settings(tmp, input, "run1", null));
        assertEquals(6, first.built(), first.summary());
        KnowledgeStore built = KnowledgeStore.create().inMemory().build();
        cliBuild(built, in);

        // part 0: record 2 changed, then a broken record on line 4; part 1: its last record removed
        List<String> a = new ArrayList<>(Files.readAllLines(files.get(0), StandardCharsets.UTF_8));
        a.set(1, a.get(1).replaceFirst("(\"text\"\\s*:\\s*\")", "$1今年村里新修了一条路。"));
        assertTrue(!a.get(1).equals(Files.readAllLines(files.get(0), StandardCharsets.UTF_8).get(1)), "changed");
        a.add("{\"id\": \"broken\", \"text\": ");
        Files.write(files.get(0), a, StandardCharsets.UTF_8);
        List<String> b = new ArrayList<>(Files.readAllLines(files.get(1), StandardCharsets.UTF_8));
        String gone = b.remove(2);
        Files.write(files.get(1), b, StandardCharsets.UTF_8);

        RunReport second = BuildJob.run(spark, settings(tmp, input, "run2", tmp.resolve("run1").toString()));
        assertEquals(1, second.built(), second.summary());
        assertEquals(4, second.unchanged(), second.summary());
        assertEquals(0, second.failed().size(), second.failed().toString());
        assertEquals(1, second.skipped().size(), second.skipped().toString());
        assertTrue(second.skipped().get(0).startsWith(files.get(0) + ":4:"),
                "the bad record is named by file and line: " + second.skipped());
        assertEquals(1, second.removed().size());
        String goneId = org.apache.jena.atlas.json.JSON.parse(gone).getString("id");
        assertEquals(IriMinter.defaults().article(goneId), second.removed().get(0).iri());
        // Carried-over and new graphs together are what an incremental ruralkg build --prune stores. (Not a fresh
        // build: an unchanged article after the changed one in the same file keeps its old source offsets there too.)
        try (built) {
            BuildReport cli = cliBuild(built, in);
            assertEquals(1, cli.built(), cli.summary());
            assertEquals(second.quads(), loadAndCompare(tmp, "run2", built));
        }
        var json = org.apache.jena.atlas.json.JSON.read(tmp.resolve("run2/report.json").toString());
        assertEquals(1, json.get("removed").getAsNumber().value().intValue());
        assertEquals(second.quads(), json.get("quads").getAsNumber().value().longValue());
    }

    private static BuildJob.Settings settings(Path tmp, String input, String out, String previous) {
        // the same input path as the CLI run below, so the stored source paths match
        return new BuildJob.Settings(List.of(tmp.resolve(input).toString()), tmp.resolve(out).toString(), previous,
                IriMinter.DEFAULT_BASE);
    }

    private static BuildReport cliBuild(KnowledgeStore store, Path input) {
        return KnowledgeBuilder.create(store).threads(1).prune(true).build().run(List.of(input));
    }

    /**
     * Loads the run's shards with ruralkg load and compares them with {@code built}; returns the loaded size
     * without the statistics graph the load computes.
     */
    private static long loadAndCompare(Path tmp, String run, KnowledgeStore built) throws IOException {
        List<Path> shards;
        try (Stream<Path> s = Files.list(tmp.resolve(run).resolve(JobRun.QUADS))) {
            shards = s.filter(p -> p.toString().endsWith(".nq.gz")).sorted().toList();
        }
        assertTrue(!shards.isEmpty(), "shards written");
        Path loaded = tmp.resolve(run + "-db");
        BulkLoader.create(loaded).files(shards).log(l -> { }).build().run();
        try (KnowledgeStore job = KnowledgeStore.open(loaded)) {
            List<Node> graphs = names(built);
            assertEquals(graphs, names(job), "the same named graphs");
            for (Node g : graphs) {
                Graph want = copy(built, g);
                Graph got = copy(job, g);
                assertTrue(want.isIsomorphicWith(got), () -> "graph " + g + " differs"
                        + "\nonly in build: " + difference(want, got) + "\nonly in job: " + difference(got, want));
            }
            assertEquals(built.size(), job.size());
            // the loader adds the statistics graph to what the job wrote
            Graph stats = copy(job, NodeFactory.createURI(job.iris().statisticsGraph()));
            assertTrue(stats.size() > 0, "statistics written by the load");
            return job.size() - stats.size();
        }
    }

    private static List<String> difference(Graph a, Graph b) {
        return a.find().filterDrop(b::contains).mapWith(Object::toString).toList().stream().limit(5).toList();
    }

    static List<Node> names(KnowledgeStore s) {
        DatasetGraph dsg = s.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(out::add);
            out.sort(java.util.Comparator.comparing(Node::getURI));
            return out;
        });
    }

    static Graph copy(KnowledgeStore s, Node g) {
        DatasetGraph dsg = s.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Graph out = GraphMemFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(out::add);
            return out;
        });
    }
}
