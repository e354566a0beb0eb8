package org.ruralkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.cli.Main;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine;

/**
 * A messy folder through {@code ruralkg build}, as a user would run it: every bad file gets one line naming it (and
 * the line, for JSON Lines), the good articles are all built and queryable, the summary counts built / skipped /
 * failed, and the exit code says something was skipped.
 */
class MessyInputTest {
    @TempDir
    Path tmp;

    @Test
    void badFilesAreNamedOneLineEachAndTheRestIsBuilt() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        List<String> expectedProblems = new ArrayList<>();

        write(in.resolve("good.txt"), "河北省阜平县骆驼湾村发展香菇种植\n\n骆驼湾村的合作社今年种植香菇两百亩,带动全村农户增收。\n");
        Files.write(in.resolve("gbk.txt"), "贵州湄潭: 茶园里的新农人\n\n湄潭县的年轻人返乡种茶,带动周边农户增收。\n"
                .getBytes(Charset.forName("GB18030")));
        write(in.resolve("feed.jsonl"), String.join("\n",
                "{\"id\":\"feed-a\",\"title\":\"安吉白茶丰收\",\"text\":\"浙江省安吉县溪龙乡白茶今年产量再创新高。\"}",
                "{\"id\":\"feed-b\", \"text\": ",
                "{\"id\":\"feed-c\",\"text\":\"四川省蒲江县的猕猴桃通过合作社卖到了全国各地。\"}") + "\n");
        expectedProblems.add(in.resolve("feed.jsonl") + ":2: malformed JSON");
        write(in.resolve("story.html"), "<html><head><title>云南普洱咖啡</title><script>var s = \"脚本泄漏\";</script>"
                + "</head><body><article><h1>云南普洱咖啡</h1><p>普洱市思茅区的咖啡种植户今年收入明显增加。</p>"
                + "<script>document.write('广告泄漏')</script></article></body></html>");

        write(in.resolve("empty.txt"), "");
        expectedProblems.add(in.resolve("empty.txt") + ": empty file");
        Files.write(in.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, (byte) 0xFF});
        expectedProblems.add(in.resolve("binary.txt") + ": ");
        Files.write(in.resolve("broken.txt"), new byte[] {(byte) 0xE4, (byte) 0xB9, 'a', (byte) 0xFF, (byte) 0xFE,
                (byte) 0x80, (byte) 0x81, (byte) 0xFF});
        expectedProblems.add(in.resolve("broken.txt") + ": neither UTF-8 nor GB18030");
        write(in.resolve("repeat.txt"), Files.readString(in.resolve("good.txt")));
        expectedProblems.add(in.resolve("repeat.txt") + ": duplicate of");
        Path huge = in.resolve("huge.txt");
        writeSingleLine(huge, 50L * 1024 * 1024);
        expectedProblems.add(huge + ": article 1 has ");
        Path secret = in.resolve("secret.txt");
        write(secret, "不能读的文件内容写在这里。\n");
        boolean unreadable = Files.getFileStore(secret).supportsFileAttributeView("posix");
        if (unreadable) {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
            unreadable = !Files.isReadable(secret); // not when the tests run as root
        }
        if (unreadable) {
            expectedProblems.add(secret + ": cannot read");
        }
        int good = unreadable ? 5 : 6;

        Path db = tmp.resolve("db");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.cli();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("build", "--db", db.toString(), in.toString());
        String log = err.toString();

        assertEquals(2, code, log);
        List<String> skipped = log.lines().filter(l -> l.startsWith("skipped ")).toList();
        assertEquals(expectedProblems.size(), skipped.size(), log);
        for (String p : expectedProblems) {
            assertTrue(skipped.stream().anyMatch(l -> l.startsWith("skipped " + p)), "no line '" + p + "' in\n" + log);
        }
        assertTrue(log.lines().anyMatch(l -> l.equals("built " + good + ", unchanged 0, skipped "
                + expectedProblems.size() + ", failed 0")), log);
        assertTrue(log.length() < 20_000, "the log repeats input: " + log.length() + " characters");

        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertEquals(good, count(store, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a rkg:Article }"));
            assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER (isLiteral(?o) && "
                    + "(CONTAINS(STR(?o), '泄漏'))) }"));
            assertEquals(1, count(store, "SELECT (COUNT(?a) AS ?n) WHERE { ?a rkg:sourceFile ?f "
                    + "FILTER (CONTAINS(STR(?f), 'gbk.txt')) }"));
        }

        // the same folder again: nothing rebuilt, the same problems, the same exit code
        err.getBuffer().setLength(0);
        assertEquals(2, cli.execute("build", "--db", db.toString(), in.toString()), err.toString());
        assertTrue(err.toString().contains("built 0, unchanged " + good + ", skipped " + expectedProblems.size()),
                err.toString());
        assertFalse(err.toString().contains("internal error"), err.toString());
    }

    private static long count(KnowledgeStore store, String select) {
        String q = "PREFIX rkg: <https://w3id.org/ruralkg/ontology#> " + select;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static void write(Path f, String s) throws IOException {
        Files.writeString(f, s, StandardCharsets.UTF_8);
    }

    /** About {@code bytes} of sentences on one line, without a line break anywhere. */
    private static void writeSingleLine(Path f, long bytes) throws IOException {
        String sentence = "山西省泽州县北义城镇的合作社今年种植红薯一千亩,带动农户增收。";
        int size = sentence.getBytes(StandardCharsets.UTF_8).length;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (long n = 0; n < bytes; n += size) {
                w.write(sentence);
            }
        }
    }
}
