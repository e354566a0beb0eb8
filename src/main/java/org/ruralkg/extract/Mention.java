package org.ruralkg.extract;

import org.ruralkg.EntityKind;

/**
 * A span of the article text that names an entity.
 *
 * @param start     start offset in the cleaned article text
 * @param end       end offset (exclusive)
 * @param text      the span's text
 * @param kind      kind of the entity named
 * @param entityKey key of the entity it denotes
 * @param sentence  index of the sentence holding it (-1: title)
 */
public record Mention(int start, int end, String text, EntityKind kind, String entityKey, int sentence) {
    /** The sentence index of a mention in the title, whose offsets are the title's. */
    public static final int TITLE = -1;

    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ") for '" + text + "'");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("mention '" + text + "' does not fit span [" + start + ", " + end + ")");
        }
    }
}
