package org.ruralkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.cli.Main;
import org.ruralkg.store.KnowledgeStore;
import picocli.CommandLine;

/**
 * {@code build} over an absolute input folder holding symbolic links: linked files and folders are built, a link
 * back to an ancestor is reported by name (exit 2), and the graph records source files relative to the input's
 * folder, never the absolute path of the machine that built it.
 */
class InputPathsTest {
    @TempDir
    Path tmp;

    @Test
    void linksAreFollowedLoopsReportedAndSourcesRelative() throws IOException {
        Path in = tmp.resolve("corpus");
        Path outside = tmp.resolve("elsewhere");
        Files.createDirectories(in);
        Files.createDirectories(outside.resolve("folder"));
        write(in.resolve("good.txt"), "河北省阜平县骆驼湾村发展香菇种植\n\n骆驼湾村的合作社今年种植香菇两百亩,带动全村农户增收。\n");
        write(outside.resolve("file.txt"), "贵州湄潭: 茶园里的新农人\n\n湄潭县的年轻人返乡种茶,带动周边农户增收。\n");
        write(outside.resolve("folder/deep.txt"), "云南普洱咖啡\n\n普洱市思茅区的咖啡种植户今年收入明显增加。\n");
        Files.createSymbolicLink(in.resolve("linked.txt"), outside.resolve("file.txt"));
        Files.createSymbolicLink(in.resolve("sub"), outside.resolve("folder"));
        Path loop = in.resolve("sub2");
        Files.createDirectories(loop);
        Files.createSymbolicLink(loop.resolve("up"), in);

        StringWriter err = new StringWriter();
        CommandLine cli = Main.cli();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        Path db = tmp.resolve("db");
        int code = cli.execute("build", "--db", db.toString(), in.toAbsolutePath().toString());
        String log = err.toString();

        assertEquals(2, code, log);
        assertTrue(log.lines().anyMatch(l -> l.startsWith("skipped " + loop.resolve("up")) && l.contains("loop")),
                log);
        assertTrue(log.lines().anyMatch(l -> l.startsWith("built 3, unchanged 0, skipped 1")), log);
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertEquals(List.of("corpus/good.txt#1", "corpus/linked.txt#1", "corpus/sub/deep.txt#1"),
                    sources(store));
        }
    }

    private static List<String> sources(KnowledgeStore store) {
        String q = "PREFIX rkg: <https://w3id.org/ruralkg/ontology#> "
                + "SELECT ?f WHERE { ?a rkg:sourceFile ?f } ORDER BY ?f";
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(r -> out.add(r.getLiteral("f").getString()));
            }
            return out;
        });
    }

    private static void write(Path f, String s) throws IOException {
        Files.writeString(f, s, StandardCharsets.UTF_8);
    }
}
