package org.ruralkg.source;

import java.util.Arrays;

/**
 * Builds a cleaned text together with the source offset of every character, so that each appended character can be
 * traced back to the decoded source it came from. Grows geometrically: appending is amortised constant time.
 */
final class MappedText {
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[64];

    /** Appends {@code source[start, end)} character by character, each mapped to its own position. */
    MappedText appendSource(CharSequence source, int start, int end) {
        ensure(text.length() + (end - start));
        for (int i = start; i < end; i++) {
            offsets[text.length()] = i;
            text.append(source.charAt(i));
        }
        return this;
    }

    /** Appends one character that stands for the source character at {@code sourceOffset}. */
    MappedText append(char c, int sourceOffset) {
        ensure(text.length() + 1);
        offsets[text.length()] = sourceOffset;
        text.append(c);
        return this;
    }

    /** Appends another mapped text with its offsets. */
    MappedText append(MappedText other) {
        ensure(text.length() + other.length());
        System.arraycopy(other.offsets, 0, offsets, text.length(), other.length());
        text.append(other.text);
        return this;
    }

    /** Source offset of the last character. */
    int lastOffset() {
        return offsets[text.length() - 1];
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    char lastChar() {
        return text.charAt(text.length() - 1);
    }

    /** Drops trailing whitespace characters (and their offsets). */
    MappedText trimEnd() {
        int n = text.length();
        while (n > 0 && isSpace(text.charAt(n - 1))) {
            n--;
        }
        text.setLength(n);
        return this;
    }

    String text() {
        return text.toString();
    }

    OffsetMap offsets() {
        return OffsetMap.of(Arrays.copyOf(offsets, text.length()));
    }

    private void ensure(int capacity) {
        if (capacity > offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(capacity, offsets.length * 2));
        }
    }

    /** Whitespace as it appears in Chinese text: ASCII, no-break and ideographic spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF';
    }
}
