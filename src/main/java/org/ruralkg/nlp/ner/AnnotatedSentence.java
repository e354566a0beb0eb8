package org.ruralkg.nlp.ner;

import java.util.List;

/**
 * A training or evaluation sentence with its gold names, sorted by start and not overlapping.
 *
 * @param text  the sentence
 * @param spans the names in it
 */
public record AnnotatedSentence(String text, List<NerSpan> spans) {
    public AnnotatedSentence {
        spans = List.copyOf(spans);
        int last = 0;
        for (NerSpan s : spans) {
            if (s.start() < last || s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " overlaps or leaves \"" + text + "\"");
            }
            last = s.end();
        }
    }
}
