package org.ruralkg.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.jena.rdf.model.Model;
import org.ruralkg.extract.Extractor;
import org.ruralkg.graph.GraphAssembler;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.source.Article;
import org.ruralkg.source.ArticleReader;
import org.ruralkg.source.ReadStats;
import org.ruralkg.spark.InputFiles.InputFile;
import org.ruralkg.spark.Rows.Extracted;
import org.ruralkg.spark.Rows.Planned;
import org.ruralkg.spark.Rows.Scanned;

/** What runs inside tasks: reading one input file, and extracting its planned articles. */
final class Extraction {
    private Extraction() {
    }

    /**
     * Per executor JVM: the extractor (gazetteer, lexicons, HanLP model) is loaded on first use and then shared by
     * every task and thread of the executor; loading it takes seconds, extracting an article milliseconds.
     */
    private static final class PerExecutor {
        static final Extractor EXTRACTOR = Extractor.defaults();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts loading the executor's extractor on a background thread, once. Called by the scan, so that the load
     * (2-3 s of one core) overlaps the scan and the driver's planning instead of stalling the first extraction task
     * while every other task thread of the executor waits for the class to initialise. Harmless when the scan runs
     * on another executor: the extractor is then loaded on first use, as before. A failure shows there too.
     */
    static void warmUp() {
        if (WARMING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    PerExecutor.EXTRACTOR.getClass();
                } catch (Throwable e) {
                    // tasks then fail with "could not initialize"; the reason is logged here, and not rethrown:
                    // an uncaught throwable on a cluster executor's thread stops the executor
                    System.err.println("ruralkg-spark: loading the extractor failed: " + e);
                }
            }, "ruralkg-extractor-load");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Assemblers by IRI base, per executor JVM; apart from the extractor, so minting IRIs loads no gazetteer. */
    private static final class Assemblers {
        static final Map<String, GraphAssembler> ASSEMBLERS = new ConcurrentHashMap<>();

        static GraphAssembler assembler(String base) {
            return ASSEMBLERS.computeIfAbsent(base, b -> GraphAssembler.create(IriMinter.create().base(b).build()));
        }
    }

    /** The IRI of article {@code id} under {@code base}, minted as the CLI mints it. */
    static String articleIri(String base, String id) {
        return Assemblers.assembler(base).iris().article(id);
    }

    /** The articles of one file, each as a small row, and the file's read problems. */
    static Iterator<Scanned> scan(InputFile f, Map<String, String> hadoop) {
        warmUp();
        List<Scanned> out = new ArrayList<>();
        List<Article> articles = read(f, InputFiles.configuration(hadoop), out);
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            out.add(new Scanned(f.order(), i, a.id(), a.contentHash(), a.source(), null, null));
        }
        return out.iterator();
    }

    /**
     * The articles of one task (one chunk, see {@link Chunks}): each file read again, its planned articles
     * extracted one at a time as Spark pulls them, so that a task holds one article's quads at a time, not all.
     */
    static Iterator<Extracted> extract(List<Planned> planned, List<InputFile> files, Map<String, String> hadoop,
                                       String base) {
        Map<Integer, List<Planned>> byFile = new TreeMap<>();
        planned.forEach(p -> byFile.computeIfAbsent(p.order(), k -> new ArrayList<>()).add(p));
        Configuration conf = InputFiles.configuration(hadoop);
        GraphAssembler assembler = Assemblers.assembler(base);
        Iterator<Map.Entry<Integer, List<Planned>>> todo = byFile.entrySet().iterator();
        return new Iterator<>() {
            private InputFile f;
            private List<Article> articles = List.of();
            private Iterator<Planned> here = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!here.hasNext() && todo.hasNext()) {
                    Map.Entry<Integer, List<Planned>> e = todo.next();
                    f = files.get(e.getKey());
                    articles = read(f, conf, new ArrayList<>());
                    here = e.getValue().iterator();
                }
                return here.hasNext();
            }

            @Override
            public Extracted next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return extract(f, articles, here.next(), assembler);
            }
        };
    }

    private static Extracted extract(InputFile f, List<Article> articles, Planned p, GraphAssembler assembler) {
        if (p.pos() >= articles.size()) {
            return new Extracted(assembler.iris().article(p.id()), "", f.name(), null, 0,
                    f.name() + ": changed while the job ran (article " + p.pos() + " is gone)");
        }
        Article a = articles.get(p.pos());
        if (!a.id().equals(p.id())) {
            a = new Article(p.id(), a.title(), a.text(), a.offsets(), a.titleOffsets(), a.source(), a.url(),
                    a.date(), a.authors(), a.publisher(), a.captions(), a.contentHash());
        }
        String iri = assembler.iris().article(a);
        try {
            Model g = assembler.assemble(PerExecutor.EXTRACTOR.extract(a));
            List<String> lines = NQuads.lines(g, iri);
            return new Extracted(iri, a.contentHash(), a.source(),
                    String.join("\n", lines).getBytes(StandardCharsets.UTF_8), lines.size(), null);
        } catch (RuntimeException e) {
            // as in the CLI: one bad article must not cost the others
            return new Extracted(iri, a.contentHash(), a.source(), null, 0, a.source() + ": " + e.getMessage());
        }
    }

    private static List<Article> read(InputFile f, Configuration conf, List<Scanned> problems) {
        java.nio.file.Path name = java.nio.file.Path.of(f.name());
        ArticleReader reader = ArticleReader.create()
                .onProblem(p -> problems.add(new Scanned(f.order(), -1, null, null, null, p.toString(), f.name())))
                .build();
        byte[] bytes;
        try {
            bytes = InputFiles.read(f.uri(), conf);
        } catch (IOException e) {
            problems.add(new Scanned(f.order(), -1, null, null, null, f.name() + ": cannot read: " + e.getMessage(),
                    f.name()));
            return List.of();
        }
        return reader.readFile(name, java.nio.file.Path.of(f.relative()), bytes, new ReadStats());
    }
}
