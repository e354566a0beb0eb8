package org.ruralkg.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
        List<Scanned> out = new ArrayList<>();
        List<Article> articles = read(f, InputFiles.configuration(hadoop), out);
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            out.add(new Scanned(f.order(), i, a.id(), a.contentHash(), a.source(), null, null));
        }
        return out.iterator();
    }

    /** Reads {@code f} again and extracts the planned articles; the rest of the file is left alone. */
    static Iterator<Extracted> extract(InputFile f, Iterable<Planned> planned, Map<String, String> hadoop,
                                       String base) {
        List<Article> articles = read(f, InputFiles.configuration(hadoop), new ArrayList<>());
        GraphAssembler assembler = Assemblers.assembler(base);
        List<Extracted> out = new ArrayList<>();
        for (Planned p : planned) {
            if (p.pos() >= articles.size()) {
                out.add(new Extracted(assembler.iris().article(p.id()), "", f.name(), null, 0,
                        f.name() + ": changed while the job ran (article " + p.pos() + " is gone)"));
                continue;
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
                out.add(new Extracted(iri, a.contentHash(), a.source(), String.join("\n", lines), lines.size(),
                        null));
            } catch (RuntimeException e) {
                // as in the CLI: one bad article must not cost the others
                out.add(new Extracted(iri, a.contentHash(), a.source(), null, 0, a.source() + ": " + e.getMessage()));
            }
        }
        return out.iterator();
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
