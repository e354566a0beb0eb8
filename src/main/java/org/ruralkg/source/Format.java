package org.ruralkg.source;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** One input file format: turns the decoded text of a file into article drafts, reporting what it cannot read. */
interface Format {
    /**
     * @param text     the decoded file, BOM removed; offsets in drafts count characters of this string
     * @param file     the file, for problem messages
     * @param problems where unreadable parts go; the rest of the file is still read
     */
    List<Draft> read(String text, Path file, Consumer<ReadProblem> problems);

    /**
     * Whether {@code source} writes {@code unit} (one character, or both halves of a surrogate pair written as one
     * escape) at {@code offset}: literally, or as an escape this format decodes. The reader checks every offset a
     * format gives with it.
     */
    default boolean writes(String source, int offset, String unit) {
        return source.startsWith(unit, offset);
    }
}
