package org.ruralkg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned article text into sentences at Chinese and Western sentence-final punctuation and at paragraph
 * breaks. Closing quotes and brackets that follow the final mark stay with their sentence. Stateless and
 * thread-safe.
 *
 * <pre>{@code List<Sentence> sentences = SentenceSplitter.split(article.text());}</pre>
 */
public final class SentenceSplitter {
    private static final String FINAL = "。！？!?；;…";
    private static final String CLOSING = "”’」』）)》\"'";

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n' || c == '\r') {
                end = i;
            } else if (FINAL.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < n && (FINAL.indexOf(text.charAt(j)) >= 0 || CLOSING.indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                end = j;
            }
            if (end >= 0) {
                add(out, text, start, end);
                start = Math.max(end, i + 1);
                i = start;
            } else {
                i++;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<Sentence> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(out.size(), s, e, text.substring(s, e)));
        }
    }
}
