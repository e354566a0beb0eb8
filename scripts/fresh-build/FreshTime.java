// Times FreshBuild.run and, on the article quads of the last build, Jena's default loader alone (as Bench does),
// in one JVM after a warm-up build. Uses only FreshBuild.run(db, iris, options, inputs, log) plus, by reflection,
// the loader-kind overload of later versions, so the same class runs against an old jar and a new one:
//   javac -cp OLD.jar -d /tmp/fb scripts/fresh-build/FreshTime.java
//   java -Xmx3g -cp OLD.jar:/tmp/fb FreshTime CORPUS WORKDIR ROUNDS TAG default JENA_ROUNDS
//   java -Xmx3g -cp NEW.jar:/tmp/fb FreshTime CORPUS WORKDIR ROUNDS TAG PHASED,PARALLEL,BASIC JENA_ROUNDS
// Prints one line per build: wall time, process CPU time, load average, and the build's log lines with their times.
import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.*;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.*;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.store.*;

/** Times FreshBuild.run (public API of old and new code) and Jena's default loader alone on the article quads. */
public class FreshTime {
    public static void main(String[] a) throws Exception {
        Path corpus = Path.of(a[0]);
        Path work = Path.of(a[1]);
        int rounds = Integer.parseInt(a[2]);
        String tag = a[3];
        String[] kinds = a[4].split(",");
        int jenaRounds = Integer.parseInt(a[5]);
        Files.createDirectories(work);
        time(corpus, work, 2, "warm", kinds[0]);
        for (int r = 0; r < rounds; r++) {
            for (String k : kinds) {
                for (int t : new int[] {1, 2}) {
                    time(corpus, work, t, tag, k);
                }
            }
        }
        // loader alone on the article quads of the last build
        Path db = work.resolve("db");
        FreshBuild.run(db, IriMinter.defaults(), b -> b.threads(2), List.of(corpus), l -> { });
        Path nq = work.resolve("articles.nq");
        // the article quads, as Bench.load exports them: every graph but the reference and statistics graphs
        try (KnowledgeStore store = KnowledgeStore.open(db); OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
            Set<String> derived = Set.of(store.referenceGraph(), store.iris().statisticsGraph());
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            w.start();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
                if (!derived.contains(q.getGraph().getURI())) w.quad(q);
            }));
            w.finish();
        }
        del(db);
        for (int r = 0; r < jenaRounds; r++) {
            Path b = work.resolve("jena");
            del(b);
            long t1 = System.nanoTime();
            DatasetGraph dsg = TDB2Factory.connectDataset(b.toString()).asDatasetGraph();
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            loader.load(nq.toString());
            loader.finishBulk();
            TDBInternal.expel(dsg);
            System.out.printf("%s jena %s %.2f s%n", tag, loader.getClass().getSimpleName(), (System.nanoTime() - t1) / 1e9);
            del(b);
        }
        System.exit(0);
    }

    static void time(Path corpus, Path work, int threads, String tag, String kind) throws Exception {
        Path db = work.resolve("db");
        del(db);
        long t = System.nanoTime();
        long[] first = {0};
        List<String> lines = new ArrayList<>();
        java.util.function.Consumer<String> log = l -> {
            if (first[0] == 0) first[0] = System.nanoTime();
            lines.add(String.format("%.2f %s", (System.nanoTime() - t) / 1e9, l));
        };
        java.util.function.UnaryOperator<KnowledgeBuilder.Builder> opts = b -> b.threads(threads);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        BuildReport r;
        if (kind.equals("default")) {
            r = FreshBuild.run(db, IriMinter.defaults(), opts, List.of(corpus), log);
        } else {
            Class<?> kc = Class.forName("org.ruralkg.store.BulkLoader$Kind");
            Object k = kc.getMethod("valueOf", String.class).invoke(null, kind);
            r = (BuildReport) FreshBuild.class.getMethod("run", Path.class, IriMinter.class, kc,
                    java.util.function.UnaryOperator.class, List.class, java.util.function.Consumer.class)
                    .invoke(null, db, IriMinter.defaults(), k, opts, List.of(corpus), log);
        }
        double s = (System.nanoTime() - t) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf("%s %s threads=%d total %.2f s cpu %.1f s load %.1f, built %d %s%n", tag, kind, threads, s,
                cpu, os.getSystemLoadAverage(), r.built(), lines);
        del(db);
    }

    static void del(Path d) throws IOException {
        if (!Files.exists(d)) return;
        try (var s = Files.walk(d)) { s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
    }
}
