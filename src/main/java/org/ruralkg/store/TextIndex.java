package org.ruralkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ruralkg.RuralKgException;
import org.ruralkg.vocab.RKG;

/**
 * Chinese full-text index over a dataset: jena-text on Lucene with the SmartChineseAnalyzer (word segmentation
 * for both indexing and queries). Indexed: {@code rdfs:label}, {@code skos:altLabel}, {@code rkg:text} (sentence
 * text) and {@code rkg:anchorText}, all in one Lucene field so that a plain {@code text:query} searches them all.
 *
 * <pre>{@code
 * Dataset ds = TextIndex.wrap(TDB2Factory.connectDataset(db), db.resolve("text"));
 * // SPARQL: PREFIX text: <http://jena.apache.org/text#>  SELECT ?s { ?s text:query "光伏" }
 * }</pre>
 *
 * Every write must go through the returned dataset: the index follows each added and deleted quad (documents carry
 * a uid, so deleting a quad, e.g. when an article's named graph is replaced, deletes its document). After writes
 * that bypassed it, call {@link #rebuild(Dataset)}.
 */
public final class TextIndex {
    /** Namespace of the jena-text property functions ({@code text:query}). */
    public static final String TEXT_NS = "http://jena.apache.org/text#";
    /** Lucene field holding the subject IRI. */
    public static final String ENTITY_FIELD = "uri";
    /** The one Lucene field for all indexed literals. */
    public static final String TEXT_FIELD = "text";
    /** Lucene field with a hash of graph, subject, field and value; lets deletions find their document. */
    public static final String UID_FIELD = "uid";
    /** The properties whose literal values are indexed. */
    public static final List<Node> INDEXED = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(),
            RKG.text.asNode(), RKG.anchorText.asNode());

    private TextIndex() {
    }

    /**
     * Wraps a dataset with a text index.
     *
     * @param base the dataset holding the data (TDB2 or in-memory)
     * @param dir  directory of the Lucene index, created if missing; null for an in-memory index (tests)
     * @return the dataset to read and write through; register this one with Fuseki so text:query works there
     */
    public static Dataset wrap(Dataset base, Path dir) {
        Objects.requireNonNull(base, "base dataset");
        Dataset text = TextDatasetFactory.create(base, lucene(dir), true);
        if (dir != null && isEmptyIndex(text) && !isEmptyData(text)) {
            // A fresh index directory beside existing data: fill it, or searches would silently miss everything.
            rebuild(text);
        }
        return text;
    }

    /**
     * The Lucene index in {@code dir} (null: in memory), configured as {@link #wrap} configures it but without a
     * dataset: a bulk load indexes the quads it streams into the loader with it ({@link #index}), and the store
     * opened on the loaded data afterwards finds the index filled.
     */
    static TextIndexLucene lucene(Path dir) {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setAnalyzer(new SmartChineseAnalyzer());
        config.setQueryAnalyzer(new SmartChineseAnalyzer());
        config.setValueStored(true);
        return (TextIndexLucene) TextDatasetFactory.createLuceneIndex(open(dir), config);
    }

    /** Adds the document of {@code q} to {@code index} if {@code q} is an indexed literal; as a write through the dataset does. */
    static void index(TextIndexLucene index, Quad q) {
        if (q.getObject().isLiteral() && INDEXED.contains(q.getPredicate())) {
            index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), q));
        }
    }

    /** The jena-text entity definition: one text field for all {@link #INDEXED} properties, with a uid field. */
    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD);
        // No graph field on purpose: with one, text:query over the default (union) graph would look only for
        // documents of the real default graph, where ruralkg keeps nothing.
        INDEXED.forEach(p -> def.set(TEXT_FIELD, p));
        def.setUidField(UID_FIELD);
        return def;
    }

    /**
     * Empties the index and indexes every quad of the dataset again.
     *
     * @param textDataset a dataset returned by {@link #wrap}
     */
    public static void rebuild(Dataset textDataset) {
        TextIndexLucene index = indexOf(textDataset);
        DatasetGraph data = ((DatasetGraphText) textDataset.asDatasetGraph()).getWrapped();
        Txn.executeRead(data, () -> {
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new RuralKgException("cannot empty text index " + index.getDirectory() + ": " + e, e);
            }
            for (Node p : INDEXED) {
                data.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> index(index, q));
            }
            index.commit();
        });
    }

    /**
     * Merges the index into one Lucene segment, committed with a write transaction of the dataset. jena-text opens
     * a new reader for every {@code text:query}, and opening costs per segment; a transactional build leaves a
     * segment per commit, merged down to about ten by Lucene's default policy, which made each search cost
     * 2.5 times the CPU it takes on one segment. Does nothing when the index is one segment without deletions.
     *
     * @param textDataset a dataset returned by {@link #wrap}
     */
    public static void compact(Dataset textDataset) {
        IndexWriter writer = indexOf(textDataset).getIndexWriter();
        Txn.executeWrite(textDataset, () -> {
            try {
                writer.forceMerge(1);
            } catch (IOException e) {
                throw new RuralKgException("cannot merge text index " + writer.getDirectory() + ": " + e, e);
            }
        });
    }

    /** The Lucene-backed jena-text index behind a dataset returned by {@link #wrap}. */
    public static TextIndexLucene indexOf(Dataset textDataset) {
        if (textDataset.asDatasetGraph() instanceof DatasetGraphText dsg
                && dsg.getTextIndex() instanceof TextIndexLucene lucene) {
            return lucene;
        }
        throw new RuralKgException("dataset " + textDataset + " has no Lucene text index; make it with TextIndex.wrap");
    }

    private static Directory open(Path dir) {
        if (dir == null) {
            return new ByteBuffersDirectory();
        }
        try {
            Files.createDirectories(dir);
            return FSDirectory.open(dir);
        } catch (IOException e) {
            throw new RuralKgException("cannot open text index directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyIndex(Dataset text) {
        return indexOf(text).getIndexWriter().getDocStats().numDocs == 0;
    }

    private static boolean isEmptyData(Dataset text) {
        DatasetGraph data = ((DatasetGraphText) text.asDatasetGraph()).getWrapped();
        return Txn.calculateRead(data, () -> {
            for (Node p : INDEXED) {
                if (data.find(Node.ANY, Node.ANY, p, Node.ANY).hasNext()) {
                    return false;
                }
            }
            return true;
        });
    }
}
