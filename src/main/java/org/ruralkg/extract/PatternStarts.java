package org.ruralkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a cue pattern's match can begin with, read from the pattern itself, so that a search tries the
 * pattern only there: {@code find()} runs a long alternation of words at every character of every sentence, a
 * table look-up per character is far cheaper. Understands alternations of Chinese words, groups (optional or
 * not), classes of plain characters, {@code \d}, quoted words ({@link Pattern#quote}), optional elements and
 * lookbehinds before a word; for anything else (a range, another escape, an anchor, a group that may match
 * nothing, a pattern compiled with flags) it gives up and {@link #find} is plain {@code find()}. The same matches
 * either way: a match can only begin at a character in the table.
 */
final class PatternStarts {
    /**
     * Bit {@code c} is set when a match can begin with {@code c}: 8 KB, where a boolean per character took 64 KB
     * and a dozen of them missed the cache on every character of Chinese text; null when not understood.
     */
    private final long[] first;

    private PatternStarts(long[] first) {
        this.first = first;
    }

    static PatternStarts of(Pattern p) {
        boolean[] first = new boolean[Character.MAX_VALUE + 1];
        // a flag such as CASE_INSENSITIVE lets a match begin with characters the pattern does not spell out
        if (p.flags() != 0 || !alternation(p.pattern(), first)) {
            return new PatternStarts(null);
        }
        long[] bits = new long[first.length / 64];
        for (int c = 0; c < first.length; c++) {
            bits[c >>> 6] |= first[c] ? 1L << c : 0;
        }
        return new PatternStarts(bits);
    }

    /**
     * What {@code m.find(from)} finds, for a matcher over the whole of {@code text} (no region) with this object's
     * pattern; leaves {@code m}'s start, end and groups as {@code find} does.
     */
    boolean find(Matcher m, CharSequence text, int from) {
        if (first == null) {
            return from <= text.length() && m.find(from);
        }
        m.useTransparentBounds(true).useAnchoringBounds(false); // lookarounds see the whole text, as find()'s do
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((first[c >>> 6] & 1L << c) != 0 && m.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pattern was understood, so that {@link #find} tries it only where a match can begin. */
    boolean narrows() {
        return first != null;
    }

    /** Where the search after {@code m}'s match goes on, as {@code find()} would: past an empty match. */
    static int after(Matcher m) {
        return m.end() > m.start() ? m.end() : m.end() + 1;
    }

    /** Marks the first characters of {@code re}'s alternatives; false when some alternative is not understood. */
    private static boolean alternation(String re, boolean[] first) {
        int from = 0;
        for (int i = 0; i <= re.length(); ) {
            if (i == re.length() || re.charAt(i) == '|') {
                if (!sequence(re.substring(from, i), first)) {
                    return false;
                }
                from = ++i;
            } else {
                i = skip(re, i);
                if (i < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Marks the characters {@code re}, one alternative, can begin with; false when not understood. */
    private static boolean sequence(String re, boolean[] first) {
        if (re.isEmpty()) {
            return false; // matches nothing: could begin anywhere
        }
        char c = re.charAt(0);
        int end = skip(re, 0); // where the first element ends
        if (end < 0) {
            return false;
        }
        if (c == '(') {
            if (re.startsWith("(?<!") || re.startsWith("(?<=")) {
                return sequence(re.substring(end), first); // zero-width: the match begins after it
            }
            int body = re.startsWith("(?:") ? 3
                    : re.startsWith("(?<") ? re.indexOf('>') + 1 // a named group
                    : re.startsWith("(?") ? 0 : 1; // a flag or a lookahead: not understood
            if (body == 0 || !alternation(re.substring(body, end - 1), first)) {
                return false;
            }
        } else if (c == '[') {
            if (!plainClass(re.substring(1, end - 1), first)) {
                return false;
            }
        } else if (re.startsWith("\\Q")) {
            String quoted = re.substring(2, re.startsWith("\\E", end - 2) ? end - 2 : end);
            if (quoted.isEmpty()) {
                return sequence(re.substring(end), first);
            }
            first[quoted.charAt(0)] = true;
            if (quoted.length() > 1) {
                return true; // a quantifier after it binds only its last character
            }
        } else if (re.startsWith("\\d")) {
            for (char d = '0'; d <= '9'; d++) {
                first[d] = true; // without UNICODE_CHARACTER_CLASS, \d is these ten
            }
        } else if (META.indexOf(c) < 0) {
            first[c] = true;
        } else {
            return false;
        }
        String rest = re.substring(end);
        if (rest.startsWith("?") || rest.startsWith("*") || rest.startsWith("{0")) {
            int q = rest.startsWith("{0") ? rest.indexOf('}') + 1 : 1;
            q += rest.startsWith("?", q) || rest.startsWith("+", q) ? 1 : 0; // lazy or possessive
            return sequence(rest.substring(q), first); // optional: what follows may begin the match too
        }
        return true;
    }

    private static final String META = "\\^$.|?*+()[]{}";

    /** The index after the element (a character, a group, a class) at {@code i}, or -1 if not understood. */
    private static int skip(String re, int i) {
        char c = re.charAt(i);
        if (re.startsWith("\\Q", i)) { // Pattern.quote: all up to \E is plain text
            int e = re.indexOf("\\E", i + 2);
            return e < 0 ? re.length() : e + 2;
        }
        if (c == '\\') { // one element: the braces of \p{…} hold no '|' or bracket
            return i + 1 < re.length() ? i + 2 : -1;
        }
        if (c == '[') {
            for (int j = i + 1; j < re.length(); j++) {
                if (re.charAt(j) == '\\') {
                    j++;
                } else if (re.charAt(j) == '[') {
                    return -1; // a class within a class
                } else if (re.charAt(j) == ']') {
                    return j + 1;
                }
            }
            return -1;
        }
        if (c != '(') {
            return i + 1;
        }
        for (int j = i + 1; j < re.length(); ) {
            if (re.charAt(j) == ')') {
                return j + 1;
            }
            j = skip(re, j);
            if (j < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Marks the characters of a class that lists only plain characters (no range, negation, escape or nesting). */
    private static boolean plainClass(String chars, boolean[] first) {
        if (chars.isEmpty() || chars.startsWith("^")) {
            return false;
        }
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '-' || c == '&' || c == '\\') {
                return false;
            }
            first[c] = true;
        }
        return true;
    }
}
