package org.ruralkg.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.ruralkg.JsonText;
import org.ruralkg.RuralKgException;
import org.ruralkg.extract.EntityKind;
import org.ruralkg.extract.Extraction;
import org.ruralkg.extract.Extractor;
import org.ruralkg.extract.Mention;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.source.Article;
import org.ruralkg.source.OffsetMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ruralkg mentions}: named-entity spans of texts, for evaluation against other taggers. Reads JSON Lines
 * {@code {"id": .., "text": ..}}, writes one line {@code {"id","start","end","text","type","iri"}} per mention.
 * Offsets count Unicode code points (characters, not UTF-16 units), end exclusive.
 */
@Command(name = "mentions", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Tag texts: JSON Lines {\"id\",\"text\"} in, one JSON line per mention out:",
                "{\"id\",\"start\",\"end\",\"text\",\"type\",\"iri\"}; offsets in characters, end exclusive."})
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
        String inName = in == null ? "standard input" : in.toString();
        try (BufferedReader r = reader(); Writer w = writer()) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Input input = parse(line, inName, n);
                Article article = article(input, n);
                Extraction x = extractor.extract(article);
                String articleIri = iris.article(article);
                for (Mention m : x.mentions()) {
                    w.write(json(input, m, iris, articleIri));
                    w.write('\n');
                }
            }
        }
        return 0;
    }

    /** One input line. */
    private record Input(JsonValue id, String text) {
    }

    private static Input parse(String line, String file, long n) {
        JsonValue v;
        try {
            v = JSON.parseAny(line);
        } catch (RuntimeException e) {
            // Jena's JSON parser throws more than JsonException on truncated input.
            throw new RuralKgException(file + ":" + n + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!v.isObject()) {
            throw new RuralKgException(file + ":" + n + ": expected a JSON object {\"id\", \"text\"}");
        }
        JsonObject o = v.getAsObject();
        JsonValue text = o.get("text");
        if (text == null || !text.isString()) {
            throw new RuralKgException(file + ":" + n + ": missing string field \"text\"");
        }
        JsonValue id = o.get("id");
        return new Input(id, text.getAsString().value());
    }

    private static Article article(Input input, long n) {
        String t = input.text();
        // The record's own id names the article (and so its quantities' IRIs) when it is IRI-safe.
        String id = input.id() != null && input.id().isString() && input.id().getAsString().value().matches("[A-Za-z0-9_-]+")
                ? input.id().getAsString().value() : "line" + n;
        return new Article(id, "", t, OffsetMap.contiguous(0, t.length()), OffsetMap.contiguous(0, 0),
                "line " + n, null, null, List.of(), null, List.of(), sha256(t));
    }

    private static String json(Input input, Mention m, IriMinter iris, String articleIri) {
        String t = input.text();
        String iri = m.kind() == EntityKind.QUANTITY ? iris.quantity(articleIri, m.entityKey()) : iris.entity(m.entityKey());
        return "{\"id\":" + (input.id() == null ? "null" : input.id().toString().strip())
                + ",\"start\":" + t.codePointCount(0, m.start())
                + ",\"end\":" + t.codePointCount(0, m.end())
                + ",\"text\":" + JsonText.quote(m.text())
                + ",\"type\":" + JsonText.quote(m.kind().localName())
                + ",\"iri\":" + (iri == null ? "null" : JsonText.quote(iri)) + "}";
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new RuralKgException("SHA-256 is not available in this Java runtime", e);
        }
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
