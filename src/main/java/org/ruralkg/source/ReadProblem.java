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
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
