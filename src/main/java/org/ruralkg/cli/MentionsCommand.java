package org.ruralkg.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.ruralkg.RuralKgException;
import org.ruralkg.EntityKind;
import org.ruralkg.extract.Extraction;
import org.ruralkg.extract.Extractor;
import org.ruralkg.extract.FlatMentions;
import org.ruralkg.extract.Mention;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.nlp.ner.NerTagger;
import org.ruralkg.source.Article;
import org.ruralkg.source.ArticleReader;
import org.ruralkg.source.ReadProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ruralkg mentions}: named-entity spans of texts, for evaluation against other taggers. Reads JSON Lines
 * {@code {"id": .., "text": ..}}, writes one line {@code {"id","start","end","text","type","group","iri"}} per mention,
 * flat as {@link FlatMentions} makes them. Offsets count Unicode code points (characters, not UTF-16 units), end exclusive.
 *
 * <p>Like {@code build}, a bad line (not JSON, no "text", longer than
 * {@value ArticleReader#DEFAULT_MAX_ARTICLE_CHARS} characters) is reported with its line number and skipped, the
 * rest is tagged, and the exit code is 2.
 */
@Command(name = "mentions", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Tag texts: JSON Lines {\"id\",\"text\"} in, one JSON line per mention out:",
                "{\"id\",\"start\",\"end\",\"text\",\"type\",\"iri\"}; offsets in characters, end exclusive.",
                "Bad lines are reported on standard error and skipped; exit 2 if there were any."})
final class MentionsCommand implements Callable<Integer> {
    @Option(names = "--in", paramLabel = "FILE", description = "Input JSON Lines. Default: standard input.")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Output JSON Lines. Default: standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    IriMinter iris;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base of the entity IRIs written. Default: ${DEFAULT-VALUE}.")
    void base(String base) {
        // checked while parsing, so a bad IRI is a usage error (exit 64), not a failure of the run
        try {
            iris = IriMinter.create().base(base).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--base: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws IOException {
        Extractor extractor = Extractor.defaults();
        Path inName = in == null ? Path.of("standard input") : in;
        PrintWriter err = spec.commandLine().getErr();
        long tagged = 0;
        long skipped = 0;
        try (BufferedReader r = reader(); Writer w = writer()) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Input input;
                try {
                    input = parse(line);
                } catch (BadLine e) {
                    err.println("skipped " + new ReadProblem(inName, n, e.getMessage()));
                    skipped++;
                    continue;
                }
                Article article = article(input, n);
                Extraction x = extractor.extract(article);
                String articleIri = iris.article(article);
                for (FlatMentions.Span m : FlatMentions.of(x, NerTagger.shared())) {
                    w.write(JSON.toStringFlat(json(input, m, iris, articleIri)));
                    w.write('\n');
                }
                tagged++;
            }
        }
        err.println("tagged " + tagged + ", skipped " + skipped);
        err.flush();
        return skipped == 0 ? 0 : Main.PARTIAL;
    }

    /** One input line. */
    private record Input(JsonValue id, String text) {
    }

    /** Why one input line is skipped. */
    private static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message, null, false, false);
        }
    }

    private static Input parse(String line) throws BadLine {
        JsonValue v;
        try {
            v = JSON.parseAny(line);
        } catch (RuntimeException e) {
            // Jena's JSON parser throws more than JsonException on truncated input.
            throw new BadLine("not valid JSON: " + e.getMessage());
        }
        if (!v.isObject()) {
            throw new BadLine("expected a JSON object {\"id\", \"text\"}");
        }
        JsonObject o = v.getAsObject();
        JsonValue text = o.get("text");
        if (text == null || !text.isString()) {
            throw new BadLine("missing string field \"text\"");
        }
        String t = text.getAsString().value();
        if (t.length() > ArticleReader.DEFAULT_MAX_ARTICLE_CHARS) {
            // the same bound as build: extraction time grows with length, one runaway line must not stall the run
            throw new BadLine("text of " + t.length() + " characters, more than the limit of "
                    + ArticleReader.DEFAULT_MAX_ARTICLE_CHARS);
        }
        return new Input(o.get("id"), t);
    }

    private static Article article(Input input, long n) {
        String t = input.text();
        // The record's own id names the article (and so its quantities' IRIs) when it is IRI-safe.
        String id = input.id() != null && input.id().isString() && input.id().getAsString().value().matches("[A-Za-z0-9_-]+")
                ? input.id().getAsString().value() : "line" + n;
        return Article.ofText(id, t, "line " + n);
    }

    private static JsonObject json(Input input, FlatMentions.Span s, IriMinter iris, String articleIri) {
        String t = input.text();
        Mention m = s.mention();
        String iri = m == null ? null
                : m.kind() == EntityKind.QUANTITY ? iris.quantity(articleIri, m.entityKey()) : iris.entity(m.entityKey());
        JsonObject o = new JsonObject();
        o.put("id", input.id() == null ? JsonNull.instance : input.id());
        o.put("start", t.codePointCount(0, s.start()));
        o.put("end", t.codePointCount(0, s.end()));
        o.put("text", t.substring(s.start(), s.end()));
        o.put("type", s.kind().localName());
        o.put("group", s.group());
        o.put("iri", iri == null ? JsonNull.instance : new JsonString(iri));
        return o;
    }

    private BufferedReader reader() throws IOException {
        if (in == null) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        if (!Files.isRegularFile(in)) {
            throw new RuralKgException("input " + in + " does not exist or is not a file");
        }
        return Files.newBufferedReader(in, StandardCharsets.UTF_8);
    }

    private Writer writer() throws IOException {
        if (out == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // leave standard output open
                }
            };
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
}
