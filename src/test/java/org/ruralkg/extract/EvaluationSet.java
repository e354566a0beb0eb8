package org.ruralkg.extract;

import org.ruralkg.EntityKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.ORG;
import org.ruralkg.source.Article;
import org.ruralkg.source.ArticleReader;
import org.ruralkg.vocab.RKG;

/**
 * Scores the extractor on the project's own evaluation set ({@code src/test/resources/eval}): one gold file per
 * article, entities scored per group and class, relations per predicate, counts summed over articles. Only
 * entities the article names (with at least one mention) are scored; a partOf edge is read between named places,
 * passing over official parents the article never names, as the annotation guide asks.
 */
final class EvaluationSet {
    static final List<String> RELATIONS = List.of("partOf", "locatedIn", "implements", "grows", "raises", "holds");
    private static final Map<String, String> PREDICATES = Map.of(RKG.partOf.getURI(), "partOf",
            RKG.locatedIn.getURI(), "locatedIn", RKG.implements_.getURI(), "implements", RKG.grows.getURI(), "grows",
            RKG.raises.getURI(), "raises", ORG.holds.getURI(), "holds");

    /** True positives, predictions and gold items of one scored category. */
    static final class Count {
        int tp;
        int predicted;
        int gold;
        int found;
        final List<String> spurious = new ArrayList<>();
        final List<String> missed = new ArrayList<>();

        double precision() {
            return predicted == 0 ? 0 : (double) tp / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    final Map<String, Count> entities = new TreeMap<>();
    final Map<String, Count> relations = new TreeMap<>();
    final Count allEntities = new Count();
    final Count allRelations = new Count();

    /** Extracts and scores every article in {@code articles} against its gold file in {@code gold}. */
    static EvaluationSet score(Path articles, Path gold) throws IOException {
        return score(articles, gold, Map.of());
    }

    /**
     * As {@link #score(Path, Path)}, also scoring into each of {@code parts} (ranges of the set, such as its blind
     * parts) the articles whose file name its predicate accepts, from the same extraction.
     */
    static EvaluationSet score(Path articles, Path gold, Map<EvaluationSet, Predicate<String>> parts)
            throws IOException {
        EvaluationSet set = new EvaluationSet();
        Extractor x = Extractor.defaults();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String base = f.getFileName().toString().replaceFirst("\\.txt$", "");
                Path g = gold.resolve(base + ".tsv");
                if (!Files.exists(g)) {
                    throw new IllegalStateException("no gold file for " + f);
                }
                List<Extraction> xs;
                try (Stream<Article> in = ArticleReader.create().onProblem(p -> {
                    throw new AssertionError("input problem: " + p);
                }).build().read(List.of(f))) {
                    xs = in.map(x::extract).toList();
                }
                List<String> lines = Files.readAllLines(g, StandardCharsets.UTF_8);
                set.add(base, xs, lines);
                parts.forEach((part, inPart) -> {
                    if (inPart.test(base)) {
                        part.add(base, xs, lines);
                    }
                });
            }
        }
        return set;
    }

    private void add(String name, List<Extraction> xs, List<String> goldLines) {
        Map<String, Set<String>> goldEntities = new HashMap<>();
        Map<String, Set<String>> goldRelations = new HashMap<>();
        for (String line : goldLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c[0].equals("E") && c.length == 3) {
                goldEntities.computeIfAbsent(group(c[1]), k -> new LinkedHashSet<>()).add(c[1] + "\t" + c[2]);
            } else if (c[0].equals("R") && c.length == 4 && RELATIONS.contains(c[2])) {
                goldRelations.computeIfAbsent(c[2], k -> new LinkedHashSet<>()).add(c[1] + "\t" + c[2] + "\t" + c[3]);
            } else if (!(c[0].equals("R") && c.length == 4)) {
                throw new IllegalArgumentException(name + ": bad gold line '" + line + "'");
            }
        }
        Predicted p = new Predicted(xs);
        for (String g : union(goldEntities.keySet(), p.entities.keySet())) {
            tally(name, entities.computeIfAbsent(g, k -> new Count()), p.entities.getOrDefault(g, List.of()),
                    goldEntities.getOrDefault(g, Set.of()));
        }
        for (String r : RELATIONS) {
            tally(name, relations.computeIfAbsent(r, k -> new Count()), p.relations.getOrDefault(r, List.of()),
                    goldRelations.getOrDefault(r, Set.of()));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    private void tally(String article, Count c, List<Set<String>> predicted, Set<String> gold) {
        Set<String> found = new HashSet<>();
        for (Set<String> variants : predicted) {
            List<String> hit = variants.stream().filter(gold::contains).toList();
            if (hit.isEmpty()) {
                c.spurious.add(article + "  " + variants.iterator().next().replace('\t', ' '));
            } else {
                c.tp++;
                found.addAll(hit);
            }
        }
        for (String g : gold) {
            if (!found.contains(g)) {
                c.missed.add(article + "  " + g.replace('\t', ' '));
            }
        }
        c.predicted += predicted.size();
        c.gold += gold.size();
        c.found += found.size();
    }

    /** Group of an ontology class for scoring. */
    static String group(String className) {
        for (EntityKind k : EntityKind.values()) {
            if (k.localName().equals(className)) {
                return k.group().name().toLowerCase();
            }
        }
        throw new IllegalArgumentException("unknown class in gold: " + className);
    }

    /** Sums the per-category counts into the overall ones. */
    EvaluationSet total() {
        sum(entities.values(), allEntities);
        sum(relations.values(), allRelations);
        return this;
    }

    private static void sum(Iterable<Count> parts, Count all) {
        for (Count c : parts) {
            all.tp += c.tp;
            all.predicted += c.predicted;
            all.gold += c.gold;
            all.found += c.found;
        }
    }

    String report() {
        StringBuilder out = new StringBuilder();
        line(out, "ENTITIES", allEntities);
        entities.forEach((k, c) -> line(out, "  " + k, c));
        line(out, "RELATIONS", allRelations);
        relations.forEach((k, c) -> line(out, "  " + k, c));
        out.append('\n');
        entities.forEach((k, c) -> details(out, k, c));
        relations.forEach((k, c) -> details(out, k, c));
        return out.toString();
    }

    private static void line(StringBuilder out, String what, Count c) {
        out.append(String.format("%-14s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n", what, c.precision(), c.tp,
                c.predicted, c.recall(), c.found, c.gold, c.f1()));
    }

    private static void details(StringBuilder out, String what, Count c) {
        c.spurious.forEach(s -> out.append(what).append("  spurious: ").append(s).append('\n'));
        c.missed.forEach(s -> out.append(what).append("  missed:   ").append(s).append('\n'));
    }

    /** The extractor's output for one gold file, as groups of equivalent label tuples. */
    private static final class Predicted {
        final Map<String, List<Set<String>>> entities = new LinkedHashMap<>();
        final Map<String, List<Set<String>>> relations = new LinkedHashMap<>();

        Predicted(List<Extraction> xs) {
            Map<String, Entity> byKey = new HashMap<>();
            Set<String> named = new HashSet<>();
            Map<String, String> parent = new HashMap<>();
            Map<String, Map<String, List<Term>>> facts = new HashMap<>();
            for (Extraction x : xs) {
                x.entities().forEach(e -> byKey.put(e.key(), e));
                x.mentions().forEach(m -> named.add(m.entityKey()));
                // the byline's outlet is named, though outside the text
                String outlet = BylineStage.key(x.article().publisher());
                if (outlet != null) {
                    named.add(outlet);
                }
                for (Fact f : x.facts()) {
                    facts.computeIfAbsent(f.subject(), k -> new HashMap<>())
                            .computeIfAbsent(f.predicate(), k -> new ArrayList<>()).add(f.object());
                    if (f.predicate().equals(RKG.partOf.getURI()) && f.object() instanceof Term.Ref r) {
                        parent.putIfAbsent(f.subject(), r.key());
                    }
                }
            }
            for (Entity e : byKey.values()) {
                EntityKind.Group g = e.kind().group();
                if (!named.contains(e.key()) || e.kind() == EntityKind.POST || g == EntityKind.Group.QUANTITY
                        || g == EntityKind.Group.NOTE) {
                    continue;
                }
                entities.computeIfAbsent(g.name().toLowerCase(), k -> new ArrayList<>()).add(names(e, e.kind().localName()));
            }
            Set<String> seen = new HashSet<>();
            for (Extraction x : xs) {
                for (Fact f : x.facts()) {
                    String pred = PREDICATES.get(f.predicate());
                    if (pred == null || !(f.object() instanceof Term.Ref r) || !named.contains(f.subject())
                            || !byKey.containsKey(f.subject())) {
                        continue;
                    }
                    String object = r.key();
                    if (pred.equals("partOf")) {
                        while (object != null && !named.contains(object)) {
                            object = parent.get(object);
                        }
                        if (object == null) {
                            continue;
                        }
                    }
                    Set<String> objects = pred.equals("holds") ? posts(object, byKey, facts) : names(byKey.get(object), null);
                    if (objects.isEmpty() || !seen.add(f.subject() + " " + pred + " " + objects)) {
                        continue;
                    }
                    Set<String> variants = new LinkedHashSet<>();
                    for (String s : names(byKey.get(f.subject()), null)) {
                        for (String o : objects) {
                            variants.add(s + "\t" + pred + "\t" + o);
                        }
                    }
                    relations.computeIfAbsent(pred, k -> new ArrayList<>()).add(variants);
                }
            }
        }

        private static Set<String> names(Entity e, String prefix) {
            Set<String> out = new LinkedHashSet<>();
            if (e == null) {
                return out;
            }
            out.add(prefix == null ? e.label() : prefix + "\t" + e.label());
            for (String a : e.altLabels()) {
                out.add(prefix == null ? a : prefix + "\t" + a);
            }
            return out;
        }

        /** A post as "title@holder" for each label of the organization and of the place it is in. */
        private static Set<String> posts(String post, Map<String, Entity> byKey, Map<String, Map<String, List<Term>>> facts) {
            Map<String, List<Term>> pf = facts.getOrDefault(post, Map.of());
            List<Term> titles = pf.getOrDefault(RKG.postTitle.getURI(), List.of());
            Set<String> out = new LinkedHashSet<>();
            if (titles.isEmpty()) {
                return out;
            }
            String title = ((Term.Lit) titles.get(0)).lexical();
            // 村党支部书记 in a village is its 党支部书记: the level word only repeats the place's kind
            List<String> forms = title.length() > 3 && "村镇乡县市".indexOf(title.charAt(0)) >= 0
                    ? List.of(title, title.substring(1)) : List.of(title);
            for (String p : List.of(ORG.postIn.getURI(), RKG.postPlace.getURI())) {
                for (Term t : pf.getOrDefault(p, List.of())) {
                    if (t instanceof Term.Ref r) {
                        for (String l : names(byKey.get(r.key()), null)) {
                            forms.forEach(f -> out.add(f + "@" + l));
                        }
                    }
                }
            }
            return out;
        }
    }

    static void write(String name, String report) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/evaluation-" + name + ".txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
