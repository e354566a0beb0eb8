package org.ruralkg.server.ld;

import java.util.List;

/** The records that HTML templates render (public, so that FreeMarker can read their components). */
public final class View {
    private View() {
    }

    /** A link, or plain text when href is null; lang is the language tag of a literal, or null. */
    public record Link(String href, String text, String lang) {
        /** Only local paths and http(s) URLs become links: data may hold {@code javascript:} or worse. */
        public Link {
            href = safeHref(href);
        }

        static Link text(String text) {
            return new Link(null, text, null);
        }
    }

    /** Values of one property, with its label (from the ontology) and IRI. */
    public record Group(Link property, List<Link> values) {
    }

    /**
     * A stated quantity: what it measures, the figure as an article would write it ("100余万元", "近5000棵"), the
     * normalized figure ("1000000 CNY") and the year it refers to.
     */
    public record Quantity(Link node, String measure, String stated, String normalized, String year) {
    }

    /**
     * A source sentence with the mention split out: before + mark + after is the sentence text (mark empty when
     * no mention could be placed).
     */
    public record Source(Link article, Link sentence, String before, String mark, String after, List<String> claims) {
    }

    /** A row of an index page. */
    public record Row(Link item, String detail) {
    }

    /** A class with its number of entities. */
    public record ClassCount(Link cls, long count) {
    }

    /** A search hit. */
    public record Hit(Link item, String kind, String snippet, Link context) {
    }

    /** A counted thing, as a table row and a bar of a chart. */
    public record Count(Link item, long count) {
    }

    /** A chart and the table of its numbers; kind is "bar" (horizontal, ranked) or "column" (over time). */
    public record Chart(String id, String title, String kind, String unit, List<Count> rows) {
    }

    /**
     * The href itself when it is a local path ("/…", not "//…") or an http(s) URL; otherwise null, so the text is
     * shown without a link. Browsers ignore leading spaces and control characters before a scheme, hence strip.
     */
    static String safeHref(String href) {
        if (href == null) {
            return null;
        }
        String h = href.strip();
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("/") && !h.startsWith("//") && !h.startsWith("/\\")) {
            return h;
        }
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        return web && h.chars().noneMatch(c -> c < 0x20) ? h : null;
    }
}
