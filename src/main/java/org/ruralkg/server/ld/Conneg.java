package org.ruralkg.server.ld;

import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation on an HTTP Accept header with q-values (RFC 9110 §12.5.1): for each offered format the most
 * specific matching media range gives its quality; the highest quality wins, ties go to the earlier offer.
 * Jena's {@link AcceptList} parses the header; the choice is made here because {@link AcceptList#match} takes the
 * highest q of any matching range, so {@code text/*;q=0.8, text/turtle;q=0} would still give Turtle.
 *
 * <pre>{@code RdfFormat f = Conneg.choose("text/turtle;q=0.9, text/html;q=0.5", RdfFormat.ALL); // TURTLE}</pre>
 */
public final class Conneg {
    private Conneg() {
    }

    /**
     * The offer the client prefers.
     *
     * @param accept the Accept header, null or blank meaning anything
     * @param offers what the server can produce, most preferred first
     * @return the chosen offer, or null if the client accepts none of them (answer 406)
     */
    public static RdfFormat choose(String accept, List<RdfFormat> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        // Media types and parameter names are case-insensitive; Jena compares them as written.
        List<MediaRange> ranges = new AcceptList(accept.toLowerCase(Locale.ROOT)).entries();
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat offer : offers) {
            MediaType type = MediaType.create(offer.mediaType());
            int spec = 0;
            double q = 0;
            for (MediaRange r : ranges) {
                int s = specificity(r);
                if (s > spec && r.accepts(type)) {
                    spec = s;
                    q = quality(r);
                }
            }
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    /** 3 for type/subtype, 2 for type/*, 1 for * /* (or a lone *), 0 for a range without a subtype. */
    private static int specificity(MediaRange r) {
        if ("*".equals(r.getType())) {
            return 1;
        }
        if (r.getSubType() == null || r.getSubType().isEmpty()) {
            return 0; // "text" alone is malformed, not "text/*" (Jena reads a missing subtype as a wildcard)
        }
        return r.getSubType().equals("*") ? 2 : 3;
    }

    /** The range's weight in [0, 1]; a q that is not a number accepts nothing rather than everything. */
    private static double quality(MediaRange r) {
        String q = r.getParameter("q");
        if (q != null) {
            try {
                Double.parseDouble(q); // Jena logs a bad q and keeps 1.0
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return Math.max(0, Math.min(1, r.get_q()));
    }
}
