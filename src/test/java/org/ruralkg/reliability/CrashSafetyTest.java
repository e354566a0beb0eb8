package org.ruralkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.cli.Main;
import org.ruralkg.extract.Extractor;
import org.ruralkg.graph.GraphAssembler;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.source.Article;
import org.ruralkg.source.ArticleReader;
import org.ruralkg.store.FreshBuild;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine;

/**
 * Builds killed with SIGKILL at random moments, for real: a child JVM runs {@code ruralkg build}, is killed after
 * some articles were reported built (or after a random delay), and the store it leaves is opened here. Every article
 * graph must equal, triple for triple, either the graph of the article's old version or of its new one — never a
 * part — every article reported built must be there, and the next build must finish the job. A second build on the
 * same store while the child holds it must be refused with a clear message.
 */
class CrashSafetyTest {
    static final int ARTICLES = 60;
    static final IriMinter IRIS = IriMinter.defaults();

    @TempDir
    Path tmp;

    private final Random random = new Random(7);

    /** Graph and source of every article of one corpus version, as this JVM assembles them. */
    record Version(Map<String, Graph> graphs, Map<String, String> iriBySource) {
    }

    @Test
    void killedBuildsLeaveWholeArticlesAndTheNextBuildFinishes() throws Exception {
        Path db = tmp.resolve("db");
        Path in1 = Corpus.jsonLines(tmp.resolve("v1/feed.jsonl"), ARTICLES, 1);
        Path in2 = Corpus.jsonLines(tmp.resolve("v2/feed.jsonl"), ARTICLES, 2);
        Version v1 = expected(in1);
        Version v2 = expected(in2);
        assertEquals(ARTICLES, v1.graphs().size());

        // Each child JVM spends seconds loading dictionaries and gazetteer, then builds an article in tens of
        // milliseconds: four children keep the test bounded and still kill it mid-way three times.

        // first version into an empty store (the bulk path), killed part-way: nothing appears at db, a second
        // build meanwhile is refused, and the next build starts the bulk load over
        try (ChildBuild child = ChildBuild.start(db, in1)) {
            assertTrue(child.awaitBuilt(1, 120), "child built nothing:\n" + child.output());
            assertConcurrentBuildRefused(db, in1);
            Thread.sleep(random.nextInt(300));
            child.kill();
        }
        if (!FreshBuild.isFresh(db)) {
            verify(db, v1, List.of(), List.of(v1), false); // the kill came after the load: all of it is there
        } else {
            try (ChildBuild child = ChildBuild.start(db, in1)) {
                assertEquals(0, child.await(120), child.output());
                assertTrue(child.output().contains("built " + ARTICLES + ", unchanged 0"), child.output());
            }
            verify(db, v1, List.of(), List.of(v1), false);
        }

        // every article changes: killed twice mid-update (once while a second build is attempted), then finished;
        // articles of the first version that were never stored are simply new
        try (ChildBuild child = ChildBuild.start(db, in2)) {
            assertTrue(child.awaitBuilt(2, 120), "child built nothing:\n" + child.output());
            assertConcurrentBuildRefused(db, in2);
            child.kill();
            verify(db, v2, child.built(), List.of(v1, v2), true);
        }
        killAfterDelay(db, in2, v2, List.of(v1, v2));
        finish(db, in2, v2);
    }

    /** Kills at a random moment after the child started writing articles: maybe mid-transaction. */
    private void killAfterDelay(Path db, Path in, Version building, List<Version> allowed) throws Exception {
        try (ChildBuild child = ChildBuild.start(db, in)) {
            assertTrue(child.awaitBuilt(1, 120), "child built nothing:\n" + child.output());
            Thread.sleep(random.nextInt(300));
            child.kill();
            verify(db, building, child.built(), allowed, true);
        }
    }

    /** A build run to its end builds what is missing, leaves the rest, and stores exactly the corpus. */
    private void finish(Path db, Path in, Version v) throws Exception {
        int before = countMatching(db, v);
        assertTrue(before < ARTICLES, "the killed build had already finished: the kill proved nothing");
        try (ChildBuild child = ChildBuild.start(db, in)) {
            int code = child.await(120);
            assertEquals(0, code, child.output());
            String summary = "built " + (ARTICLES - before) + ", unchanged " + before + ", skipped 0, failed 0";
            assertTrue(child.output().contains(summary), "expected '" + summary + "' in:\n" + child.output());
        }
        verify(db, v, List.of(), List.of(v), false);
        assertEquals(ARTICLES, countMatching(db, v));
    }

    private static void assertConcurrentBuildRefused(Path db, Path in) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.cli();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("build", "--db", db.toString(), in.toString());
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains("is in use by another process"), err.toString());
        assertEquals(1, err.toString().lines().count(), "one line, no stack trace: " + err);
    }

    /**
     * Opens the store left behind: every article graph equals one of the allowed versions of that article, the
     * articles reported built are there in the version being built, and nothing else is stored.
     */
    private static void verify(Path db, Version building, List<String> reported, List<Version> allowed,
                               boolean partialAllowed) {
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                List<Node> names = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(names::add);
                for (Node g : names) {
                    // derived graphs: the reference data, and counts recomputed whole by each finished build
                    if (g.getURI().equals(store.referenceGraph())
                            || g.getURI().equals(store.iris().statisticsGraph())) {
                        continue;
                    }
                    Graph stored = canonical(dsg.getGraph(g));
                    boolean whole = allowed.stream().anyMatch(v -> {
                        Graph want = v.graphs().get(g.getURI());
                        return want != null && want.isIsomorphicWith(stored);
                    });
                    if (!whole) {
                        fail("article graph " + g.getURI() + " is no whole version: " + difference(stored,
                                allowed.get(allowed.size() - 1).graphs().get(g.getURI())));
                    }
                }
                for (String source : reported) {
                    String iri = building.iriBySource().get(source);
                    Graph stored = canonical(dsg.getGraph(NodeFactory.createURI(iri)));
                    assertTrue(building.graphs().get(iri).isIsomorphicWith(stored),
                            source + " was reported built but is not stored in full");
                }
                if (!partialAllowed) {
                    assertEquals(ARTICLES + 2, names.size(), "articles plus the reference and statistics graphs");
                }
            });
        }
    }

    /**
     * A copy with literals in canonical form: TDB2 stores numbers by value, so "2.2E6"^^xsd:decimal comes back as
     * "2200000.0", the same value in other words.
     */
    private static Graph canonical(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        var canon = CanonicalizeLiteral.get();
        g.find().forEachRemaining(t -> out.add(t.getSubject(), t.getPredicate(), canonical(canon, t.getObject())));
        return out;
    }

    /** Literals inside triple terms (rdf:reifies) too. */
    private static Node canonical(CanonicalizeLiteral canon, Node o) {
        if (o.isTripleTerm()) {
            var t = o.getTriple();
            return NodeFactory.createTripleTerm(t.getSubject(), t.getPredicate(), canonical(canon, t.getObject()));
        }
        return canon.apply(o);
    }

    /** What tells a stored graph from the one expected, for the failure message. */
    private static String difference(Graph stored, Graph want) {
        if (want == null) {
            return "no such article in the corpus";
        }
        List<String> missing = want.find().filterDrop(stored::contains).mapWith(Object::toString).toList();
        List<String> extra = stored.find().filterDrop(want::contains).mapWith(Object::toString).toList();
        return stored.size() + " triples stored, " + want.size() + " expected; missing " + missing.size() + " "
                + missing.stream().limit(3).toList() + "; extra " + extra.size() + " " + extra.stream().limit(3).toList();
    }

    private static int countMatching(Path db, Version v) {
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return Txn.calculateRead(dsg, () -> (int) v.graphs().entrySet().stream()
                    .filter(e -> e.getValue().isIsomorphicWith(
                            canonical(dsg.getGraph(NodeFactory.createURI(e.getKey())))))
                    .count());
        }
    }

    private static Version expected(Path in) {
        Map<String, Graph> graphs = new HashMap<>();
        Map<String, String> iris = new HashMap<>();
        Extractor extractor = Extractor.defaults();
        GraphAssembler assembler = GraphAssembler.create(IRIS);
        try (Stream<Article> s = ArticleReader.create().onProblem(p -> fail(p.toString())).build()
                .read(List.of(in))) {
            s.forEach(a -> {
                Model m = assembler.assemble(extractor.extract(a));
                graphs.put(IRIS.article(a), canonical(m.getGraph()));
                iris.put(a.source(), IRIS.article(a));
            });
        }
        return new Version(graphs, iris);
    }
}
