package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluation set is well formed: every article has its gold file, every gold line is a known class or one of
 * the scored relations, every label a relation uses is declared as an entity, and each file names the report it
 * was written from. A typo in a gold file would otherwise silently lower or raise the figures.
 */
class EvaluationSetFilesTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");

    @Test
    void everyArticleHasAWellFormedGoldFile() throws IOException {
        List<Path> articles;
        try (Stream<Path> s = Files.list(EVAL.resolve("articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() >= 30, articles.size() + " articles");
        Set<String> provinces = new TreeSet<>();
        for (Path a : articles) {
            String base = a.getFileName().toString().replaceFirst("\\.txt$", "");
            provinces.add(base.split("-")[1]);
            Path gold = EVAL.resolve("gold").resolve(base + ".tsv");
            assertTrue(Files.exists(gold), "no gold for " + a);
            check(gold, Files.readAllLines(gold, StandardCharsets.UTF_8));
        }
        assertTrue(provinces.size() >= 15, "provinces: " + provinces);
    }

    private static void check(Path gold, List<String> lines) {
        Set<String> declared = new HashSet<>();
        boolean source = false;
        for (String line : lines) {
            if (line.startsWith("# source:")) {
                source = true;
            }
            String[] c = line.split("\t", -1);
            if (c[0].equals("E")) {
                assertEquals(3, c.length, gold + ": " + line);
                EvaluationSet.group(c[1]); // throws on an unknown class
                declared.add(c[2]);
            }
        }
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            if (!c[0].equals("R")) {
                assertTrue(line.isBlank() || line.startsWith("#") || c[0].equals("E"), gold + ": stray line " + line);
                continue;
            }
            assertEquals(4, c.length, gold + ": " + line);
            if (!EvaluationSet.RELATIONS.contains(c[2])) {
                continue; // the held-out page also states codes and quantities, which are not scored here
            }
            assertTrue(declared.contains(c[1]), gold + ": undeclared subject in " + line);
            String object = c[2].equals("holds") ? c[3].substring(c[3].indexOf('@') + 1) : c[3];
            assertTrue(declared.contains(object), gold + ": undeclared object in " + line);
        }
        assertTrue(source || gold.getFileName().toString().startsWith("00-"), gold + " names no source report");
    }
}
