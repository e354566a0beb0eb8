package org.ruralkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.ruralkg.RuralKgException;
import org.ruralkg.extract.Extractor;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.graph.ReferenceData;
import org.ruralkg.spark.InputFiles.InputFile;
import org.ruralkg.spark.Rows.Extracted;
import org.ruralkg.spark.Rows.Planned;
import org.ruralkg.spark.Rows.Scanned;
import org.ruralkg.spark.Rows.Stamp;
import scala.Tuple2;

/**
 * One run of the build job: scan the input files for articles (small rows: id, hash, source), decide on the
 * driver's side which articles to extract (duplicates dropped, renamed ids, unchanged ones skipped against the
 * previous run's stamps), extract those file by file, and write the quads, the stamps and the report.
 */
final class JobRun {
    static final String QUADS = "quads";
    static final String STAMPS = "stamps";
    static final String REPORT = "report.json";

    private final JavaSparkContext jsc;
    private final BuildJob.Settings s;
    private final Map<String, Double> phases = new java.util.LinkedHashMap<>();
    private long mark;

    JobRun(JavaSparkContext jsc, BuildJob.Settings settings) {
        this.jsc = jsc;
        this.s = settings;
    }

    RunReport execute() throws IOException {
        long t0 = System.nanoTime();
        mark = t0;
        Configuration conf = jsc.hadoopConfiguration();
        Path out = new Path(s.out());
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) {
            throw new RuralKgException("output " + s.out() + " exists; give every run a new directory");
        }
        String base = s.base();
        // the graph format too: output of an older GraphAssembler is not carried forward
        String version = Extractor.VERSION + "+graph" + org.ruralkg.graph.GraphAssembler.FORMAT;
        List<InputFile> files = InputFiles.list(s.inputs(), conf);
        Broadcast<Map<String, String>> hadoop = jsc.broadcast(InputFiles.settings(conf));
        int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
        JavaRDD<InputFile> fileRdd = jsc.parallelize(files, slices);

        // 1. scan: which articles are there (re-read in step 3: cheaper than shipping their text around)
        JavaRDD<Scanned> scanned = fileRdd.flatMap(f -> Extraction.scan(f, hadoop.value()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<String> skipped = new ArrayList<>(scanned.filter(x -> !x.isArticle()).map(Scanned::problem).collect());
        Set<String> problemFiles = new HashSet<>(scanned.filter(x -> !x.isArticle()).map(Scanned::file).collect());
        JavaRDD<Scanned> articles = scanned.filter(Scanned::isArticle);
        long read = articles.count();
        phase("scan");

        // 2. plan. Same content twice: the first in input order is kept, as the reader keeps it within one run.
        JavaPairRDD<String, Tuple2<Scanned, Scanned>> withFirst = articles.mapToPair(a -> new Tuple2<>(a.hash(), a))
                .join(articles.mapToPair(a -> new Tuple2<>(a.hash(), a)).reduceByKey((a, b) -> a.before(b) ? a : b));
        List<Scanned> dupes = withFirst.filter(t -> !t._2._1.equals(t._2._2))
                .map(t -> new Scanned(t._2._1.order(), t._2._1.pos(), t._2._2.id(), null, t._2._1.source(), null, null))
                .collect();
        for (Scanned d : dupes) {
            skipped.add(d.source() + ": duplicate of " + d.id());
            problemFiles.add(fileOf(d.source()));
        }
        // Same id, different content (a.txt and a.html): later ones get the hash suffix, as in the reader.
        JavaPairRDD<String, Planned> named = withFirst.filter(t -> t._2._1.equals(t._2._2)).map(t -> t._2._1)
                .groupBy(Scanned::id).flatMapToPair(g -> {
                    List<Scanned> same = new ArrayList<>();
                    g._2.forEach(same::add);
                    same.sort((a, b) -> a.before(b) ? -1 : b.before(a) ? 1 : 0);
                    List<Tuple2<String, Planned>> out2 = new ArrayList<>();
                    for (int i = 0; i < same.size(); i++) {
                        Scanned a = same.get(i);
                        String id = i == 0 ? a.id() : a.id() + "_" + a.hash().substring(0, 8);
                        out2.add(new Tuple2<>(Extraction.articleIri(base, id), new Planned(a.order(), a.pos(), id,
                                a.hash(), a.source())));
                    }
                    return out2.iterator();
                });
        JavaPairRDD<String, Stamp> previous = previousStamps();
        JavaPairRDD<String, Tuple2<Planned, Optional<Stamp>>> joined = named.leftOuterJoin(previous)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Stamp> unchanged = joined.filter(t -> t._2._2.isPresent()
                        && t._2._2.get().hash().equals(t._2._1.hash()) && t._2._2.get().version().equals(version))
                .mapToPair(t -> new Tuple2<>(t._1, t._2._2.get()));
        JavaRDD<Planned> todo = joined.filter(t -> !(t._2._2.isPresent()
                        && t._2._2.get().hash().equals(t._2._1.hash()) && t._2._2.get().version().equals(version)))
                .map(t -> t._2._1);
        // Gone from the input: dropped, unless their file could not be read whole this time.
        List<Stamp> gone = previous.subtractByKey(named).values().collect();
        List<Stamp> removed = new ArrayList<>();
        List<Stamp> keptGone = new ArrayList<>();
        for (Stamp st : gone) {
            (problemFiles.stream().anyMatch(st::from) ? keptGone : removed).add(st);
        }

        // 3. extract in tasks of about equal size, several per core (Chunks); the files go along as a broadcast
        // list (order = index), so the planned rows need no join with the file rows
        Map<Integer, Tuple2<Long, Integer>> perFile = todo.mapToPair(p -> new Tuple2<>(p.order(),
                new Tuple2<>(1L, p.pos()))).reduceByKey((a, b) -> new Tuple2<>(a._1() + b._1(),
                Math.max(a._2(), b._2()))).collectAsMap();
        phase("plan");
        Broadcast<Chunks> chunks = jsc.broadcast(new Chunks(perFile, files.size(), jsc.defaultParallelism()));
        Broadcast<List<InputFile>> fileList = jsc.broadcast(files);
        JavaRDD<Extracted> extracted = todo.mapToPair(p -> new Tuple2<>(chunks.value().of(p), p))
                .partitionBy(new Chunks.ByChunk(chunks.value().tasks()))
                .mapPartitions(it -> {
                    List<Planned> mine = new ArrayList<>();
                    it.forEachRemaining(t -> mine.add(t._2()));
                    return Extraction.extract(mine, fileList.value(), hadoop.value(), base);
                })
                .persist(StorageLevel.DISK_ONLY());
        // The quads are cached on disk, not in the heap: 3,000 articles' quads filled half of a 3 GB heap and kept
        // G1 marking (GC was 14 of 133 CPU seconds). What the later steps need besides the quads (counts,
        // failures, stamps) is cached apart, in the same pass, so only the quads' write reads the quads again.
        JavaRDD<Extracted> meta = extracted.map(Extracted::withoutQuads).persist(StorageLevel.MEMORY_AND_DISK());
        List<Extracted> failed = new ArrayList<>();
        long built = 0;
        long newQuads = 0;
        for (Tuple2<long[], List<Extracted>> t : meta.mapPartitions(it -> {
            long[] n = new long[2];
            List<Extracted> bad = new ArrayList<>();
            it.forEachRemaining(x -> {
                if (x.ok()) {
                    n[0]++;
                    n[1] += x.quads();
                } else {
                    bad.add(x);
                }
            });
            return List.of(new Tuple2<>(n, bad)).iterator();
        }).collect()) {
            built += t._1()[0];
            newQuads += t._1()[1];
            failed.addAll(t._2());
        }
        phase("extract");

        // 4. write: reference graph + new article graphs + carried-over graphs of the previous run
        IriMinter iris = IriMinter.create().base(base).build();
        List<String> reference = NQuads.lines(ReferenceData.fromClasspath().graph(iris), iris.referenceGraph());
        Set<String> failedIris = new HashSet<>();
        failed.forEach(f -> failedIris.add(f.iri()));
        Broadcast<Set<String>> failedB = jsc.broadcast(failedIris);
        JavaPairRDD<String, Stamp> carried = unchanged
                .union(previous.filter(t -> failedB.value().contains(t._1)))
                .union(jsc.parallelize(keptGone).mapToPair(st -> new Tuple2<>(st.iri(), st)));
        JavaRDD<String> lines = jsc.parallelize(List.of(String.join("\n", reference)), 1)
                .union(extracted.filter(Extracted::ok).map(x -> new String(x.nquads(), StandardCharsets.UTF_8)))
                .union(carriedQuads(carried));
        lines.saveAsTextFile(new Path(out, QUADS).toString(), GzipCodec.class);
        nameParts(outFs, new Path(out, QUADS));
        JavaRDD<Stamp> stamps = meta.filter(Extracted::ok)
                .map(x -> new Stamp(x.iri(), x.hash(), version, x.source(), x.quads())).union(carried.values());
        stamps.map(Stamp::toJson).saveAsTextFile(new Path(out, STAMPS).toString(), GzipCodec.class);

        long carriedQuads = carried.values().map(Stamp::quads).fold(0L, Long::sum);
        phase("write");
        RunReport r = new RunReport(s.inputs(), s.previous(), s.out(), version, read, built, unchanged.count(),
                skipped, failed.stream().map(Extracted::failure).toList(), removed,
                reference.size() + newQuads + carriedQuads, (System.nanoTime() - t0) / 1e9, phases,
                extracted.getNumPartitions());
        try (OutputStream o = outFs.create(new Path(out, REPORT), false)) {
            o.write(r.toJson().getBytes(StandardCharsets.UTF_8));
        }
        meta.unpersist();
        extracted.unpersist();
        joined.unpersist();
        scanned.unpersist();
        return r;
    }

    /** Ends the phase that started at the previous mark. */
    private void phase(String name) {
        long now = System.nanoTime();
        phases.put(name, (now - mark) / 1e9);
        mark = now;
    }

    private JavaPairRDD<String, Stamp> previousStamps() {
        if (s.previous() == null) {
            return JavaPairRDD.fromJavaRDD(jsc.<Tuple2<String, Stamp>>emptyRDD());
        }
        return jsc.textFile(new Path(s.previous(), STAMPS).toString())
                .mapToPair(l -> {
                    Stamp st = Stamp.fromJson(l);
                    return new Tuple2<>(st.iri(), st);
                });
    }

    /** The previous run's lines of the graphs in {@code carried}. */
    private JavaRDD<String> carriedQuads(JavaPairRDD<String, Stamp> carried) {
        if (s.previous() == null) {
            return jsc.emptyRDD();
        }
        return jsc.textFile(new Path(s.previous(), QUADS).toString())
                .mapToPair(l -> new Tuple2<>(NQuads.graphOf(l), l))
                .join(carried.mapValues(st -> Boolean.TRUE))
                .map(t -> t._2._1);
    }

    /** part-00000.gz → part-00000.nq.gz, so that {@code ruralkg load} and other tools know the format. */
    private static void nameParts(FileSystem fs, Path dir) throws IOException {
        for (FileStatus f : fs.listStatus(dir)) {
            String name = f.getPath().getName();
            if (name.startsWith("part-") && name.endsWith(".gz") && !name.endsWith(".nq.gz")) {
                fs.rename(f.getPath(), new Path(dir, name.substring(0, name.length() - 3) + ".nq.gz"));
            }
        }
    }

    private static String fileOf(String source) {
        int hash = source.lastIndexOf('#');
        return hash < 0 ? source : source.substring(0, hash);
    }
}
