package org.ruralkg.extract;

import org.ruralkg.EntityKind;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralkg.RuralKgException;
import org.ruralkg.Tsv;

/**
 * The domain word lists the extractor reads, shipped as UTF-8 TSV files under {@code org/ruralkg/lexicon/}:
 * programme names, compound abbreviations, post titles, organization name suffixes, national bodies and places
 * that are not divisions. Loaded once.
 */
final class Lexicons {
    private static final String DIR = "org/ruralkg/lexicon/";

    /** A named programme: its canonical name and kind. */
    record ProgramEntry(String name, EntityKind kind) {
    }

    /** canonical names and aliases → entry */
    final Map<String, ProgramEntry> programs = new LinkedHashMap<>();
    /** abbreviation → the words it stands for ("薯米果蔬" → 红薯, 小米, 水果, 蔬菜) */
    final Map<String, List<String>> abbreviations = new LinkedHashMap<>();
    /** post title → kind of organization it usually belongs to (may be null) */
    final Map<String, EntityKind> posts = new LinkedHashMap<>();
    /** organization name suffix → kind */
    final Map<String, EntityKind> orgSuffixes = new LinkedHashMap<>();
    /** central and national bodies named without a place: name → kind */
    final Map<String, EntityKind> bodies = new LinkedHashMap<>();

    /** A place that is not a division: its kind and, for a country, its ISO 3166-1 code (else empty). */
    record PlaceEntry(String name, EntityKind kind, String iso) {
    }

    /** countries, world regions, great rivers, lakes and mountain ranges */
    final Map<String, PlaceEntry> places = new LinkedHashMap<>();

    private Lexicons() {
    }

    /** The organization suffixes longest first, so that 专业合作社 is tried before 合作社. */
    List<Map.Entry<String, EntityKind>> orgSuffixesLongestFirst() {
        return orgSuffixes.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, EntityKind> e) -> e.getKey().length()).reversed())
                .toList();
    }

    static Lexicons load() {
        Lexicons l = new Lexicons();
        for (Map<String, String> row : read("programs.tsv")) {
            EntityKind kind = kindOf(row.get("kind"), "programs.tsv");
            String name = row.get("name");
            ProgramEntry e = new ProgramEntry(name, kind);
            l.programs.put(name, e);
            String aliases = row.getOrDefault("aliases", "");
            for (String a : aliases.split("\\|")) {
                if (!a.isBlank()) {
                    l.programs.putIfAbsent(a.strip(), e);
                }
            }
        }
        for (Map<String, String> row : read("abbreviations.tsv")) {
            List<String> cols = new ArrayList<>(row.values());
            if (cols.size() >= 2) {
                l.abbreviations.put(cols.get(0), List.of(cols.get(1).split("[|,，、]")));
            }
        }
        for (Map<String, String> row : read("posts.tsv")) {
            List<String> cols = new ArrayList<>(row.values());
            EntityKind kind = cols.size() >= 2 && !cols.get(1).isBlank() ? kindOrNull(cols.get(1)) : null;
            l.posts.put(cols.get(0), kind);
        }
        for (Map<String, String> row : read("org-suffixes.tsv")) {
            List<String> cols = new ArrayList<>(row.values());
            if (cols.size() >= 2) {
                l.orgSuffixes.put(cols.get(0), kindOf(cols.get(1), "org-suffixes.tsv"));
            }
        }
        for (Map<String, String> row : read("bodies.tsv")) {
            l.bodies.put(row.get("name"), kindOf(row.get("kind"), "bodies.tsv"));
        }
        for (Map<String, String> row : read("places.tsv")) {
            EntityKind kind = kindOf(row.get("kind"), "places.tsv");
            if (kind.group() != EntityKind.Group.PLACE) {
                throw new RuralKgException(DIR + "places.tsv: not a place kind '" + kind.localName() + "'");
            }
            l.places.put(row.get("name"), new PlaceEntry(row.get("name"), kind, row.getOrDefault("iso", "")));
        }
        return l;
    }

    private static EntityKind kindOrNull(String localName) {
        for (EntityKind k : EntityKind.values()) {
            if (k.localName().equals(localName.strip())) {
                return k;
            }
        }
        return null;
    }

    private static EntityKind kindOf(String localName, String file) {
        EntityKind k = localName == null ? null : kindOrNull(localName);
        if (k == null) {
            throw new RuralKgException(DIR + file + ": unknown kind '" + localName + "'");
        }
        return k;
    }

    /** Rows of a TSV resource keyed by its header line; lines starting with # are comments. */
    static List<Map<String, String>> read(String file) {
        InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new RuralKgException("lexicon " + DIR + file + " is missing from the classpath");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Tsv.Row row : Tsv.rows(new InputStreamReader(in, StandardCharsets.UTF_8), "lexicon " + DIR + file)) {
            if (row.values().isEmpty() || row.values().values().iterator().next().isEmpty()) {
                throw new RuralKgException(DIR + file + ":" + row.line() + ": empty first column");
            }
            rows.add(row.values());
        }
        return rows;
    }
}
