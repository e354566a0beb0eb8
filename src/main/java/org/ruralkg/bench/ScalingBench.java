package org.ruralkg.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.ruralkg.extract.Extractor;
import org.ruralkg.graph.GraphAssembler;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.source.Article;
import org.ruralkg.source.ArticleReader;

/**
 * Extraction and assembly alone (no store, no writer) with 1 and with 2 threads, interleaved, on articles held in
 * memory: whether the extractor itself scales. Besides wall time it reports figures that a busy machine does not
 * distort: the CPU seconds the worker threads spent (the same work should cost the same CPU with 2 threads), the
 * time they spent blocked on monitors and parked (contention), and JIT and GC time in the round.
 *
 * <pre>
 * java -Xmx3g -cp target/ruralkg.jar org.ruralkg.bench.ScalingBench CORPUS [rounds (3)] [articles (all)]
 * </pre>
 */
public final class ScalingBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScalingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long limit = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        THREADS.setThreadContentionMonitoringEnabled(true);
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        Extractor extractor = Extractor.defaults();
        System.out.printf("extractor load (cold, one thread): %.2f s wall, %.2f s CPU%n",
                (System.nanoTime() - t0) / 1e9, (THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
        List<Article> articles;
        try (Stream<Article> s = ArticleReader.defaults().read(List.of(corpus))) {
            articles = s.limit(limit).toList();
        }
        GraphAssembler assembler = GraphAssembler.create(IriMinter.defaults());
        System.out.printf("%d articles; load average %.2f at start; round -1 warms up (2 threads)%n",
                articles.size(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("round threads  wall_s  worker_cpu_s  cpu/wall  blocked_n blocked_s  parked_s  jit_s  gc_s");
        double[][] wall = new double[3][rounds];
        double[][] cpu = new double[3][rounds];
        for (int r = -1; r < rounds; r++) {
            // order swapped every round: the JIT is still compiling for minutes, and would favour the later one
            for (int threads : r < 0 ? new int[] {2} : r % 2 == 0 ? new int[] {1, 2} : new int[] {2, 1}) {
                double[] f = round(articles, extractor, assembler, threads);
                System.out.printf("%5d %7d %7.2f %13.2f %9.2f %10.0f %9.2f %9.2f %6.2f %5.2f%n", r, threads, f[0],
                        f[1], f[1] / f[0], f[2], f[3], f[4], f[5], f[6]);
                if (r >= 0) {
                    wall[threads][r] = f[0];
                    cpu[threads][r] = f[1];
                }
            }
        }
        double w1 = median(wall[1]);
        double w2 = median(wall[2]);
        System.out.printf("median wall: 1 thread %.2f s, 2 threads %.2f s: %.2fx; worker CPU 2 vs 1 thread: %.2f "
                        + "(1.00 = no extra cost per article); load average %.2f at end%n", w1, w2, w1 / w2,
                median(cpu[2]) / median(cpu[1]), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** wall s, worker CPU s, blocked count, blocked s, waited/parked s, JIT s, GC s. */
    private static double[] round(List<Article> articles, Extractor extractor, GraphAssembler assembler, int threads)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        double[] out = new double[7];
        long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                // articles handed out one at a time: no skew between the threads
                for (int k = next.getAndIncrement(); k < articles.size(); k = next.getAndIncrement()) {
                    assembler.assemble(extractor.extract(articles.get(k)));
                }
                ThreadInfo info = THREADS.getThreadInfo(Thread.currentThread().getId());
                synchronized (out) {
                    out[1] += THREADS.getCurrentThreadCpuTime() / 1e9;
                    out[2] += info.getBlockedCount();
                    out[3] += info.getBlockedTime() / 1e3;
                    out[4] += info.getWaitedTime() / 1e3;
                }
            }, "scaling-worker-" + i);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        out[0] = (System.nanoTime() - t0) / 1e9;
        out[5] = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0) / 1e3;
        out[6] = (gcMillis() - gc0) / 1e3;
        return out;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
