package org.ruralkg.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.atlas.json.JsonObject;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.SentenceSplitter;

/**
 * Synthetic but realistic corpora for the reliability tests: articles assembled from the sentences of the Shanxi
 * test page in a seeded order, so runs are repeatable and every article has places, organizations and programmes
 * to extract.
 */
final class Corpus {
    private Corpus() {
    }

    /** The sentences of the test page, longer than a few characters. */
    static List<String> seedSentences() {
        try (InputStream in = Corpus.class.getResourceAsStream("/source/shanxi_page.txt")) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (Sentence s : SentenceSplitter.split(page)) {
                String t = s.text().strip();
                if (t.length() >= 8) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed page itself, as a string. */
    static String seedPage() {
        try (InputStream in = Corpus.class.getResourceAsStream("/source/shanxi_page.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code n} JSON Lines records with ids {@code crash-000…}; {@code version} changes every article's text
     * (and so its content hash) while keeping its id.
     */
    static Path jsonLines(Path file, int n, int version) throws IOException {
        List<String> sentences = seedSentences();
        Random random = new Random(42);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int k = 4 + random.nextInt(5);
            for (int j = 0; j < k; j++) {
                text.append(sentences.get(random.nextInt(sentences.size())));
            }
            text.append("第").append(i).append("篇稿件第").append(version).append("版。");
            JsonObject o = new JsonObject();
            o.put("id", String.format("crash-%03d", i));
            o.put("title", "乡村振兴稿件" + i);
            o.put("text", text.toString());
            out.append(o.toString().replace("\n", " ")).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }
}
