package org.ruralkg.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.vocab.RKG;

/**
 * The knowledge graph on disk (TDB2) or in memory: one named graph per article (named by the article IRI), one
 * reference graph for ontology and concepts, and queries that see the union of all of them as the default graph.
 *
 * <pre>{@code
 * try (KnowledgeStore store = KnowledgeStore.open(Path.of("data"))) {
 *     store.replaceArticle(articleIri, model);
 * }
 * KnowledgeStore scratch = KnowledgeStore.create().inMemory().build();
 * }</pre>
 *
 * Both kinds are TDB2 datasets (in memory: TDB2's own in-memory storage), so the union default graph and the
 * transactions behave the same in tests as on disk. Each article graph carries its own bookkeeping
 * ({@code rkg:contentHash}, {@code rkg:extractorVersion}, {@code rkg:graphFormat} on the article node), so replacing the graph replaces the
 * bookkeeping in the same transaction.
 */
public final class KnowledgeStore implements AutoCloseable {
    private static final Set<String> BUILDING = ConcurrentHashMap.newKeySet();

    /** Subdirectory of the database directory that holds the Lucene full-text index. */
    public static final String TEXT_DIR = "text";

    private final Dataset tdb;
    private final Dataset dataset;
    private final Path location;
    private final IriMinter iris;
    private final String lockKey;
    private ExecutorService indexer;

    private KnowledgeStore(Dataset tdb, Path location, IriMinter iris, String lockKey) {
        this.tdb = tdb;
        this.location = location;
        this.iris = iris;
        this.lockKey = lockKey;
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        // Every write goes through the text dataset so the index follows each replaced article; an index
        // directory that is missing or empty beside existing data is filled on open (TextIndex.wrap).
        try {
            this.dataset = TextIndex.wrap(tdb, location == null ? null : location.resolve(TEXT_DIR));
        } catch (RuntimeException e) {
            release(tdb, location);
            throw e;
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static Builder create() {
        return new Builder();
    }

    /** The TDB2 store in {@code dir} (created if absent) with the default IRI base. */
    public static KnowledgeStore open(Path dir) {
        return create().location(dir).build();
    }

    /**
     * The dataset with its full-text index ({@code text:query}, see {@link TextIndex}), for SPARQL servers and
     * queries. Use it inside transactions, and write only through it so the index stays in step.
     */
    public Dataset dataset() {
        return dataset;
    }

    public IriMinter iris() {
        return iris;
    }

    /** Database directory, or empty for an in-memory store. */
    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }

    /** Name of the graph that holds ontology and concepts. */
    public String referenceGraph() {
        return iris.referenceGraph();
    }

    /** Atomically replaces the named graph {@code articleIri} with {@code model}. */
    public void replaceArticle(String articleIri, Model model) {
        Objects.requireNonNull(model, "model");
        Node g = graphName(articleIri);
        if (!model.contains(model.createResource(articleIri), RDF.type, RKG.Article)) {
            throw new IllegalArgumentException("graph for " + articleIri + " has no rkg:Article node " + articleIri);
        }
        replaceGraph(g, model.getGraph());
    }

    /**
     * Replaces several article graphs (article IRI → graph) in one write transaction: all of them or, on failure,
     * none. Bulk builds use it to pay one commit per batch instead of one per article.
     */
    public void replaceArticles(Map<String, Model> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        graphs.forEach((iri, model) -> {
            Objects.requireNonNull(model, "model of " + iri);
            if (!model.contains(model.createResource(iri), RDF.type, RKG.Article)) {
                throw new IllegalArgumentException("graph for " + iri + " has no rkg:Article node " + iri);
            }
        });
        DatasetGraph dsg = dataset.asDatasetGraph();
        writeIndexed(dsg, indexing -> graphs.forEach((iri, model) ->
                putGraph(dsg, graphName(iri), model.getGraph(), indexing)));
    }

    /** Atomically replaces the reference graph; does not write at all when the stored one is the same. */
    public void replaceReference(Model model) {
        Objects.requireNonNull(model, "model");
        Node g = graphName(referenceGraph());
        DatasetGraph dsg = dataset.asDatasetGraph();
        // every build brings the reference graph; rewriting an unchanged one would dominate an unchanged rebuild
        boolean same = Txn.calculateRead(dsg, () -> {
            Graph stored = dsg.getGraph(g);
            if (stored.size() != model.size()) {
                return false;
            }
            Graph copy = GraphMemFactory.createDefaultGraph();
            stored.find().forEachRemaining(copy::add);
            return copy.isIsomorphicWith(model.getGraph());
        });
        if (!same) {
            replaceGraph(g, model.getGraph());
        }
    }

    /**
     * Recomputes the statistics graph ({@link IriMinter#statisticsGraph()}) from the stored facts, in one write
     * transaction: readers see the old counts or the new ones. Builds call it whenever they change the store.
     */
    public void refreshStatistics() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node g = graphName(iris.statisticsGraph());
        writeIndexed(dsg, indexing -> putGraph(dsg, g, Statistics.compute(dataset, g.getURI()), indexing));
    }

    /** True when the store holds a statistics graph (false for stores built before there was one). */
    public boolean hasStatistics() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node g = graphName(iris.statisticsGraph());
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(g) && !dsg.getGraph(g).isEmpty());
    }

    private void replaceGraph(Node g, Graph content) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        writeIndexed(dsg, indexing -> putGraph(dsg, g, content, indexing));
    }

    /**
     * Replaces graph {@code g} inside the caller's write transaction. Lucene documents of the new quads are made on
     * the indexing thread (see {@link #indexer}); the caller waits for {@code indexing} before it commits.
     */
    private void putGraph(DatasetGraph dsg, Node g, Graph content, List<Future<?>> indexing) {
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        if (!(dsg instanceof DatasetGraphText text) || !(text.getTextIndex() instanceof TextIndexLucene index)) {
            content.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), storable(t.getObject())));
            return;
        }
        // What DatasetGraphText.add does, split in two. It looks every quad up first so as to index only new ones;
        // only quads of indexed properties need that (TDB2 ignores adding a quad twice), and the lookups cost a
        // fifth of a build. And it analyses each indexed literal (Chinese word segmentation) on the writing
        // thread; that runs beside the TDB2 inserts now, on the indexing thread. Same quads, same documents: jena-text
        // has no public call for this, so KnowledgeStoreTextTest compares the documents with its own after each upgrade.
        DatasetGraph data = text.getWrapped();
        EntityDefinition def = index.getDocDef();
        List<Entity> entities = new ArrayList<>();
        content.find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            Node o = storable(t.getObject());
            if (o.isLiteral() && TextIndex.INDEXED.contains(p)) {
                if (!data.contains(g, t.getSubject(), p, o)) {
                    data.add(g, t.getSubject(), p, o);
                    entities.add(TextQueryFuncs.entityFromQuad(def, g, t.getSubject(), p, o));
                }
            } else {
                data.add(g, t.getSubject(), p, o);
            }
        });
        if (!entities.isEmpty()) {
            indexing.add(indexer().submit(() -> entities.forEach(index::addEntity)));
        }
    }

    /** The one thread that feeds Lucene for this store's writes; started on the first write. */
    private synchronized ExecutorService indexer() {
        if (indexer == null) {
            indexer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "ruralkg-text-indexer");
                t.setDaemon(true);
                return t;
            });
        }
        return indexer;
    }

    /**
     * Runs {@code body} in a write transaction that commits only once every document it queued for the indexing
     * thread is in the index writer. When the body fails, the queued documents are still waited for (and their
     * outcome ignored), so that the abort does not roll the index back under a running indexer.
     */
    private static void writeIndexed(DatasetGraph dsg, Consumer<List<Future<?>>> body) {
        Txn.executeWrite(dsg, () -> {
            List<Future<?>> indexing = new ArrayList<>();
            try {
                body.accept(indexing);
            } catch (RuntimeException e) {
                for (Future<?> f : indexing) {
                    try {
                        f.get();
                    } catch (InterruptedException | ExecutionException ignored) {
                        // the transaction aborts anyway
                    }
                }
                throw e;
            }
            awaitIndexing(indexing);
        });
    }

    /** Waits until every document of this transaction is in the index writer; a failure aborts the transaction. */
    private static void awaitIndexing(List<Future<?>> indexing) {
        for (Future<?> f : indexing) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RuralKgException("interrupted while indexing text", e);
            } catch (ExecutionException e) {
                throw new RuralKgException("cannot index text: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    /**
     * TDB2 stores small decimals inline and reads "12"^^xsd:decimal back as "12.0", a node it then cannot find to
     * delete: the quad would survive every later replace and prune. Decimals are therefore written in the form
     * TDB2 reads back, which is the form queries saw anyway. The object inside a triple term gets the same form, so
     * that {@code rdf:reifies <<( s p o )>>} still names the stored fact.
     */
    static Node storable(Node o) {
        if (o.isTripleTerm()) {
            Triple t = o.getTriple();
            Node inner = storable(t.getObject());
            return inner == t.getObject() ? o : NodeFactory.createTripleTerm(t.getSubject(), t.getPredicate(), inner);
        }
        if (o.isLiteral() && XSDDatatype.XSDdecimal.equals(o.getLiteralDatatype())) {
            try {
                String canonical = XSDFuncOp.canonicalDecimalStr(new BigDecimal(o.getLiteralLexicalForm()));
                if (!canonical.equals(o.getLiteralLexicalForm())) {
                    return NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal);
                }
            } catch (NumberFormatException e) {
                return o; // ill-formed: TDB2 keeps it as a plain string node, which deletes fine
            }
        }
        return o;
    }

    /** Deletes an article graph; false when there was none. */
    public boolean removeArticle(String articleIri) {
        Node g = graphName(articleIri);
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            boolean had = dsg.containsGraph(g) && !dsg.getGraph(g).isEmpty();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            return had;
        });
    }

    /** What each stored article was built from, by article IRI. */
    public Map<String, Stamp> stamps() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Stamp> out = new LinkedHashMap<>();
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            for (Node g : names) {
                if (g.isURI()) {
                    stampOf(dsg.getGraph(g), g).ifPresent(s -> out.put(g.getURI(), s));
                }
            }
            return out;
        });
    }

    /** The stamp of one article graph, if stored. */
    public Optional<Stamp> stamp(String articleIri) {
        Node g = graphName(articleIri);
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> stampOf(dsg.getGraph(g), g));
    }

    private static Optional<Stamp> stampOf(Graph graph, Node g) {
        if (!graph.contains(g, RDF.type.asNode(), RKG.Article.asNode())) {
            return Optional.empty();
        }
        return Optional.of(new Stamp(first(graph, g, RKG.contentHash.asNode()),
                first(graph, g, RKG.extractorVersion.asNode()), first(graph, g, RKG.graphFormat.asNode()),
                first(graph, g, RKG.sourceFile.asNode())));
    }

    private static String first(Graph graph, Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        try {
            if (it.hasNext()) {
                Triple t = it.next();
                return t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString();
            }
            return "";
        } finally {
            it.close();
        }
    }

    /** Number of quads in the whole store. */
    public long size() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /**
     * Claims this store for one build. A second build on the same store in this process is refused; another
     * process cannot even open the database while this one holds it (TDB2 locks the directory).
     */
    public AutoCloseable lockForBuild() {
        if (!BUILDING.add(lockKey)) {
            throw new RuralKgException("another build is already writing to " + describe() + "; wait for it to end");
        }
        return () -> BUILDING.remove(lockKey);
    }

    private String describe() {
        return location == null ? "the in-memory store" : "database " + location;
    }

    private static Node graphName(String iri) {
        if (iri == null || iri.isBlank()) {
            throw new IllegalArgumentException("graph name '" + iri + "' is blank");
        }
        return NodeFactory.createURI(iri);
    }

    /** Releases the database so another process can open it. */
    @Override
    public void close() {
        synchronized (this) {
            if (indexer != null) {
                indexer.shutdown(); // idle: every write waited for its documents
            }
        }
        try {
            // Releases Lucene's write lock on <db>/text along with the index.
            TextIndex.indexOf(dataset).close();
        } finally {
            release(tdb, location);
        }
    }

    private static void release(Dataset tdb, Path location) {
        if (location != null) {
            TDBInternal.expel(tdb.asDatasetGraph());
        } else {
            tdb.close();
        }
    }

    /**
     * What an article graph was built from.
     *
     * @param contentHash      the article's content hash
     * @param extractorVersion the extractor version that built it
     * @param graphFormat      the graph shape it was written in ({@code GraphAssembler.FORMAT}; "" before there was one)
     * @param sourceFile       where the article was read from
     */
    public record Stamp(String contentHash, String extractorVersion, String graphFormat, String sourceFile) {
    }

    /** Configures a {@link KnowledgeStore}. */
    public static final class Builder {
        private Path location;
        private boolean memory;
        private IriMinter iris = IriMinter.defaults();

        private Builder() {
        }

        /** A TDB2 database in {@code dir}, created if absent. */
        public Builder location(Path dir) {
            this.location = Objects.requireNonNull(dir, "dir");
            this.memory = false;
            return this;
        }

        /** A fresh in-memory store, gone when closed. */
        public Builder inMemory() {
            this.memory = true;
            this.location = null;
            return this;
        }

        /** The minter whose base names the reference graph; default {@link IriMinter#defaults()}. */
        public Builder iris(IriMinter iris) {
            this.iris = Objects.requireNonNull(iris, "iris");
            return this;
        }

        public KnowledgeStore build() {
            if (memory) {
                return new KnowledgeStore(TDB2Factory.createDataset(), null, iris,
                        "mem:" + System.identityHashCode(new Object()) + ":" + System.nanoTime());
            }
            if (location == null) {
                throw new IllegalStateException("set location(dir) or inMemory()");
            }
            Path dir = location.toAbsolutePath().normalize();
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new RuralKgException("database " + location + " is not a directory");
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new RuralKgException("cannot create database directory " + location + ": " + e.getMessage(), e);
            }
            try {
                return new KnowledgeStore(TDB2Factory.connectDataset(dir.toString()), location, iris, dir.toString());
            } catch (RuntimeException e) {
                throw new RuralKgException(openFailure(location, e), e);
            }
        }

        private static String openFailure(Path location, RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                return "database " + location + " is in use by another process (a running build or serve?): " + msg;
            }
            return "cannot open database " + location + ": " + msg;
        }
    }
}
