package org.ruralkg.extract;

/**
 * Where in the article a fact was read, and how.
 *
 * @param sentence index of the sentence in the article (-1 for the title)
 * @param start    start offset in the article's cleaned text
 * @param end      end offset (exclusive) in the article's cleaned text
 * @param method   the rule or resource that produced the fact, e.g. "gazetteer", "pattern:quantity"
 */
public record Evidence(int sentence, int start, int end, String method) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("evidence method is blank");
        }
    }
}
