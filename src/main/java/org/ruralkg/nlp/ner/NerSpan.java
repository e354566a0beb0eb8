package org.ruralkg.nlp.ner;

import java.util.Objects;

/**
 * A name found in a sentence.
 *
 * @param start offset of the first character in the tagged text
 * @param end   offset after the last character (exclusive)
 * @param type  what kind of name it is
 */
public record NerSpan(int start, int end, NerType type) {
    public NerSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(type, "type");
    }

    /** The characters of this span in {@code text}, which must be the text it was found in. */
    public String in(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
