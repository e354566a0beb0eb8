package org.ruralkg.extract;

/** Regular-expression help for alternations of plain words, the shape of most cue patterns here. */
final class Literals {
    private static final String META = "\\[](){}.*+?^$|";

    private Literals() {
    }

    /**
     * A lookahead on the first characters of {@code words} ("种植|栽植|园"), to put before the alternation it is
     * implied by: {@code find()} then passes over a position with one character test instead of trying every word
     * there, and what matches does not change.
     */
    static String firstCharLookahead(String words) {
        StringBuilder firsts = new StringBuilder("(?=[");
        for (String w : words.split("\\|", -1)) {
            if (w.isEmpty() || META.indexOf(w.charAt(0)) >= 0) {
                throw new IllegalArgumentException("not a plain word: '" + w + "' in " + words);
            }
            firsts.append(String.format("\\x{%x}", w.codePointAt(0)));
        }
        return firsts.append("])").toString();
    }
}
