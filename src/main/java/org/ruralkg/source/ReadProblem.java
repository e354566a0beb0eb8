package org.ruralkg.source;

import java.nio.file.Path;

/**
 * Something in the input that could not be read as an article. The rest of the input is still read.
 *
 * @param file    the file concerned
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message one line saying what is wrong
 */
public record ReadProblem(Path file, long line, String message) {
    /**
     * One line, {@code file:line: message}. Control characters (a line break in a file name) are written as
     * {@code \n} or {@code \\uXXXX}, so one problem is always one line of the report.
     */
    @Override
    public String toString() {
        return escape(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
