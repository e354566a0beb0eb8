package org.ruralkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Old against new extraction in one JVM: two builds of ruralkg's classes (directories such as a copy of an older
 * {@code target/classes} and the current one), each in a class loader of its own over the same dependencies, run
 * over the same corpus in alternating rounds, timed in this thread's CPU time. On a machine shared with other
 * builds, separate runs of old and new differ by more than a small change does; pairs of rounds a few tenths of a
 * second apart see the same load, so their ratio is the figure to read.
 *
 * <pre>
 * java -cp "target/classes:$(cat target/cp.txt)" org.ruralkg.bench.PairedExtraction CORPUS ROUNDS OLD_CLASSES NEW_CLASSES
 * </pre>
 * Each build reads its own lexicons and model: resources come from its directory first.
 */
public final class PairedExtraction {
    private PairedExtraction() {
    }

    private record Side(Object extractor, Method extract, List<?> articles) {
        double round(ThreadMXBean bean) throws ReflectiveOperationException {
            long t = bean.getCurrentThreadCpuTime();
            for (Object a : articles) {
                extract.invoke(extractor, a);
            }
            return (bean.getCurrentThreadCpuTime() - t) / 1e9;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: PairedExtraction CORPUS ROUNDS OLD_CLASSES NEW_CLASSES");
        }
        Path corpus = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Side old = side(Path.of(args[2]), corpus);
        Side neu = side(Path.of(args[3]), corpus);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) { // warm both
            old.round(bean);
            neu.round(bean);
        }
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        double[] ratio = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                a[i] = old.round(bean);
                b[i] = neu.round(bean);
            } else {
                b[i] = neu.round(bean);
                a[i] = old.round(bean);
            }
            ratio[i] = b[i] / a[i];
        }
        Arrays.sort(a);
        Arrays.sort(b);
        Arrays.sort(ratio);
        System.out.printf("old median %.4f s, new median %.4f s; new/old per pair: median %.3f, quartiles %.3f-%.3f"
                + " (%d rounds)%n", a[rounds / 2], b[rounds / 2], ratio[rounds / 2], ratio[rounds / 4],
                ratio[3 * rounds / 4], rounds);
    }

    /** ruralkg's classes from {@code classes}, everything else from the class path: HanLP and Jena load once. */
    private static Side side(Path classes, Path corpus) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ClassLoader.getSystemClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith("org.ruralkg.")) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : findClass(name);
                }
            }

            @Override
            public URL getResource(String name) { // lexicons and the model of this build, not the class path's
                URL own = findResource(name);
                return own != null ? own : super.getResource(name);
            }
        };
        Class<?> extractorClass = loader.loadClass("org.ruralkg.extract.Extractor");
        Object extractor = extractorClass.getMethod("defaults").invoke(null);
        Class<?> readerClass = loader.loadClass("org.ruralkg.source.ArticleReader");
        Object reader = readerClass.getMethod("defaults").invoke(null);
        try (Stream<?> s = (Stream<?>) readerClass.getMethod("read", List.class).invoke(reader, List.of(corpus))) {
            Method extract = extractorClass.getMethod("extract", loader.loadClass("org.ruralkg.source.Article"));
            return new Side(extractor, extract, s.toList());
        }
    }
}
