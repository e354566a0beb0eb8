package org.ruralkg.server.ld;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ruralkg.vocab.RKG;

/**
 * What the graph holds, read once from the store's indexes (by predicate, not by SPARQL) so that the home page,
 * class lists, VoID and the drill-down sections answer in milliseconds however large the store. Immutable; built
 * inside the caller's read transaction by {@link #of(DatasetGraph)}. {@link SummaryCache} keeps one per store
 * version.
 */
final class Summary {
    /** Administrative levels from the top down. */
    static final List<Node> LEVELS = List.of(RKG.Province.asNode(), RKG.Prefecture.asNode(), RKG.County.asNode(),
            RKG.Township.asNode(), RKG.Village.asNode());
    /** Places that are not divisions still sit below one. */
    static final Set<Node> PLACE_CLASSES = Set.of(RKG.Province.asNode(), RKG.Prefecture.asNode(),
            RKG.County.asNode(), RKG.Township.asNode(), RKG.Village.asNode(), RKG.Mountain.asNode(),
            RKG.ResidentialCommunity.asNode(), RKG.Place.asNode());
    /** The three relations the pages aggregate over rkg:partOf. */
    static final List<Node> ACTIVITIES = List.of(RKG.grows.asNode(), RKG.raises.asNode(), RKG.implements_.asNode());
    private static final int MAX_DEPTH = 16;

    long triples;
    /** Distinct subjects with a type. */
    long entities;
    final Map<Node, Set<Node>> members = new LinkedHashMap<>();
    final Map<Node, String> labels = new HashMap<>();
    final Map<Node, Node> placeType = new HashMap<>();
    final Map<Node, Node> parent = new HashMap<>();
    final Map<Node, List<Node>> children = new HashMap<>();
    final Map<Node, String> codes = new HashMap<>();
    final Map<Node, String> articleDates = new HashMap<>();
    final Map<Node, Integer> articleYears = new HashMap<>();
    /** Activity predicate → item (crop, animal, programme) → places doing it. */
    final Map<Node, Map<Node, Set<Node>>> activity = new HashMap<>();
    /** Division → number of known places below it. */
    final Map<Node, Integer> placesBelow = new HashMap<>();
    /** Province → articles naming a place within it. */
    final Map<Node, Set<Node>> provinceArticles = new HashMap<>();
    private final Set<Node> preferredLabel = new HashSet<>();
    private final Map<Node, List<Node>> sorted = new ConcurrentHashMap<>();

    private Summary() {
    }

    /** Reads the summary of a dataset; call inside a read transaction. */
    static Summary of(DatasetGraph dsg) {
        Summary s = new Summary();
        long t = System.nanoTime();
        s.countTriples(dsg);
        debug("triples", t);
        s.readTypes(dsg);
        for (Node p : Describer.LABELS) {
            s.readLabels(dsg, p);
        }
        each(dsg, RKG.partOf.asNode(), q -> {
            if (q.getObject().isURI() && s.placeType.containsKey(q.getSubject())) {
                s.parent.putIfAbsent(q.getSubject(), q.getObject());
            }
        });
        each(dsg, RKG.divisionCode.asNode(), q -> {
            if (q.getObject().isLiteral()) {
                s.codes.putIfAbsent(q.getSubject(), q.getObject().getLiteralLexicalForm());
            }
        });
        debug("labels+", t);
        s.readArticleTimes(dsg);
        debug("times", t);
        s.readActivities(dsg);
        debug("activities", t);
        s.derive();
        return s;
    }

    /** A summary to be filled by {@link SummaryFile}, which then calls {@link #derive()}. */
    static Summary empty() {
        return new Summary();
    }

    /** Fills the maps that follow from the read ones: children and the number of places below each division. */
    void derive() {
        parent.forEach((child, up) -> children.computeIfAbsent(up, k -> new ArrayList<>()).add(child));
        for (Node place : placeType.keySet()) {
            for (Node up : ancestors(place)) {
                placesBelow.merge(up, 1, Integer::sum);
            }
        }
    }

    /**
     * Distinct triples over all graphs: several article graphs share triples (place chains, types). Jena's union
     * graph dedupes them but takes seconds per million quads, so each triple is kept as a 64-bit hash of its
     * three node hashes (on TDB2, of the node ids, which are file offsets) and the sorted hashes are counted.
     */
    private void countTriples(DatasetGraph dsg) {
        long[] hashes = new long[1 << 16];
        int n = 0;
        // On TDB2, read the quad index as node ids: decoding a million quads' nodes would take seconds.
        DatasetGraphTDB storage = tdbOf(dsg);
        boolean tdb = storage != null;
        Iterator<?> it = tdb ? storage.getQuadTable().getNodeTupleTable().findAll() : dsg.find();
        try {
            while (it.hasNext()) {
                Object next = it.next();
                int s;
                int p;
                int o;
                if (tdb) {
                    Tuple<?> t = (Tuple<?>) next; // G S P O
                    s = t.get(1).hashCode();
                    p = t.get(2).hashCode();
                    o = t.get(3).hashCode();
                } else {
                    Quad q = (Quad) next;
                    s = q.getSubject().hashCode();
                    p = q.getPredicate().hashCode();
                    o = q.getObject().hashCode();
                }
                if (n == hashes.length) {
                    hashes = java.util.Arrays.copyOf(hashes, n * 2);
                }
                hashes[n++] = ((long) s << 32) ^ (o & 0xffffffffL) ^ (p * 0x9E3779B97F4A7C15L);
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        // Sorting a primitive array keeps a million triples at 8 bytes each, with no boxing.
        java.util.Arrays.sort(hashes, 0, n);
        long distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                distinct++;
            }
        }
        triples = distinct;
    }

    /** The TDB2 storage under a dataset's wrappers (the text index wraps it), or null for other datasets. */
    private static DatasetGraphTDB tdbOf(DatasetGraph dsg) {
        DatasetGraph inner = dsg;
        while (inner instanceof DatasetGraphWrapper w) {
            inner = w.getWrapped();
        }
        try {
            return TDBInternal.getDatasetGraphTDB(inner);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void readTypes(DatasetGraph dsg) {
        Set<Node> typed = new HashSet<>();
        each(dsg, RDF.type.asNode(), q -> {
            if (!q.getObject().isURI()) {
                return;
            }
            typed.add(q.getSubject());
            members.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getSubject());
            if (PLACE_CLASSES.contains(q.getObject())) {
                Node before = placeType.get(q.getSubject());
                if (before == null || LEVELS.contains(q.getObject()) && !LEVELS.contains(before)) {
                    placeType.put(q.getSubject(), q.getObject());
                }
            }
        });
        entities = typed.size();
    }

    private void readLabels(DatasetGraph dsg, Node p) {
        each(dsg, p, q -> {
            if (!q.getObject().isLiteral()) {
                return;
            }
            String lang = q.getObject().getLiteralLanguage();
            boolean preferred = lang.isEmpty() || lang.startsWith("zh");
            // First Chinese or untagged label wins; another language only until one comes.
            if (preferred ? preferredLabel.add(q.getSubject()) : !labels.containsKey(q.getSubject())) {
                labels.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
            }
        });
    }

    /** The date of each article, and a year: the date's, else the year its quantities most often refer to. */
    private void readArticleTimes(DatasetGraph dsg) {
        Set<Node> articles = members.getOrDefault(RKG.Article.asNode(), Set.of());
        each(dsg, DCTerms.date.asNode(), q -> {
            if (articles.contains(q.getSubject()) && q.getObject().isLiteral()) {
                articleDates.putIfAbsent(q.getSubject(), q.getObject().getLiteralLexicalForm());
            }
        });
        Map<Node, Map<Integer, Integer>> stated = new HashMap<>();
        each(dsg, RKG.year.asNode(), q -> {
            if (articles.contains(q.getGraph()) && q.getObject().isLiteral()) {
                Integer y = year(q.getObject().getLiteralLexicalForm());
                if (y != null) {
                    stated.computeIfAbsent(q.getGraph(), k -> new HashMap<>()).merge(y, 1, Integer::sum);
                }
            }
        });
        for (Node a : articles) {
            Integer y = year(articleDates.get(a));
            if (y == null && stated.containsKey(a)) {
                y = Collections.max(stated.get(a).entrySet(), Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).getKey();
            }
            if (y != null) {
                articleYears.put(a, y);
            }
        }
    }

    /**
     * Who grows, raises and implements what, by place: an organization counts for the places it is located in,
     * so a cooperative's crop shows in its village. Also which articles name a place within each province.
     */
    private void readActivities(DatasetGraph dsg) {
        Map<Node, Set<Node>> located = new HashMap<>();
        each(dsg, RKG.locatedIn.asNode(), q -> {
            if (placeType.containsKey(q.getObject())) {
                located.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getObject());
            }
        });
        for (Node p : ACTIVITIES) {
            Map<Node, Set<Node>> byItem = new HashMap<>();
            each(dsg, p, q -> {
                if (!q.getObject().isURI()) {
                    return;
                }
                Set<Node> where = placeType.containsKey(q.getSubject()) ? Set.of(q.getSubject())
                        : located.getOrDefault(q.getSubject(), Set.of());
                if (!where.isEmpty()) {
                    byItem.computeIfAbsent(q.getObject(), k -> new HashSet<>()).addAll(where);
                }
            });
            activity.put(p, byItem);
        }
        Set<Node> articles = members.getOrDefault(RKG.Article.asNode(), Set.of());
        each(dsg, RDF.type.asNode(), q -> {
            if (articles.contains(q.getGraph()) && placeType.containsKey(q.getSubject())) {
                Node province = levelOf(q.getSubject(), RKG.Province.asNode());
                if (province != null) {
                    provinceArticles.computeIfAbsent(province, k -> new HashSet<>()).add(q.getGraph());
                }
            }
        });
    }

    /** Places above a place along rkg:partOf, nearest first. */
    List<Node> ancestors(Node place) {
        List<Node> up = new ArrayList<>();
        Node cur = parent.get(place);
        while (cur != null && up.size() < MAX_DEPTH && !up.contains(cur) && !cur.equals(place)) {
            up.add(cur);
            cur = parent.get(cur);
        }
        return up;
    }

    /** The place itself or its ancestor of the given class, or null. */
    Node levelOf(Node place, Node level) {
        if (level.equals(placeType.get(place))) {
            return place;
        }
        for (Node up : ancestors(place)) {
            if (level.equals(placeType.get(up))) {
                return up;
            }
        }
        return null;
    }

    boolean within(Node place, Node division) {
        return place.equals(division) || ancestors(place).contains(division);
    }

    /** Items of an activity by number of places within a division (null: everywhere), most first. */
    Map<Node, Integer> activityWithin(Node predicate, Node division) {
        Map<Node, Integer> out = new HashMap<>();
        activity.getOrDefault(predicate, Map.of()).forEach((item, places) -> {
            int n = division == null ? places.size()
                    : (int) places.stream().filter(p -> within(p, division)).count();
            if (n > 0) {
                out.put(item, n);
            }
        });
        return byCountDesc(out);
    }

    /** Articles per year, oldest first. */
    Map<Integer, Integer> articlesPerYear() {
        Map<Integer, Integer> out = new TreeMap<>();
        articleYears.values().forEach(y -> out.merge(y, 1, Integer::sum));
        return out;
    }

    long count(Node cls) {
        return members.getOrDefault(cls, Set.of()).size();
    }

    /** Members of a class in page order: articles newest first, the rest by label, then IRI. */
    List<Node> sortedMembers(Node cls) {
        return sorted.computeIfAbsent(cls, c -> {
            List<Node> list = new ArrayList<>(members.getOrDefault(c, Set.of()));
            Comparator<Node> byIri = Comparator.comparing(Node::toString);
            Comparator<Node> order = c.equals(RKG.Article.asNode())
                    ? Comparator.comparing((Node n) -> articleDates.getOrDefault(n, ""), Comparator.reverseOrder())
                            .thenComparing(n -> labels.getOrDefault(n, "")).thenComparing(byIri)
                    : Comparator.comparing((Node n) -> labels.getOrDefault(n, "\uffff")).thenComparing(byIri);
            list.sort(order);
            return List.copyOf(list);
        });
    }

    String label(Node n) {
        return labels.get(n);
    }

    static <K> Map<K, Integer> byCountDesc(Map<K, Integer> counts) {
        Map<K, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().toString()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static void debug(String what, long t0) {
        if (Boolean.getBoolean("ruralkg.debugSummary")) {
            System.err.printf("summary %s %.2f s%n", what, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static Integer year(String lexical) {
        if (lexical == null || lexical.length() < 4) {
            return null;
        }
        try {
            int y = Integer.parseInt(lexical.substring(0, 4));
            return y >= 1900 && y <= 2200 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void each(DatasetGraph dsg, Node predicate, java.util.function.Consumer<Quad> action) {
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY);
        try {
            it.forEachRemaining(action);
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }
}
