package org.ruralkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruralkg.vocab.RKG;
import picocli.CommandLine;

class MainTest {
    @TempDir
    static Path tmp;
    static Path db;
    static Path input;

    /** Exit code and captured output of one run. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.cli();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void buildFixture() throws IOException {
        input = tmp.resolve("in");
        Files.createDirectories(input);
        Files.copy(Path.of("src/test/resources/articles/village.txt"), input.resolve("village.txt"));
        db = tmp.resolve("db");
        Run r = run("build", "--db", db.toString(), input.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("built ") && r.err().contains("failed 0"), r.err());
    }

    @Test
    void aBuildLeavesThePagesSummaryBesideTheStore() {
        // server/ld/SummaryFile: read at server start, so the first page needs no pass over the indexes
        assertTrue(Files.isRegularFile(db.resolve("ruralkg-summary.bin")), "no summary saved by build in " + db);
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build") && help.out().contains("serve"), help.out());
        Run sub = run("build", "--help");
        assertEquals(0, sub.code());
        assertTrue(sub.out().contains("--prune"), sub.out());
        Run version = run("query", "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("ruralkg "), version.out());
    }

    @Test
    void badOptionIsOneLineAndUsageExit() {
        Run r = run("build", "--no-such-option");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("ruralkg: ") && r.err().contains("--no-such-option"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void threadsOutOfRangeIsAUsageErrorAndOneThreadBuilds() {
        Run zero = run("build", "--threads", "0", "--db", tmp.resolve("db-threads").toString(), input.toString());
        assertEquals(Main.USAGE, zero.code());
        assertTrue(zero.err().contains("--threads 0"), zero.err());
        Run one = run("build", "--threads", "1", "--db", tmp.resolve("db-threads").toString(), input.toString());
        assertEquals(0, one.code(), one.err());
        assertTrue(one.err().contains("failed 0") && !one.err().contains("built 0,"), one.err());
    }

    @Test
    void badBaseAndUpdateWithoutPasswordsAreUsageErrorsInOneLine() {
        Run base = run("mentions", "--base", "notaniri");
        assertEquals(Main.USAGE, base.code(), base.err());
        assertTrue(base.err().startsWith("ruralkg: --base: ") && base.err().contains("notaniri"), base.err());
        assertEquals(1, base.err().strip().lines().count(), "no stack trace: " + base.err());

        Run serve = run("serve", "--db", tmp.resolve("db-usage").toString(), "--port", "0", "--allow-update");
        assertEquals(Main.USAGE, serve.code(), serve.err());
        assertTrue(serve.err().contains("--allow-update needs --password-file"), serve.err());
        assertEquals(1, serve.err().strip().lines().count(), serve.err());
    }

    @Test
    void missingInputIsAnError() {
        Run r = run("build", "--db", tmp.resolve("db-missing").toString(), tmp.resolve("nothing-here").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("ruralkg: ") && r.err().contains("nothing-here"), r.err());
    }

    @Test
    void rebuildLeavesUnchangedArticlesAlone() {
        Run r = run("build", "--db", db.toString(), input.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("built 0,"), r.err());
    }

    @Test
    void queryPrintsResults() {
        String q = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a rkg:Article }";
        Run table = run("query", "--db", db.toString(), q);
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("| n "), table.out());
        assertFalse(table.out().contains(" 0 "), "articles were built: " + table.out());

        Run json = run("query", "--db", db.toString(), "--format", "json", q);
        JsonObject o = JSON.parse(json.out());
        int n = Integer.parseInt(o.get("results").getAsObject().get("bindings").getAsArray().get(0)
                .getAsObject().get("n").getAsObject().get("value").getAsString().value());
        assertTrue(n >= 1, json.out());

        Run bad = run("query", "--db", db.toString(), "SELECT WHERE {");
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("ruralkg: bad SPARQL"), bad.err());
    }

    @ParameterizedTest
    @CsvSource({"ttl,TURTLE", "nt,NTRIPLES", "nq,NQUADS", "jsonld,JSONLD", "rdfxml,RDFXML"})
    void exportIsParseable(String format, String langName) {
        Path file = tmp.resolve("export." + format);
        Run r = run("export", "--db", db.toString(), "--format", format, "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "NQUADS" -> Lang.NQUADS;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
        Dataset ds = DatasetFactory.create();
        RDFParser.source(file).lang(lang).parse(ds);
        boolean keepsGraphs = format.equals("nq") || format.equals("jsonld");
        if (keepsGraphs) {
            List<String> graphs = new java.util.ArrayList<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> graphs.add(n.getURI()));
            assertTrue(graphs.stream().anyMatch(g -> g.contains("/id/article/")), graphs.toString());
            assertTrue(ds.getUnionModel().contains(null, RDF.type, RKG.Article));
        } else {
            assertTrue(ds.getDefaultModel().contains(null, RDF.type, RKG.Article), format);
        }
    }

    @Test
    void mentionsReadsAndWritesJsonLines() throws IOException {
        Path in = tmp.resolve("texts.jsonl");
        String text = Files.readString(Path.of("src/test/resources/articles/village.txt"), StandardCharsets.UTF_8);
        Files.writeString(in, "{\"id\": \"a\", \"text\": " + JSON.toStringFlat(new JsonString(text)) + "}\n\n"
                + "{\"id\": 7, \"text\": \"山西省吕梁市交城县\"}\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("mentions.jsonl");
        Run r = run("mentions", "--in", in.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        String expected = JSON.toStringFlat(JSON.parse("{\"id\":7,\"start\":0,\"end\":3,\"text\":\"山西省\","
                + "\"type\":\"Province\",\"group\":\"place\",\"iri\":\"http://localhost:3030/id/place/140000\"}"));
        assertTrue(lines.stream().map(l -> JSON.toStringFlat(JSON.parse(l))).anyMatch(expected::equals),
                String.join("\n", lines));
        assertTrue(lines.stream().map(l -> JSON.parse(l)).anyMatch(m -> m.get("type").getAsString().value().equals("County")
                && m.get("iri").getAsString().value().endsWith("/id/place/141122")), String.join("\n", lines));
        for (String line : lines) {
            JsonObject m = JSON.parse(line);
            String source = m.get("id").isString() ? text : "山西省吕梁市交城县";
            int start = m.get("start").getAsNumber().value().intValue();
            int end = m.get("end").getAsNumber().value().intValue();
            String span = source.substring(source.offsetByCodePoints(0, start), source.offsetByCodePoints(0, end));
            assertEquals(span, m.get("text").getAsString().value(), line);
            // a kept mention has its IRI; a name only the tagger found is a person, place or organization without one
            assertTrue(m.hasKey("type") && (m.get("iri").isString() || m.get("iri").isNull()
                    && List.of("place", "organization", "person").contains(m.get("group").getAsString().value())), line);
        }

        Path broken = tmp.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": 1, \"text\": \"交城县\"}\n{\"id\": 2, \"text\": \n", StandardCharsets.UTF_8);
        Run bad = run("mentions", "--in", broken.toString(), "--out", tmp.resolve("x.jsonl").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("broken.jsonl:2:"), bad.err());
        Run noText = run("mentions", "--in", writeLine("{\"id\": 1}"), "--out", tmp.resolve("y.jsonl").toString());
        assertTrue(noText.err().contains(":1: missing string field \"text\""), noText.err());
    }

    private static String writeLine(String line) throws IOException {
        Path p = Files.createTempFile(tmp, "line", ".jsonl");
        Files.writeString(p, line + "\n", StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void validateReportsConformanceByExitCode() {
        Run ok = run("validate", "--db", db.toString(), "--shapes", "src/test/resources/cli/shapes-ok.ttl");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("conforms"), ok.out());
        Run strict = run("validate", "--db", db.toString(), "--shapes", "src/test/resources/cli/shapes-strict.ttl");
        assertEquals(Main.NOT_CONFORMING, strict.code(), strict.out() + strict.err());
        assertTrue(strict.out().contains("Violation") && strict.out().contains("/id/article/"), strict.out());
    }
}
