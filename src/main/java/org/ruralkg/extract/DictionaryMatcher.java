package org.ruralkg.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds dictionary entries in text in one linear pass (HanLP's Aho–Corasick double-array trie) and keeps the
 * leftmost-longest, non-overlapping ones. Built once, then read-only and thread-safe.
 *
 * <pre>{@code
 * DictionaryMatcher<Kind> m = DictionaryMatcher.of(Map.of("两不愁三保障", Kind.POLICY));
 * for (DictionaryMatcher.Hit<Kind> h : m.find("紧盯“两不愁三保障”底线目标")) { ... }
 * }</pre>
 *
 * @param <V> the value stored with each entry
 */
public final class DictionaryMatcher<V> {

    /** An entry found at {@code [start, end)}. */
    public record Hit<V>(int start, int end, String text, V value) {
    }

    private final AhoCorasickDoubleArrayTrie<V> trie;
    private final boolean empty;

    private DictionaryMatcher(Map<String, V> entries) {
        TreeMap<String, V> sorted = new TreeMap<>();
        entries.forEach((k, v) -> {
            if (k != null && !k.isEmpty()) {
                sorted.put(k, v);
            }
        });
        this.empty = sorted.isEmpty();
        this.trie = new AhoCorasickDoubleArrayTrie<>();
        if (!empty) {
            trie.build(sorted);
        }
    }

    public static <V> DictionaryMatcher<V> of(Map<String, V> entries) {
        return new DictionaryMatcher<>(entries);
    }

    /** Every occurrence of every entry, overlapping ones included. */
    public List<Hit<V>> findAll(String text) {
        List<Hit<V>> hits = new ArrayList<>();
        if (empty || text.isEmpty()) {
            return hits;
        }
        trie.parseText(text.toCharArray(), (AhoCorasickDoubleArrayTrie.IHit<V>) (begin, end, value) ->
                hits.add(new Hit<>(begin, end, text.substring(begin, end), value)));
        return hits;
    }

    /** Leftmost-longest occurrences that do not overlap. */
    public List<Hit<V>> find(String text) {
        List<Hit<V>> all = findAll(text);
        all.sort(Comparator.<Hit<V>>comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit<V>> out = new ArrayList<>();
        int covered = 0;
        for (Hit<V> h : all) {
            if (h.start() >= covered) {
                out.add(h);
                covered = h.end();
            }
        }
        return out;
    }
}
