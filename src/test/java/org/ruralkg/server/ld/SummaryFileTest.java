package org.ruralkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.vocab.RKG;

/** The summary saved next to a TDB2 store: read back whole, only at its fingerprint, and dropped by any write. */
class SummaryFileTest {
    static final String DATA = """
            PREFIX rkg: <https://w3id.org/ruralkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX p: <http://localhost:3030/id/place/>
            PREFIX c: <https://w3id.org/ruralkg/concept/>
            INSERT DATA {
              GRAPH <http://localhost:3030/id/article/a1> {
                <http://localhost:3030/id/article/a1> a rkg:Article ; dct:date "2023-05-01" ;
                    rkg:contentHash "h1" ; rkg:extractorVersion "v1" .
                p:14 a rkg:Province ; rdfs:label "山西省"@zh ; rkg:divisionCode "140000" .
                p:1411 a rkg:Prefecture ; rdfs:label "吕梁市"@zh ; rkg:partOf p:14 .
                p:141122 a rkg:County ; rdfs:label "交城县"@zh ; rkg:partOf p:1411 ; rkg:divisionCode "141122" .
                p:v1 a rkg:Village ; rdfs:label "前火山村"@zh, "Qianhuoshan"@en ; rkg:partOf p:141122 ;
                    rkg:divisionCode "141122100218" ; rkg:grows c:yumi .
                <http://localhost:3030/id/org/h1> a rkg:Cooperative ; rkg:locatedIn p:v1 ; rkg:raises c:niu .
                _:q rkg:year "2022" .
              }
              GRAPH <http://localhost:3030/graph/reference> { c:yumi rdfs:label "玉米"@zh . }
            }
            """;
    static final String VILLAGE = """
            PREFIX rkg: <https://w3id.org/ruralkg/ontology#>
            INSERT DATA { GRAPH <http://localhost:3030/id/article/a1> { # its stamp unchanged
              <http://localhost:3030/id/place/v2> a rkg:Village ; rkg:partOf <http://localhost:3030/id/place/141122> .
            } }""";

    Dataset ds;

    Dataset open(Path dir) {
        ds = TDB2Factory.connectDataset(dir.toString());
        return ds;
    }

    @AfterEach
    void release() {
        if (ds != null) {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void aSavedSummaryReadsBackWholeAndOnlyAtItsFingerprint(@TempDir Path dir) throws Exception {
        Dataset d = open(dir.resolve("db"));
        update(d, DATA);
        Summary s = Txn.calculateRead(d, () -> Summary.of(d.asDatasetGraph()));
        SummaryFile file = new SummaryFile(dir.resolve(SummaryFile.NAME));
        file.write(s, 42);

        Summary back = file.read(42);
        assertNotNull(back);
        assertEquals(s.triples, back.triples);
        assertEquals(s.entities, back.entities);
        assertEquals(s.members, back.members);
        assertEquals(s.labels, back.labels);
        assertEquals("前火山村", back.label(node("id/place/v1")), "the Chinese label, not the English one");
        assertEquals(s.placeType, back.placeType);
        assertEquals(s.parent, back.parent);
        assertEquals(s.codes, back.codes);
        assertEquals(s.articleDates, back.articleDates);
        assertEquals(s.articleYears, back.articleYears);
        assertEquals(s.activity, back.activity);
        assertEquals(s.provinceArticles, back.provinceArticles);
        assertEquals(s.placesBelow, back.placesBelow, "derived again on reading");
        assertEquals(3, back.placesBelow.get(node("id/place/14")), "prefecture, county and village");
        assertEquals(1, back.activityWithin(RKG.raises.asNode(), node("id/place/141122")).size(),
                "the cooperative's animal counts in its county");

        assertNull(file.read(43), "another store version");
        byte[] bytes = Files.readAllBytes(file.path());
        Files.write(file.path(), Arrays.copyOf(bytes, bytes.length - 3));
        assertNull(file.read(42), "a truncated file is ignored");
    }

    @Test
    void aRestartReadsTheSavedSummaryAndAnyWriteDropsIt(@TempDir Path dir) throws Exception {
        Dataset d = open(dir.resolve("db"));
        update(d, DATA);
        AtomicLong now = new AtomicLong();
        SummaryCache first = new SummaryCache(d.asDatasetGraph(), now::get);
        Summary computed = first.get();
        Path saved = first.file();
        assertEquals(dir.resolve("db").resolve(SummaryFile.NAME).toAbsolutePath(), saved.toAbsolutePath());
        assertTrue(Files.exists(saved), "saved after computing");

        // Mark the saved copy: a new cache that answers with the mark read the file, not the store.
        long fingerprint = ByteBuffer.wrap(Files.readAllBytes(saved), 12, 8).getLong();
        SummaryFile file = new SummaryFile(saved);
        Summary marked = file.read(fingerprint);
        marked.triples = 4242;
        file.write(marked, fingerprint);
        Summary restarted = new SummaryCache(d.asDatasetGraph(), now::get).get();
        assertEquals(4242, restarted.triples);
        assertEquals(computed.members, restarted.members);

        // A hand edit through SPARQL Update touches no article stamp: seen all the same, and the file goes.
        long villages = computed.count(RKG.Village.asNode());
        update(d, VILLAGE);
        assertFalse(Files.exists(saved), "a write drops the saved summary");
        now.addAndGet(SummaryCache.RECHECK_NANOS);
        Summary edited = first.get();
        assertEquals(villages + 1, edited.count(RKG.Village.asNode()));
        assertTrue(Files.exists(saved), "saved again after recomputing");
        assertEquals(villages + 1, new SummaryCache(d.asDatasetGraph(), now::get).get().count(RKG.Village.asNode()),
                "a restart after the edit sees it");
    }

    /**
     * The write watch attaches only when no transaction is open; a server started while one is (a long query on
     * a shared dataset) must neither wait for it nor trust a file an unseen edit could have made stale.
     */
    @Test
    void anOpenTransactionNeitherBlocksTheSummaryNorLetsItTrustTheFile(@TempDir Path dir) throws Exception {
        Dataset d = open(dir.resolve("db"));
        update(d, DATA);
        new SummaryCache(d.asDatasetGraph()).get();
        Path saved = dir.resolve("db").resolve(SummaryFile.NAME);
        assertTrue(Files.exists(saved), "saved by the first server");
        java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> Txn.executeRead(d, () -> {
            open.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        reader.start();
        try {
            open.await();
            Summary s = new SummaryCache(d.asDatasetGraph()).get();
            assertEquals(1, s.count(RKG.Village.asNode()));
            assertFalse(Files.exists(saved), "not trusted without the watch: deleted");
        } finally {
            done.countDown();
            reader.join();
        }
    }

    /** As Fuseki's update service runs it: one write transaction. */
    static void update(Dataset d, String update) {
        Txn.executeWrite(d, () -> UpdateExecution.dataset(d).update(update).execute());
    }

    static org.apache.jena.graph.Node node(String path) {
        return org.apache.jena.graph.NodeFactory.createURI("http://localhost:3030/" + path);
    }
}
