package org.ruralkg.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

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

    /** Where entries begin in {@code text}, ascending, each position once. */
    public int[] starts(String text) {
        if (empty || text.isEmpty()) {
            return new int[0];
        }
        boolean[] at = new boolean[text.length()];
        int[] n = new int[1];
        trie.parseText(text.toCharArray(), (AhoCorasickDoubleArrayTrie.IHit<V>) (begin, end, value) -> {
            if (!at[begin]) {
                at[begin] = true;
                n[0]++;
            }
        });
        int[] out = new int[n[0]];
        for (int i = 0, j = 0; j < out.length; i++) {
            if (at[i]) {
                out[j++] = i;
            }
        }
        return out;
    }

    /**
     * What {@code m.find(from)} finds, for a matcher over {@code text} whose pattern can only match from where one
     * of this matcher's entries begins ({@code starts}, from {@link #starts}): a pattern that opens with a long
     * alternation of words tries every word at every position, this only where a word begins. Leaves {@code m}
     * with a region, so its start, end and groups are as after {@code find}.
     */
    public static boolean find(Matcher m, int[] starts, int from, int textLength) {
        int i = java.util.Arrays.binarySearch(starts, from);
        for (i = i >= 0 ? i : -i - 1; i < starts.length; i++) {
            m.region(starts[i], textLength);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
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
