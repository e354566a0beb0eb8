package org.ruralkg.reliability;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ruralkg build} in a separate JVM (this test JVM's classpath), whose standard error is read line by line
 * so a test can kill it with SIGKILL after a given number of articles were reported built.
 */
final class ChildBuild implements AutoCloseable {
    private static final Pattern BUILT = Pattern.compile("^built (.+#\\d+)$");

    private final Process process;
    private final List<String> built = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private int waitingFor = Integer.MAX_VALUE;
    private CountDownLatch reached = new CountDownLatch(1);

    private ChildBuild(Process process) {
        this.process = process;
        this.reader = new Thread(this::pump, "child-build-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code ruralkg build --verbose --db db inputs…} (a line per article built). */
    static ChildBuild start(Path db, Path... inputs) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.ruralkg.cli.Main", "build", "--verbose", "--db", db.toString()));
        for (Path in : inputs) {
            cmd.add(in.toString());
        }
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            return new ChildBuild(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (this) {
                    lines.add(line);
                    Matcher m = BUILT.matcher(line);
                    if (m.matches()) {
                        built.add(m.group(1));
                    }
                    if (built.size() >= waitingFor) {
                        reached.countDown();
                    }
                }
            }
        } catch (IOException e) {
            // the process was killed; what was read is what counts
        }
        reached.countDown();
    }

    /** Waits until {@code n} articles were reported built (or the process ended); false on time-out. */
    boolean awaitBuilt(int n, long seconds) throws InterruptedException {
        synchronized (this) {
            waitingFor = n;
            reached = new CountDownLatch(1);
            if (built.size() >= n) {
                return true;
            }
        }
        return reached.await(seconds, TimeUnit.SECONDS);
    }

    /** SIGKILL (on Linux, {@link Process#destroyForcibly()} sends it) and wait for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child build did not die");
        }
        reader.join(5_000);
    }

    /** Waits for a normal end and returns the exit code. */
    int await(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("child build still running after " + seconds + " s:\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Sources of the articles the child reported built, in order. */
    synchronized List<String> built() {
        return List.copyOf(built);
    }

    synchronized String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
