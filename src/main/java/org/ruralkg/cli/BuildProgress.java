package org.ruralkg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.ruralkg.store.KnowledgeBuilder.Progress;

/**
 * Build progress on standard error. On a terminal: one bar redrawn in place, with articles done / total, articles
 * per second and time left. Elsewhere (CI logs, pipes): one summary line every {@value #LINE_SECONDS} seconds, not
 * one per article. Problems (skipped input, failed articles) get a line of their own either way.
 *
 * <p>Written here rather than taken from me.tongfei:progressbar (MIT): that library brings JLine and a refresh
 * thread of its own, while this needs one line, a clock that tests can set and the terminal decision made by the
 * caller.
 */
final class BuildProgress implements Consumer<Progress> {
    static final int LINE_SECONDS = 5;
    static final int BAR = 30;
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private final LongSupplier clock;
    private final long start;
    private long last;
    private boolean drawn;

    BuildProgress(PrintWriter err, boolean terminal, long total, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.total = Math.max(0, total);
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.last = start;
    }

    @Override
    public synchronized void accept(Progress p) {
        if (p.kind() == Progress.Kind.SKIPPED || p.kind() == Progress.Kind.FAILED) {
            clearBar();
            err.println((p.kind() == Progress.Kind.SKIPPED ? "skipped " : "failed ") + p.what());
        }
        long done = (long) p.built() + p.unchanged() + p.failed();
        long now = clock.getAsLong();
        boolean finished = total > 0 && done >= total;
        if (terminal) {
            if (finished || now - last >= REDRAW_NANOS || !drawn) {
                err.print("\r" + bar(done, now));
                drawn = true;
                last = now;
            }
        } else if (now - last >= TimeUnit.SECONDS.toNanos(LINE_SECONDS)) {
            err.println(line(done, now));
            last = now;
        }
        err.flush();
    }

    /** Ends the bar's line, so that the summary starts on a line of its own. */
    synchronized void finish() {
        clearBar();
        err.flush();
    }

    private void clearBar() {
        if (terminal && drawn) {
            err.println();
            drawn = false;
        }
    }

    String bar(long done, long now) {
        int filled = total == 0 ? 0 : (int) Math.min(BAR, done * BAR / total);
        return "[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + line(done, now);
    }

    /** "12/300 articles, 3.4/s, 1:25 left" (the total is the number read, built or not). */
    String line(long done, long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 && total > done ? clock((long) Math.ceil((total - done) / rate)) + " left" : "";
        return String.format(Locale.ROOT, "%d/%d articles, %.1f/s%s", done, total, rate,
                left.isEmpty() ? "" : ", " + left);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                seconds % 60) : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
