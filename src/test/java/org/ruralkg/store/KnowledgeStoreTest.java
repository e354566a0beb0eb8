package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.vocab.RKG;

class KnowledgeStoreTest {
    static final IriMinter IRIS = IriMinter.defaults();

    @TempDir
    static Path tmp;

    static Stream<Arguments> stores() throws IOException {
        return Stream.of(Arguments.of("memory", KnowledgeStore.create().inMemory().build()),
                Arguments.of("tdb2", KnowledgeStore.open(Files.createTempDirectory(tmp, "db"))));
    }

    static Model article(String id, String label) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(IRIS.article(id));
        a.addProperty(RDF.type, RKG.Article).addProperty(RKG.contentHash, "h-" + label)
                .addProperty(RKG.extractorVersion, "v1").addProperty(RKG.sourceFile, id + ".txt");
        m.createResource(IRIS.entity("place/" + id)).addProperty(RDFS.label, label, "zh");
        return m;
    }

    static long count(KnowledgeStore store, String where) {
        String q = "PREFIX rkg: <" + RKG.NS + "> PREFIX rdfs: <" + RDFS.getURI() + ">"
                + " SELECT (COUNT(*) AS ?n) WHERE { " + where + " }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void defaultGraphIsTheUnionOfArticleGraphs(String kind, KnowledgeStore store) {
        try (store) {
            store.replaceArticle(IRIS.article("a"), article("a", "甲村"));
            store.replaceArticle(IRIS.article("b"), article("b", "乙村"));
            assertEquals(2, count(store, "?x a rkg:Article"));
            assertEquals(2, count(store, "GRAPH ?g { ?x a rkg:Article }"));
            assertEquals(1, count(store, "?x rdfs:label \"乙村\"@zh"));
            assertEquals(2, store.stamps().size());
            assertEquals("h-甲村", store.stamp(IRIS.article("a")).orElseThrow().contentHash());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void replaceSwapsTheWholeGraphOrNothing(String kind, KnowledgeStore store) {
        try (store) {
            String a = IRIS.article("a");
            store.replaceArticle(a, article("a", "甲村"));
            store.replaceArticle(a, article("a", "新甲村"));
            assertEquals(0, count(store, "?x rdfs:label \"甲村\"@zh"));
            assertEquals(1, count(store, "?x rdfs:label \"新甲村\"@zh"));

            Model broken = ModelFactory.createModelForGraph(new FailingGraph(article("a", "坏村").getGraph()));
            assertThrows(RuntimeException.class, () -> store.replaceArticle(a, broken));
            assertEquals(1, count(store, "?x rdfs:label \"新甲村\"@zh"), "old graph survives a failed replace");
            assertEquals(0, count(store, "?x rdfs:label \"坏村\"@zh"));

            assertTrue(store.removeArticle(a));
            assertFalse(store.removeArticle(a));
            assertEquals(0, count(store, "?x ?p ?o"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void builderSkipsUnchangedReplacesChangedAndPrunes(String kind, KnowledgeStore store) throws IOException {
        Path in = Files.createTempDirectory(tmp, "in");
        String text = Files.readString(Path.of("src/test/resources/articles/village.txt"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("a.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), text.replace("红薯", "谷子"), StandardCharsets.UTF_8);
        try (store) {
            BuildReport first = KnowledgeBuilder.create(store).build().run(List.of(in));
            assertTrue(first.built() >= 2, first.summary());
            assertEquals(0, first.unchanged());
            int articles = store.stamps().size();
            assertEquals(first.built(), articles);

            BuildReport again = KnowledgeBuilder.create(store).build().run(List.of(in));
            assertEquals(0, again.built(), again.summary());
            assertEquals(articles, again.unchanged());

            Files.writeString(in.resolve("a.txt"), text.replace("500", "600"), StandardCharsets.UTF_8);
            BuildReport changed = KnowledgeBuilder.create(store).build().run(List.of(in));
            assertTrue(changed.built() >= 1 && changed.built() < articles, changed.summary());

            Files.delete(in.resolve("b.txt"));
            BuildReport kept = KnowledgeBuilder.create(store).build().run(List.of(in));
            assertEquals(0, kept.pruned());
            assertEquals(articles, store.stamps().size(), "without --prune nothing is deleted");
            BuildReport pruned = KnowledgeBuilder.create(store).prune(true).build().run(List.of(in));
            assertTrue(pruned.pruned() >= 1, pruned.summary());
            assertTrue(store.stamps().values().stream().noneMatch(s -> s.sourceFile().contains("b.txt")));
            assertTrue(pruned.complete());
        }
    }

    @Test
    void missingInputIsFatalAndNamed() {
        try (KnowledgeStore store = KnowledgeStore.create().inMemory().build()) {
            Path nowhere = tmp.resolve("no-such-dir");
            var e = assertThrows(RuralKgException.class,
                    () -> KnowledgeBuilder.create(store).build().run(List.of(nowhere)));
            assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
        }
    }

    @Test
    void secondConcurrentBuildIsRefused() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(Files.createTempDirectory(tmp, "lock"));
             AutoCloseable lock = store.lockForBuild()) {
            var e = assertThrows(RuralKgException.class, store::lockForBuild);
            assertTrue(e.getMessage().contains("another build"), e.getMessage());
        }
    }

    @Test
    void tdb2StorePersistsAcrossReopen() throws IOException {
        Path dir = Files.createTempDirectory(tmp, "persist");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.replaceArticle(IRIS.article("a"), article("a", "甲村"));
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertEquals(1, count(store, "?x a rkg:Article"));
            assertTrue(store.location().isPresent());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void wholeNumberDecimalsAreDeletedWithTheirGraph(String kind, KnowledgeStore store) {
        try (store) {
            String a = IRIS.article("a");
            Model m = article("a", "甲村");
            m.createResource(IRIS.entity("place/a")).addLiteral(RKG.value,
                    m.createTypedLiteral("12", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
            store.replaceArticle(a, m);
            assertEquals(1, count(store, "?x rkg:value 12.0"));
            store.replaceArticle(a, article("a", "甲村"));
            assertEquals(0, count(store, "?x rkg:value ?v"), "a replaced graph leaves nothing behind");
            assertTrue(store.removeArticle(a));
            assertEquals(0, count(store, "GRAPH ?g { ?x ?p ?o }"));
        }
    }

    /** A graph whose full listing breaks after two triples, as a disk or parser failure would mid-write. */
    static final class FailingGraph extends WrappedGraph {
        FailingGraph(Graph base) {
            super(base);
        }

        @Override
        public ExtendedIterator<Triple> find() {
            List<Triple> some = super.find().toList().subList(0, 2);
            return WrappedIterator.create(Stream.concat(some.stream(), Stream.<Triple>generate(() -> {
                throw new IllegalStateException("disk on fire");
            })).iterator());
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return super.find(s, p, o);
        }
    }
}
