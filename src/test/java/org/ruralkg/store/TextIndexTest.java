package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.vocab.RKG;

class TextIndexTest {
    private static final String GRAPH = "http://localhost:3030/graph/article/a1";
    private static final String SENTENCE = "http://localhost:3030/id/article/a1/s/0";

    private static Model article(String sentenceText, String label) {
        Model m = ModelFactory.createDefaultModel();
        Resource s = m.createResource(SENTENCE).addProperty(RDF.type, RKG.Sentence).addProperty(RKG.text, sentenceText);
        s.addProperty(RKG.inArticle, m.createResource("http://localhost:3030/id/article/a1"));
        m.createResource("http://localhost:3030/id/org/x").addProperty(RDFS.label, label, "zh");
        return m;
    }

    static List<String> search(Dataset ds, String words) {
        List<String> hits = new ArrayList<>();
        String q = "PREFIX text: <" + TextIndex.TEXT_NS + "> SELECT ?s { ?s text:query \"" + words + "\" }";
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds).build()) {
                qe.execSelect().forEachRemaining(row -> hits.add(row.getResource("s").getURI()));
            }
        });
        return hits;
    }

    @Test
    void findsSentencesAndLabelsByChineseWords() {
        Dataset ds = TextIndex.wrap(DatasetFactory.createTxnMem(), null);
        Txn.executeWrite(ds, () -> ds.addNamedModel(GRAPH, article("前火山村建成光伏电站一座。", "前火山锦绣养殖有限公司")));
        assertEquals(List.of(SENTENCE), search(ds, "光伏"));
        assertEquals(List.of("http://localhost:3030/id/org/x"), search(ds, "养殖"));
        assertTrue(search(ds, "红薯").isEmpty());
    }

    @Test
    void replacingAGraphLeavesNoStaleHits() {
        Dataset ds = TextIndex.wrap(DatasetFactory.createTxnMem(), null);
        Txn.executeWrite(ds, () -> ds.addNamedModel(GRAPH, article("村里建成光伏电站。", "光伏合作社")));
        assertEquals(2, search(ds, "光伏").size());
        // A rebuild replaces the article's named graph with the newly extracted one.
        Txn.executeWrite(ds, () -> ds.replaceNamedModel(GRAPH, article("村里种植红薯三百亩。", "红薯合作社")));
        assertEquals(List.of(), search(ds, "光伏"));
        assertEquals(2, search(ds, "红薯").size());
        // Removing the graph removes its documents too.
        Txn.executeWrite(ds, () -> ds.removeNamedModel(GRAPH));
        assertEquals(List.of(), search(ds, "红薯"));
    }

    @Test
    void aNewIndexDirectoryIsFilledFromExistingData(@TempDir Path dir) {
        Dataset base = DatasetFactory.createTxnMem();
        Txn.executeWrite(base, () -> base.addNamedModel(GRAPH, article("镇里推广光伏发电。", "天宁镇")));
        Dataset ds = TextIndex.wrap(base, dir.resolve("text"));
        assertEquals(List.of(SENTENCE), search(ds, "光伏"));
        TextIndex.rebuild(ds);
        assertEquals(List.of(SENTENCE), search(ds, "光伏"), "a rebuild does not duplicate hits");
    }

    @Test
    void compactLeavesOneSegmentWithTheSameHits() throws IOException {
        Dataset ds = TextIndex.wrap(DatasetFactory.createTxnMem(), null);
        for (int i = 0; i < 4; i++) { // each commit writes a segment of its own
            String g = GRAPH + "-" + i;
            Model m = ModelFactory.createDefaultModel();
            m.createResource(SENTENCE + "-" + i).addProperty(RKG.text, "第" + i + "个村建成光伏电站。");
            Txn.executeWrite(ds, () -> ds.addNamedModel(g, m));
        }
        Txn.executeWrite(ds, () -> ds.removeNamedModel(GRAPH + "-0"));
        List<String> hits = search(ds, "光伏");
        assertEquals(3, hits.size());
        assertTrue(segments(ds) > 1, "segments before: " + segments(ds));
        TextIndex.compact(ds);
        assertEquals(1, segments(ds));
        assertEquals(hits, search(ds, "光伏"));
        try (DirectoryReader r = DirectoryReader.open(TextIndex.indexOf(ds).getDirectory())) {
            assertEquals(0, r.numDeletedDocs(), "the merge drops the removed graph's document");
        }
    }

    /** Segments of the last commit, which every text:query opens. */
    static int segments(Dataset ds) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(TextIndex.indexOf(ds).getDirectory())) {
            return r.leaves().size();
        }
    }
}
