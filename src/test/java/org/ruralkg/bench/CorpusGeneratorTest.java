package org.ruralkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralkg.extract.Extraction;
import org.ruralkg.extract.Extractor;
import org.ruralkg.source.Article;
import org.ruralkg.source.ArticleReader;

class CorpusGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedWritesIdenticalFilesAndArticlesDoNotDependOnCorpusSize() throws IOException {
        List<Path> a = CorpusGenerator.create().seed(7).build().write(tmp.resolve("a"), 5, 2);
        List<Path> b = CorpusGenerator.create().seed(7).build().write(tmp.resolve("b"), 3, 2);
        assertEquals(3, a.size());
        assertEquals(2, b.size());
        assertEquals(Files.readString(a.get(0)), Files.readString(b.get(0)));
        List<String> five = lines(a);
        List<String> three = lines(b);
        assertEquals(5, five.size());
        assertEquals(five.subList(0, 3), three, "article i is the same whatever the corpus size");
    }

    @Test
    void differentSeedsAndIndicesGiveDifferentArticles() {
        CorpusGenerator g = CorpusGenerator.create().seed(1).build();
        CorpusGenerator h = CorpusGenerator.create().seed(2).build();
        assertNotEquals(g.article(0).text(), h.article(0).text());
        assertNotEquals(g.article(0).text(), g.article(1).text());
        assertEquals(g.article(3), CorpusGenerator.create().seed(1).build().article(3));
        long distinctTitles = g.articles(20).map(CorpusGenerator.Generated::title).distinct().count();
        assertTrue(distinctTitles >= 15, "titles vary: " + distinctTitles);
    }

    @Test
    void generatedArticlesAreReadAndTheirVillagesLinked() throws IOException {
        Path dir = tmp.resolve("c");
        CorpusGenerator.create().seed(42).build().write(dir, 3, 10);
        List<Article> articles;
        try (Stream<Article> s = ArticleReader.defaults().read(List.of(dir))) {
            articles = s.toList();
        }
        assertEquals(3, articles.size());
        for (Article a : articles) {
            assertTrue(a.text().length() > 300, a.id() + " is too short to be an article");
            Extraction x = Extractor.defaults().extract(a);
            // a 12-digit division code is a village: the place linker found the generated village in context
            assertTrue(x.entities().stream().anyMatch(e -> e.key().matches("place/\\d{12}")),
                    a.id() + ": no village linked in " + a.text());
            assertTrue(x.facts().size() > 10, a.id() + ": only " + x.facts().size() + " facts");
        }
    }

    private static List<String> lines(List<Path> files) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        for (Path f : files) {
            out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
        return out;
    }
}
