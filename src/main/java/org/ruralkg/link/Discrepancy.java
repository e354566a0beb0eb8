package org.ruralkg.link;

import java.util.Objects;

/**
 * A place chain in the text that disagrees with the gazetteer, e.g. "阳泉郊区平定镇魏家峪村": 阳泉市郊区 has no
 * 平定镇, and 魏家峪村 officially lies in 平坦镇. The deeper place is still linked to its official division; the
 * discrepancy records what the text stated.
 *
 * @param statedName       the chain link as written that does not fit ("平定镇")
 * @param start            its start offset in the linked text
 * @param end              its end offset (exclusive)
 * @param statedParentName the resolved division the text placed it under ("郊区"), or null if none
 * @param officialParent   the official parent of the linked place (平坦镇 140311103)
 * @param note             a human-readable explanation
 */
public record Discrepancy(String statedName, int start, int end, String statedParentName, Division officialParent,
        String note) {
    public Discrepancy {
        Objects.requireNonNull(statedName, "statedName");
        Objects.requireNonNull(officialParent, "officialParent");
        if (start < 0 || end <= start || end - start != statedName.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + statedName + "'");
        }
    }
}
