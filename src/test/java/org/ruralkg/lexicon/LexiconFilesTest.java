package org.ruralkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ruralkg.EntityKind;

/** The lexicon data files are well formed: header, column count, known kinds, no duplicate keys. */
public class LexiconFilesTest {
    private static final Set<String> KINDS =
            Arrays.stream(EntityKind.values()).map(EntityKind::localName).collect(Collectors.toSet());

    /** Rows of a lexicon file after its comment lines and header line; checks the header names. */
    public static List<String[]> rows(String resource, String... header) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LexiconFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean headerSeen = false;
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (!headerSeen) {
                    assertEquals(List.of(header), List.of(cols), resource + ": header");
                    headerSeen = true;
                    continue;
                }
                assertEquals(header.length, cols.length, resource + " line " + n + ": column count");
                assertTrue(!cols[0].isBlank(), resource + " line " + n + ": empty key");
                rows.add(cols);
            }
            assertTrue(headerSeen, resource + " has no header");
        }
        return rows;
    }

    private static void assertUniqueKeys(String resource, List<String[]> rows) {
        Set<String> seen = new HashSet<>();
        for (String[] r : rows) {
            assertTrue(seen.add(r[0]), resource + ": duplicate " + r[0]);
        }
    }

    @Test
    void programmes() throws Exception {
        String f = "org/ruralkg/lexicon/programs.tsv";
        List<String[]> rows = rows(f, "name", "kind", "gloss_en", "aliases");
        assertTrue(rows.size() >= 80, "only " + rows.size() + " programmes");
        assertUniqueKeys(f, rows);
        Set<String> names = new HashSet<>();
        for (String[] r : rows) {
            assertTrue(Set.of("Policy", "Campaign", "Program", "Project", "Subsidy", "Training", "Honour").contains(r[1]),
                    r[0] + ": kind " + r[1]);
            assertTrue(!r[2].isBlank(), r[0] + " has no English gloss");
            assertTrue(names.add(r[0]), r[0]);
            for (String alias : r[3].isEmpty() ? new String[0] : r[3].split("\\|")) {
                assertTrue(names.add(alias), "name used twice: " + alias);
            }
        }
        for (String policy : List.of("两不愁三保障", "四个不摘", "一个不变")) {
            assertTrue(rows.stream().anyMatch(r -> r[0].equals(policy) && r[1].equals("Policy")), policy);
        }
    }

    @Test
    void postsAndSuffixesNameKnownKinds() throws Exception {
        String posts = "org/ruralkg/lexicon/posts.tsv";
        List<String[]> p = rows(posts, "title", "org_kind", "level", "gloss_en");
        assertUniqueKeys(posts, p);
        for (String[] r : p) {
            assertTrue(KINDS.contains(r[1]), r[0] + ": kind " + r[1]);
            assertTrue(Set.of("village", "township", "county", "prefecture", "province", "any").contains(r[2]),
                    r[0] + ": level " + r[2]);
        }
        String suffixes = "org/ruralkg/lexicon/org-suffixes.tsv";
        List<String[]> s = rows(suffixes, "suffix", "kind");
        assertUniqueKeys(suffixes, s);
        for (String[] r : s) {
            assertTrue(KINDS.contains(r[1]) && EntityKind.valueOf(toEnum(r[1])).group() == EntityKind.Group.ORGANIZATION,
                    r[0] + ": kind " + r[1]);
        }
    }

    @Test
    void unitsHavePositiveMultipliers() throws Exception {
        String f = "org/ruralkg/lexicon/units.tsv";
        List<String[]> rows = rows(f, "unit", "dimension", "multiplier", "normalized_unit");
        assertUniqueKeys(f, rows);
        for (String[] r : rows) {
            assertTrue(new BigDecimal(r[2]).signum() > 0, r[0] + ": multiplier " + r[2]);
        }
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("万元") && new BigDecimal(r[2]).intValue() == 10000
                && r[3].equals("CNY")));
    }

    private static String toEnum(String localName) {
        return localName.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }
}
