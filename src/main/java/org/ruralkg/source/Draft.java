package org.ruralkg.source;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as a format found it, before the reader gives it an id and a content hash.
 *
 * @param idHint  a format-specific id (a JSON Lines record id), or null to derive one from the file and position
 * @param ordinal 1-based position in the file: N-th article of a page, or line number of a JSON Lines record
 * @param lineTag true when {@code ordinal} is a line number (ids then read "-L&lt;line&gt;")
 */
record Draft(String idHint, int ordinal, boolean lineTag, String title, OffsetMap titleOffsets, String text,
             OffsetMap offsets, String url, LocalDate date, List<String> authors, String publisher,
             List<String> captions) {
}
