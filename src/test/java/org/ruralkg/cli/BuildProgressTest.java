package org.ruralkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ruralkg.store.KnowledgeBuilder.Progress;
import org.junit.jupiter.api.Test;

/** Progress output with and without a terminal, on a clock the test moves: 300 articles at 4 per second. */
class BuildProgressTest {
    static String run(boolean terminal) {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong();
        BuildProgress p = new BuildProgress(new PrintWriter(out), terminal, 300, now::get);
        for (int i = 1; i <= 300; i++) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(250));
            if (i == 100) {
                p.accept(new Progress(Progress.Kind.SKIPPED, "in/bad.jsonl:7: not JSON", i - 1, 0, 1, 0));
            }
            p.accept(new Progress(Progress.Kind.BUILT, "in/a.jsonl#" + i, i, 0, i >= 100 ? 1 : 0, 0));
        }
        p.finish();
        return out.toString();
    }

    @Test
    void terminalRedrawsOneBarInPlace() {
        String out = run(true);
        assertTrue(out.contains("\r[###############               ] 150/300 articles, 4.0/s, 0:38 left"), out);
        assertTrue(out.contains("\r[##############################] 300/300 articles, 4.0/s"), "ends full");
        List<String> lines = List.of(out.split("\n")); // not lines(): that splits at the bar's \r as well
        assertEquals(3, lines.size(), "bar, the problem on its own line, bar again");
        assertTrue(lines.get(1).startsWith("skipped in/bad.jsonl:7"), lines.get(1));
    }

    @Test
    void withoutTerminalOneLineEveryFewSeconds() {
        String out = run(false);
        assertTrue(!out.contains("\r") && !out.contains("#"), out);
        List<String> lines = out.lines().toList();
        // 75 s of build: a line per 5 s (15), plus the problem; never a line per article.
        assertEquals(16, lines.size(), lines.toString());
        assertTrue(lines.contains("40/300 articles, 4.0/s, 1:05 left"), lines.toString());
        assertTrue(lines.contains("skipped in/bad.jsonl:7: not JSON"));
    }
}
