package org.ruralkg.nlp;

/**
 * One sentence of an article's cleaned text.
 *
 * @param index position in the article, from 0; sentence -1 is reserved for the title
 * @param start offset of the first character in the article text
 * @param end   offset after the last character (exclusive)
 * @param text  the sentence itself
 */
public record Sentence(int index, int start, int end, String text) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("sentence text length " + text.length() + " != span " + (end - start));
        }
    }
}
