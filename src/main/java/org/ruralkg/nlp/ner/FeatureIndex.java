package org.ruralkg.nlp.ner;

/**
 * Read-only map from feature key to feature number (its position in the key array), by open addressing: the JDK
 * and HanLP only offer boxed or string-keyed maps, which would allocate on every lookup while tagging.
 */
final class FeatureIndex {
    private final long[] keys;
    /**
     * Slot {@code i} holds a key at {@code 2i} and its number at {@code 2i + 1}: side by side, a look-up that finds
     * its key reads one cache line, not one in a key array and another in an id array (the table is ~16 MB, so
     * nearly every look-up while tagging is a cache miss).
     */
    private final long[] table;
    private final int mask;

    /** {@code keys} must be distinct and non-zero; feature {@code i} is {@code keys[i]}. */
    FeatureIndex(long[] keys) {
        this.keys = keys.clone();
        // load 0.33-0.67: at 0.27 the table took twice the cache for probes that stay within a line either way
        int capacity = Integer.highestOneBit(Math.max(4, keys.length + keys.length / 2 - 1)) << 1;
        table = new long[2 * capacity];
        mask = capacity - 1;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0) {
                throw new IllegalArgumentException("feature key 0 is reserved (feature " + i + ")");
            }
            int slot = slot(keys[i]);
            while (table[2 * slot] != 0) {
                if (table[2 * slot] == keys[i]) {
                    throw new IllegalArgumentException("duplicate feature key " + Long.toHexString(keys[i]));
                }
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = keys[i];
            table[2 * slot + 1] = i;
        }
    }

    int size() {
        return keys.length;
    }

    long key(int id) {
        return keys[id];
    }

    long[] keys() {
        return keys.clone();
    }

    /** The number of {@code key}, or -1 if the model has no such feature. */
    int get(long key) {
        int slot = slot(key);
        long k;
        while ((k = table[2 * slot]) != 0) {
            if (k == key) {
                return (int) table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(long key) {
        // MurmurHash3's 64-bit finalizer: keys differ mostly in a few 16-bit fields, which must spread over the table.
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
