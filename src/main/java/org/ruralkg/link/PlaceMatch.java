package org.ruralkg.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ruralkg.EntityKind;

/**
 * A place named in a text.
 *
 * @param start       start offset in the linked text
 * @param end         end offset (exclusive)
 * @param text        the span's text
 * @param division    the official division it denotes; null for places that are not divisions (mountains,
 *                    residential communities) and for division names left unlinked because the context
 *                    does not say which of several divisions is meant
 * @param kind        the kind of place (for an unlinked division name, the level all its candidates share,
 *                    or {@link EntityKind#PLACE})
 * @param chain       the division and all its official ancestors, nearest first, including those the text
 *                    does not name (泽州县 → 晋城市 → 山西省); empty without a division
 * @param discrepancy set when the text placed the division under a parent it does not officially have
 */
public record PlaceMatch(int start, int end, String text, Division division, EntityKind kind, List<Division> chain,
        Optional<Discrepancy> discrepancy) {
    public PlaceMatch {
        Objects.requireNonNull(kind, "kind");
        chain = List.copyOf(chain);
        Objects.requireNonNull(discrepancy, "discrepancy");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
        }
        if (kind.group() != EntityKind.Group.PLACE) {
            throw new IllegalArgumentException("not a place kind: " + kind);
        }
    }

    /** Whether the span is linked to an official division. */
    public boolean isLinked() {
        return division != null;
    }
}
