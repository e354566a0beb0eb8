package org.ruralkg.server.ld;

import java.util.List;

/** The records that HTML templates render; built by {@link ResourceView} and the index pages. */
final class View {
    private View() {
    }

    /** A link, or plain text when href is null; lang is the language tag of a literal, or null. */
    record Link(String href, String text, String lang) {
        static Link text(String text) {
            return new Link(null, text, null);
        }
    }

    /** Values of one property, with its label (from the ontology) and IRI. */
    record Group(Link property, List<Link> values) {
    }

    /** A stated quantity: value, unit and the normalized figure. */
    record Quantity(Link node, String measure, String value, String unit, String qualifier, String normalized,
                    String year) {
    }

    /**
     * A source sentence with the mention split out: before + mark + after is the sentence text (mark empty when
     * no mention could be placed).
     */
    record Source(Link article, Link sentence, String before, String mark, String after, List<String> claims) {
    }

    /** A row of an index page. */
    record Row(Link item, String detail) {
    }

    /** A class with its number of entities. */
    record ClassCount(Link cls, long count) {
    }

    /** A search hit. */
    record Hit(Link item, String kind, String snippet, Link context) {
    }
}
