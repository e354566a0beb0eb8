package org.ruralkg.source;

import java.util.Arrays;

/**
 * Maps every character of a cleaned text back to its character offset in the source file it was read from.
 * Immutable. {@code toSource(text.length())} is the source offset just after the last character, so an end-exclusive
 * span {@code [s, e)} of the cleaned text maps to {@code [toSource(s), toSource(e - 1) + 1)} in the source.
 */
public final class OffsetMap {
    private final int[] offsets;

    private OffsetMap(int[] offsets) {
        this.offsets = offsets;
    }

    /** One source offset per cleaned character; the array is copied. */
    public static OffsetMap of(int[] sourceOffsets) {
        if (sourceOffsets == null) {
            throw new IllegalArgumentException("sourceOffsets is null");
        }
        return new OffsetMap(sourceOffsets.clone());
    }

    /** The identity mapping shifted by {@code base}: text that was read from the source as one contiguous run. */
    public static OffsetMap contiguous(int base, int length) {
        if (base < 0 || length < 0) {
            throw new IllegalArgumentException("base " + base + " and length " + length + " must be >= 0");
        }
        int[] o = new int[length];
        for (int i = 0; i < length; i++) {
            o[i] = base + i;
        }
        return new OffsetMap(o);
    }

    public int length() {
        return offsets.length;
    }

    /** Source offset of cleaned character {@code i}; {@code i == length()} gives the offset after the last one. */
    public int toSource(int i) {
        if (i < 0 || i > offsets.length) {
            throw new IndexOutOfBoundsException("offset " + i + " outside 0.." + offsets.length);
        }
        if (i == offsets.length) {
            return offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1;
        }
        return offsets[i];
    }

    /** Source start of the end-exclusive cleaned span {@code [start, end)}. */
    public int sourceStart(int start, int end) {
        return start < end ? toSource(start) : toSource(start);
    }

    /** Source end (exclusive) of the end-exclusive cleaned span {@code [start, end)}. */
    public int sourceEnd(int start, int end) {
        return start < end ? toSource(end - 1) + 1 : toSource(start);
    }

    /** The mapping of the sub-span {@code [start, end)}. */
    public OffsetMap slice(int start, int end) {
        return new OffsetMap(Arrays.copyOfRange(offsets, start, end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && Arrays.equals(offsets, m.offsets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(offsets);
    }
}
