package org.ruralkg.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Content negotiation on an HTTP Accept header with q-values (RFC 9110 §12.5.1): for each offered format the most
 * specific matching media range gives its quality; the highest quality wins, ties go to the earlier offer.
 *
 * <pre>{@code RdfFormat f = Conneg.choose("text/turtle;q=0.9, text/html;q=0.5", RdfFormat.ALL); // TURTLE}</pre>
 */
public final class Conneg {
    private Conneg() {
    }

    private record Range(String type, String subtype, double q) {
        /** 3 for an exact match, 2 for type/*, 1 for * /*, 0 for no match. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 1;
            }
            if (!type.equals(t)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(s) ? 3 : 0;
        }
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
        List<Range> ranges = parse(accept);
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat offer : offers) {
            int spec = 0;
            double q = 0;
            for (Range r : ranges) {
                int s = r.specificity(offer.mediaType());
                if (s > spec) {
                    spec = s;
                    q = r.q();
                }
            }
            if (spec > 0 && q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String mt = params[0].trim().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) {
                if (mt.equals("*")) {
                    ranges.add(new Range("*", "*", quality(params)));
                }
                continue;
            }
            ranges.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), quality(params)));
        }
        return ranges;
    }

    private static double quality(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String p = params[i].trim();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(p.substring(2).trim());
                    return Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    return 0; // a malformed weight accepts nothing rather than everything
                }
            }
        }
        return 1;
    }
}
