package org.ruralkg.server.ld;

import java.util.List;

/** The records that HTML templates render (public, so that FreeMarker can read their components). */
public final class View {
    private View() {
    }

    /** A link, or plain text when href is null; lang is the language tag of a literal, or null. */
    public record Link(String href, String text, String lang) {
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
}
