package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.io.TempDir;

/** The store's full-text index follows builds: on disk under {@code <db>/text}, refilled when missing. */
class KnowledgeStoreTextTest {
    static final Path SEED = Path.of("seeds/000_e40f3922dc4b6374.txt");
    static final String SENTENCE = "先后引进中通快递(晋城)智能科技电商快递产业园、晋城市万鑫顺达100兆瓦光伏二期扩容两个重点工程项目。";
    static final String REPLACEMENT = "先后引进两个猕猴桃种植重点工程项目。";

    @Test
    void aRebuiltArticleLeavesNoStaleHitsAndAMissingIndexIsRefilled(@TempDir Path tmp) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Path page = input.resolve(SEED.getFileName());
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        assertTrue(text.contains(SENTENCE), "the seed still holds the sentence this test edits");
        Files.writeString(page, text, StandardCharsets.UTF_8);
        Path db = tmp.resolve("db");

        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            KnowledgeBuilder.create(store).build().run(List.of(input));
            assertFalse(TextIndexTest.search(store.dataset(), "快递").isEmpty(), "indexed on build");
            assertTrue(TextIndexTest.search(store.dataset(), "猕猴桃").isEmpty());
        }
        assertTrue(Files.isDirectory(db.resolve(KnowledgeStore.TEXT_DIR)), "index kept beside the TDB2 files");

        Files.writeString(page, text.replace(SENTENCE, REPLACEMENT), StandardCharsets.UTF_8);
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            BuildReport r = KnowledgeBuilder.create(store).build().run(List.of(input));
            assertTrue(r.complete(), r.summary());
            assertEquals(List.of(), TextIndexTest.search(store.dataset(), "快递"), "no hits from the old text");
            assertFalse(TextIndexTest.search(store.dataset(), "猕猴桃").isEmpty(), "the new sentence is found");
        }

        // A database built before the index existed: the index is rebuilt from the stored graph on open.
        deleteTree(db.resolve(KnowledgeStore.TEXT_DIR));
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertFalse(TextIndexTest.search(store.dataset(), "猕猴桃").isEmpty(), "refilled on open");
            assertEquals(List.of(), TextIndexTest.search(store.dataset(), "快递"));
        }
    }

    @Test
    void everyIndexedLiteralHasOneDocumentAfterBuildsAndReplaces() {
        try (KnowledgeStore store = KnowledgeStore.create().inMemory().build()) {
            KnowledgeBuilder.create(store).build().run(List.of(SEED));
            long quads = indexedLiterals(store);
            assertTrue(quads > 100, "the seed has labels and sentences: " + quads);
            assertEquals(quads, documents(store));
            store.replaceArticles(storedArticles(store)); // every article graph replaced by itself
            assertEquals(quads, indexedLiterals(store));
            assertEquals(quads, documents(store), "replacing a graph replaces its documents");
            TextIndex.rebuild(store.dataset());
            assertEquals(quads, documents(store), "the same as indexing the stored quads afresh");
        }
    }

    /**
     * The store indexes beside its TDB2 inserts instead of through DatasetGraphText.add (see putGraph), which
     * re-implements what jena-text does. Pins that both make the same Lucene documents, before and after a graph
     * is replaced, so that a jena-text upgrade that changes what is indexed fails here rather than in searches.
     */
    @Test
    void indexesWhatJenaTextItselfWouldIndex() {
        try (KnowledgeStore store = KnowledgeStore.create().inMemory().build()) {
            KnowledgeBuilder.create(store).build().run(List.of(SEED));
            Dataset plain = TextIndex.wrap(DatasetFactory.createTxnMem(), null);
            DatasetGraph stored = store.dataset().asDatasetGraph();
            DatasetGraph viaJena = plain.asDatasetGraph();
            Txn.executeWrite(viaJena, () -> Txn.executeRead(stored, () -> stored.find().forEachRemaining(viaJena::add)));
            List<String> docs = documentTexts(store.dataset());
            assertTrue(docs.stream().anyMatch(d -> d.contains(SENTENCE)), "sentences are indexed");
            assertSameDocuments(documentTexts(plain), docs, "after a build");
            assertEquals(TextIndexTest.search(plain, "快递"), TextIndexTest.search(store.dataset(), "快递"));

            Map<String, Model> articles = storedArticles(store);
            String iri = articles.keySet().stream().filter(a -> articles.get(a).listStatements().toList().stream()
                    .anyMatch(st -> st.getObject().isLiteral() && st.getString().equals(SENTENCE))).findFirst().orElseThrow();
            Model edited = edit(articles.get(iri), SENTENCE, REPLACEMENT);
            store.replaceArticle(iri, edited);
            Node g = NodeFactory.createURI(iri);
            Txn.executeWrite(viaJena, () -> {
                viaJena.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                edited.getGraph().find().forEachRemaining(t -> viaJena.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            List<String> after = documentTexts(store.dataset());
            assertTrue(after.stream().noneMatch(d -> d.contains(SENTENCE)), "the replaced sentence is gone");
            assertTrue(after.stream().anyMatch(d -> d.contains(REPLACEMENT)), "its replacement is in");
            assertSameDocuments(documentTexts(plain), after, "after replacing a graph");
            assertEquals(TextIndexTest.search(plain, "猕猴桃"), TextIndexTest.search(store.dataset(), "猕猴桃"));
            assertFalse(TextIndexTest.search(store.dataset(), "猕猴桃").isEmpty());
        }
    }

    /** The same documents, one for one; on failure names only those that differ, not the thousand alike. */
    private static void assertSameDocuments(List<String> expected, List<String> actual, String when) {
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        assertEquals(List.of(), missing, when + ": documents jena-text makes that the store lacks");
        assertEquals(List.of(), extra, when + ": documents the store makes that jena-text does not");
    }

    /** The model with every literal {@code from} replaced by {@code to}. */
    private static Model edit(Model m, String from, String to) {
        Model out = ModelFactory.createDefaultModel();
        m.listStatements().forEachRemaining(st -> out.add(st.getSubject(), st.getPredicate(),
                st.getObject().isLiteral() && st.getString().equals(from)
                        ? out.createLiteral(to, st.getLiteral().getLanguage()) : st.getObject()));
        assertTrue(out.size() == m.size() && !out.isIsomorphicWith(m), "the article holds the sentence " + from);
        return out;
    }

    /** Every live Lucene document as its sorted stored fields, the documents sorted too. */
    private static List<String> documentTexts(Dataset textDataset) {
        try (DirectoryReader reader = DirectoryReader.open(TextIndex.indexOf(textDataset).getIndexWriter())) {
            Bits live = MultiBits.getLiveDocs(reader);
            List<String> docs = new ArrayList<>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    Document d = reader.storedFields().document(i);
                    docs.add(d.getFields().stream().map(f -> f.name() + "=" + f.stringValue()).sorted().toList().toString());
                }
            }
            docs.sort(null);
            return docs;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long indexedLiterals(KnowledgeStore store) {
        var dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> TextIndex.INDEXED.stream()
                .mapToLong(p -> dsg.stream(Node.ANY, Node.ANY, p,
                        Node.ANY).filter(q -> q.getObject().isLiteral()).count())
                .sum());
    }

    private static Map<String, Model> storedArticles(KnowledgeStore store) {
        var dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Model> out = new LinkedHashMap<>();
            for (String iri : store.stamps().keySet()) {
                var m = ModelFactory.createDefaultModel();
                dsg.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(m.getGraph()::add);
                out.put(iri, m);
            }
            return out;
        });
    }

    private static long documents(KnowledgeStore store) {
        return TextIndex.indexOf(store.dataset()).getIndexWriter().getDocStats().numDocs;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
