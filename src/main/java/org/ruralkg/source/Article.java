package org.ruralkg.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as every reader delivers it, whatever the input format.
 *
 * @param id        stable identifier (same article read twice gives the same id); IRI-safe: [A-Za-z0-9_-]+
 * @param title     headline, may be empty
 * @param text      cleaned body text: captions removed, sentences broken by page breaks or captions joined again
 * @param offsets   for every character of {@code text}, its offset in the source file
 * @param titleOffsets for every character of {@code title}, its offset in the source file
 * @param source    where it was read from: a file path, with "#N" for the N-th article of a page or JSON Lines record
 * @param url       original URL, or null
 * @param date      publication or stated date, or null
 * @param authors   people named in the byline, e.g. "(张嘉豪 郭文彬)"
 * @param publisher a media outlet named as source, e.g. "(交城党建在线)", or null
 * @param captions  photo captions taken out of the body
 * @param contentHash hex SHA-256 of title and text, used to skip unchanged articles on rebuild
 */
public record Article(String id, String title, String text, OffsetMap offsets, OffsetMap titleOffsets,
                      String source, String url, LocalDate date, List<String> authors, String publisher,
                      List<String> captions, String contentHash) {
    public Article {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("article id '" + id + "' is not IRI-safe");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(titleOffsets, "titleOffsets");
        if (offsets.length() != text.length()) {
            throw new IllegalArgumentException("article " + id + ": " + offsets.length()
                    + " offsets for " + text.length() + " characters");
        }
        authors = List.copyOf(authors);
        captions = List.copyOf(captions);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** A bare text with no title, byline or captions, its offsets those of the text itself (mentions, evaluations). */
    public static Article ofText(String id, String text, String source) {
        return new Article(id, "", text, OffsetMap.contiguous(0, text.length()), OffsetMap.contiguous(0, 0), source,
                null, null, List.of(), null, List.of(), org.ruralkg.Hashes.sha256(text));
    }
}
