package org.ruralkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ruralkg query @FILE} reads a multi-line query from the file, as the README's examples are run. */
class QueryFileTest {
    @Test
    void aQueryFileIsReadWhole(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("q.rq");
        Files.writeString(file, "PREFIX ex: <http://example.org/>\nASK {\n  ?s ?p ?o\n}\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.cli();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("query", "--db", tmp.resolve("db").toString(), "@" + file);
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("false"), "ASK over an empty store: " + out);
    }
}
