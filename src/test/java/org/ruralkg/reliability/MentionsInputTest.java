package org.ruralkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.cli.Main;
import picocli.CommandLine;

/**
 * {@code mentions} over a messy JSON Lines file: each bad line is named by number and skipped, every good line
 * after it is still tagged, an object id stays on its one output line, an over-long text is refused quickly, and
 * the exit code says something was skipped.
 */
class MentionsInputTest {
    @TempDir
    Path tmp;

    @Test
    void badLinesAreReportedAndTheRestIsTagged() throws IOException {
        String huge = "山西省吕梁市交城县".repeat(200_000 / 9 + 1);
        Path in = tmp.resolve("texts.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"a\", \"text\": \"山西省吕梁市交城县\"}",
                "{\"id\": \"b\", \"text\": ",
                "{\"id\": \"c\"}",
                "{\"id\": {\"doc\": 4, \"part\": [1, 2]}, \"text\": \"河北省保定市阜平县\"}",
                "{\"id\": \"e\", \"text\": \"" + huge + "\"}",
                "{\"id\": \"f\", \"text\": \"山西省晋城市泽州县\"}") + "\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("mentions.jsonl");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.cli();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));

        long t0 = System.nanoTime();
        int code = cli.execute("mentions", "--in", in.toString(), "--out", out.toString());
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;

        String log = err.toString();
        assertEquals(2, code, log);
        assertTrue(log.contains(in + ":2: not valid JSON"), log);
        assertTrue(log.contains(in + ":3: missing string field \"text\""), log);
        assertTrue(log.contains(in + ":5: text of " + huge.length() + " characters"), log);
        assertTrue(log.contains("tagged 3, skipped 3"), log);
        assertTrue(seconds < 60, "took " + seconds + " s");

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Set<String> ids = lines.stream().map(l -> {
            JsonObject m = JSON.parse(l); // each line a whole record
            return JSON.toStringFlat(m.get("id"));
        }).collect(Collectors.toSet());
        assertEquals(Set.of("\"a\"", "\"f\"", JSON.toStringFlat(JSON.parseAny("{\"doc\": 4, \"part\": [1, 2]}"))), ids,
                String.join("\n", lines));
    }
}
