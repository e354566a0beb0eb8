package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.cli.Main;

/** {@code ruralkg load}: N-Quads of a build, bulk-loaded, give the same graphs and a working text index. */
class BulkLoaderTest {
    static final Path SEEDS = Path.of("seeds");

    @Test
    void loadedExportEqualsTheBuiltStoreGraphByGraphAndIsSearchable(@TempDir Path tmp) throws IOException {
        Path built = tmp.resolve("built");
        Path nq = tmp.resolve("kg.nq.gz");
        try (KnowledgeStore store = KnowledgeStore.open(built)) {
            assertTrue(KnowledgeBuilder.create(store).threads(1).build().run(List.of(SEEDS)).complete());
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(nq))) {
                Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS));
            }
        }
        Path loaded = tmp.resolve("loaded");
        // A leftover of a killed load must not survive into the new database.
        Files.createDirectories(tmp.resolve("loaded" + BulkLoader.STAGING_SUFFIX).resolve("junk"));
        Result r = run("load", "--db", loaded.toString(), nq.toString());
        assertEquals(0, r.code, r.err);
        assertFalse(Files.exists(tmp.resolve("loaded" + BulkLoader.STAGING_SUFFIX)), "staging renamed into place");
        assertFalse(Files.exists(loaded.resolve("junk")));

        try (KnowledgeStore a = KnowledgeStore.open(built); KnowledgeStore b = KnowledgeStore.open(loaded)) {
            List<Node> graphs = graphNames(a);
            assertTrue(graphs.size() >= 5, "seed articles and the reference graph: " + graphs);
            assertEquals(graphs, graphNames(b));
            for (Node g : graphs) {
                assertTrue(copy(a, g).isIsomorphicWith(copy(b, g)), "graph " + g + " differs after load");
            }
            assertEquals(a.size(), b.size());
            assertEquals(a.stamps(), b.stamps(), "a later build sees what each article was built from");
            assertEquals(TextIndexTest.search(a.dataset(), "光伏"), TextIndexTest.search(b.dataset(), "光伏"));
            assertFalse(TextIndexTest.search(b.dataset(), "光伏").isEmpty(), "text index built after the load");
            assertEquals(1, TextIndexTest.segments(b.dataset()), "the loaded index is one segment");
        }

        Result again = run("load", "--db", loaded.toString(), nq.toString());
        assertEquals(64, again.code, "a non-empty database is refused");
        assertTrue(again.err.contains("is not empty"), again.err);
        assertEquals(64, run("load", "--db", tmp.resolve("x").toString(), tmp.resolve("kg.ttl").toString()).code);
    }

    @Test
    void aBadFileLeavesNoDatabase(@TempDir Path tmp) throws IOException {
        Path nq = Files.writeString(tmp.resolve("bad.nq"), "<http://a> <http://b> \"c\" <http://g> .\nnot rdf\n");
        Result r = run("load", "--db", tmp.resolve("db").toString(), nq.toString());
        assertEquals(1, r.code, r.err);
        assertFalse(Files.exists(tmp.resolve("db")), "nothing half-loaded is left to serve");
        assertFalse(Files.exists(tmp.resolve("db" + BulkLoader.STAGING_SUFFIX)));
    }

    record Result(int code, String err) {
    }

    static Result run(String... args) {
        StringWriter err = new StringWriter();
        var cli = Main.cli();
        cli.setErr(new PrintWriter(err, true));
        return new Result(cli.execute(args), err.toString());
    }

    static List<Node> graphNames(KnowledgeStore s) {
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
