package org.ruralkg.source;

/**
 * Checks a format's offsets instead of trusting them: every character of a cleaned text must be what the source
 * writes at its offset, literally or as an escape of that format ({@link Format#writes}). Whitespace is not checked:
 * the line breaks a reader puts between paragraphs stand for no source character.
 */
final class OffsetCheck {
    private OffsetCheck() {
    }

    /** Index of the first character of {@code text} the source does not write at its offset, or -1 if none. */
    static int firstMismatch(Format format, String source, String text, OffsetMap offsets) {
        if (offsets.length() != text.length()) {
            return 0;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MappedText.isSpace(c)) {
                continue;
            }
            int at = offsets.toSource(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && offsets.toSource(i + 1) == at;
            String unit = pair ? text.substring(i, i + 2) : String.valueOf(c);
            if (at < 0 || at >= source.length() || !format.writes(source, at, unit)) {
                return i;
            }
            if (pair) {
                i++;
            }
        }
        return -1;
    }

    /** 1-based line of {@code offset} in {@code source}. */
    static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, source.length()); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
