package org.ruralkg.nlp;

/**
 * A word of a sentence with its part of speech (HanLP's tag set: n noun, ns place, nr person, nt organization,
 * v verb, w punctuation, m numeral, q classifier …).
 *
 * @param start offset in the article text
 * @param end   offset after the word (exclusive)
 * @param word  the word
 * @param pos   part-of-speech tag
 */
public record Token(int start, int end, String word, String pos) {
    public boolean isVerb() {
        return pos.startsWith("v");
    }

    public boolean isPunctuation() {
        return pos.startsWith("w");
    }

    public boolean isPersonName() {
        return pos.equals("nr") || pos.equals("nrf") || pos.equals("nr1") || pos.equals("nr2");
    }
}
